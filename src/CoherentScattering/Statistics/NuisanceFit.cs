namespace CoherentScattering.Statistics;

/// <summary>The minimum of Eq. (6) over the nuisance parameters for one predicted signal.</summary>
/// <param name="ChiSquared">χ² at the profiled minimum.</param>
/// <param name="SignalPull">ξ at the minimum.</param>
/// <param name="BackgroundPull">ζ at the minimum (zero for <see cref="PullTreatment.SignalOnly"/>).</param>
/// <exception cref="ArgumentOutOfRangeException">A value that is not finite, or a negative χ².</exception>
public readonly record struct NuisanceFit(double ChiSquared, double SignalPull, double BackgroundPull)
{
    /// <summary>χ² at the profiled minimum, ≥ 0.</summary>
    public double ChiSquared { get; } = Guard.NonNegative(ChiSquared);

    /// <summary>ξ at the minimum.</summary>
    public double SignalPull { get; } = Guard.Finite(SignalPull);

    /// <summary>ζ at the minimum.</summary>
    public double BackgroundPull { get; } = Guard.Finite(BackgroundPull);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"NuisanceFit {{ ChiSquared = {ChiSquared}, SignalPull = {SignalPull}, BackgroundPull = {BackgroundPull} }}");
}
