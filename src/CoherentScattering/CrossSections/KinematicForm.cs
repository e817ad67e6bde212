namespace CoherentScattering.CrossSections;

/// <summary>
/// The kinematic form of a differential cross section at fixed recoil T: dσ/dT = A + B/E + C/E² (MeV⁻³, form factor
/// included) for E ≥ E_min(T), zero below. Every model of the paper except oscillation has it, which turns the
/// inner integral of Eq. (4) into A·M₀ + B·M₁ + C·M₂ with the spectrum's inverse moments.
/// </summary>
/// <param name="Constant">A in MeV⁻³.</param>
/// <param name="InverseEnergy">B in MeV⁻².</param>
/// <param name="InverseEnergySquared">C in MeV⁻¹.</param>
/// <exception cref="ArgumentOutOfRangeException">A coefficient that is not finite.</exception>
public readonly record struct KinematicForm(double Constant, double InverseEnergy, double InverseEnergySquared)
{
    /// <summary>A in MeV⁻³.</summary>
    public double Constant { get; } = Guard.Finite(Constant);

    /// <summary>B in MeV⁻².</summary>
    public double InverseEnergy { get; } = Guard.Finite(InverseEnergy);

    /// <summary>C in MeV⁻¹.</summary>
    public double InverseEnergySquared { get; } = Guard.Finite(InverseEnergySquared);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"KinematicForm {{ Constant = {Constant}, InverseEnergy = {InverseEnergy}, InverseEnergySquared = {InverseEnergySquared} }}");

    /// <summary>A + B/E + C/E².</summary>
    /// <param name="neutrinoMev">E in MeV, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">E not positive and finite, or the value beyond the double range.</exception>
    public double Evaluate(double neutrinoMev) =>
        Guard.FiniteResult(Constant + (InverseEnergy + InverseEnergySquared / Guard.Positive(neutrinoMev)) / neutrinoMev, nameof(neutrinoMev), "A + B/E + C/E²");

    /// <summary>dσ/dT at E for a form valid above E_min(T): zero below the threshold, <see cref="Evaluate"/> above
    /// (the <see cref="ICrossSectionModel.DifferentialCrossSection"/> of every model that has a kinematic form).</summary>
    /// <param name="point">The scattering point (gives E_min).</param>
    /// <param name="neutrinoMev">E in MeV.</param>
    /// <returns>Zero below E_min(T) and at E = 0 (no neutrino energy, no scattering).</returns>
    /// <exception cref="ArgumentOutOfRangeException">E negative or not finite.</exception>
    public double EvaluateAboveThreshold(in ScatteringPoint point, double neutrinoMev) =>
        Guard.NonNegative(neutrinoMev) < point.TargetMinNeutrinoEnergyMev || neutrinoMev == 0 ? 0.0 : Evaluate(neutrinoMev);

    /// <summary>∫ λ(E) (A + B/E + C/E²) dE from the spectrum's moments.</summary>
    /// <param name="moments">M₀, M₁, M₂ above E_min(T).</param>
    /// <exception cref="ArgumentOutOfRangeException">The integral beyond the double range.</exception>
    public double Integrate(Sources.SpectrumMoments moments) =>
        Guard.FiniteResult(Constant * moments.Zeroth + InverseEnergy * moments.First + InverseEnergySquared * moments.Second, nameof(moments), "A·M₀ + B·M₁ + C·M₂");

    /// <summary>Term-wise sum (incoherent addition of cross sections).</summary>
    public static KinematicForm operator +(KinematicForm a, KinematicForm b) =>
        new(a.Constant + b.Constant, a.InverseEnergy + b.InverseEnergy, a.InverseEnergySquared + b.InverseEnergySquared);

    /// <summary>Scaling.</summary>
    public static KinematicForm operator *(double s, KinematicForm a) =>
        new(s * a.Constant, s * a.InverseEnergy, s * a.InverseEnergySquared);
}
