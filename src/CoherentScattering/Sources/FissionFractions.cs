namespace CoherentScattering.Sources;

/// <summary>The fraction of fissions of each isotope, f_i ∈ [0, 1] with Σ f_i = 1 ± <see cref="SumTolerance"/>.</summary>
/// <remarks>The fractions are used as given (not renormalised): within the tolerance the sum is taken to be 1.</remarks>
public sealed record FissionFractions
{
    /// <summary>The largest accepted |Σ f_i − 1|: 1e-3 (fractions are usually quoted to two or three digits).</summary>
    public const double SumTolerance = 1e-3;

    /// <summary>Creates the fractions.</summary>
    /// <param name="u235">f(²³⁵U) in [0, 1].</param>
    /// <param name="u238">f(²³⁸U) in [0, 1].</param>
    /// <param name="pu239">f(²³⁹Pu) in [0, 1].</param>
    /// <param name="pu241">f(²⁴¹Pu) in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A fraction outside [0, 1] or NaN.</exception>
    /// <exception cref="ArgumentException">The fractions do not sum to 1 within <see cref="SumTolerance"/> (named
    /// parameter: <c>u235</c>).</exception>
    public FissionFractions(double u235, double u238, double pu239, double pu241)
    {
        U235 = Guard.InRange(u235, 0.0, 1.0);
        U238 = Guard.InRange(u238, 0.0, 1.0);
        Pu239 = Guard.InRange(pu239, 0.0, 1.0);
        Pu241 = Guard.InRange(pu241, 0.0, 1.0);
        double sum = u235 + u238 + pu239 + pu241;
        if (!(Math.Abs(sum - 1) <= SumTolerance))
        {
            throw new ArgumentException(Guard.Text(
                $"The fission fractions must sum to 1 within {SumTolerance}, got {u235} + {u238} + {pu239} + {pu241} = {sum}."), nameof(u235));
        }
    }

    /// <summary>f(²³⁵U).</summary>
    public double U235 { get; }

    /// <summary>f(²³⁸U).</summary>
    public double U238 { get; }

    /// <summary>f(²³⁹Pu).</summary>
    public double Pu239 { get; }

    /// <summary>f(²⁴¹Pu).</summary>
    public double Pu241 { get; }

    /// <summary>The fraction of one isotope.</summary>
    /// <param name="isotope">The isotope.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined isotope.</exception>
    public double Of(FissionIsotope isotope) => Guard.Defined(isotope) switch
    {
        FissionIsotope.U235 => U235,
        FissionIsotope.U238 => U238,
        FissionIsotope.Pu239 => Pu239,
        _ => Pu241,
    };

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"FissionFractions {{ U235 = {U235}, U238 = {U238}, Pu239 = {Pu239}, Pu241 = {Pu241} }}");
}
