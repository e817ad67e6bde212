namespace CoherentScattering.Sources;

/// <summary>
/// The inverse-energy moments M_k = ∫_{E ≥ E_min} λ(E) E^{−k} dE, k = 0, 1, 2, of a normalised spectrum above a threshold.
/// With them the inner integral of Eq. (4) of any kinematic-form cross section is A·M₀ + B·M₁ + C·M₂.
/// </summary>
/// <param name="Zeroth">M₀ (dimensionless).</param>
/// <param name="First">M₁ in MeV⁻¹.</param>
/// <param name="Second">M₂ in MeV⁻².</param>
/// <exception cref="ArgumentOutOfRangeException">A moment that is not finite.</exception>
public readonly record struct SpectrumMoments(double Zeroth, double First, double Second)
{
    /// <summary>M₀.</summary>
    public double Zeroth { get; } = Guard.Finite(Zeroth);

    /// <summary>M₁ in MeV⁻¹.</summary>
    public double First { get; } = Guard.Finite(First);

    /// <summary>M₂ in MeV⁻².</summary>
    public double Second { get; } = Guard.Finite(Second);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"SpectrumMoments {{ Zeroth = {Zeroth}, First = {First}, Second = {Second} }}");

    /// <summary>Component-wise sum.</summary>
    public static SpectrumMoments operator +(SpectrumMoments a, SpectrumMoments b) =>
        new(a.Zeroth + b.Zeroth, a.First + b.First, a.Second + b.Second);

    /// <summary>Scaled moments.</summary>
    public static SpectrumMoments operator *(double s, SpectrumMoments a) => new(s * a.Zeroth, s * a.First, s * a.Second);
}
