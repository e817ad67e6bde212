namespace CoherentScattering.Sources;

/// <summary>
/// The inverse-energy moments M_k = ∫_{E ≥ E_min} λ(E) E^{−k} dE, k = 0, 1, 2, of a normalised spectrum above a threshold.
/// With them the inner integral of Eq. (4) of any kinematic-form cross section is A·M₀ + B·M₁ + C·M₂.
/// </summary>
/// <param name="Zeroth">M₀ (dimensionless).</param>
/// <param name="First">M₁ in MeV⁻¹.</param>
/// <param name="Second">M₂ in MeV⁻².</param>
public readonly record struct SpectrumMoments(double Zeroth, double First, double Second)
{
    /// <summary>Component-wise sum.</summary>
    public static SpectrumMoments operator +(SpectrumMoments a, SpectrumMoments b) =>
        new(a.Zeroth + b.Zeroth, a.First + b.First, a.Second + b.Second);

    /// <summary>Scaled moments.</summary>
    public static SpectrumMoments operator *(double s, SpectrumMoments a) => new(s * a.Zeroth, s * a.First, s * a.Second);
}
