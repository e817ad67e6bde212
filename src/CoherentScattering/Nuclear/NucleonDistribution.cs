namespace CoherentScattering.Nuclear;

/// <summary>
/// The proton and the neutron distributions of one nucleus, each a Helm distribution with its own rms radius and the
/// surface thickness s = 0.9 fm, for the weak charge Q_W(q) = Z g_p^V F_p(q) + N g_n^V F_n(q) of Cadeddu et al.,
/// PRL 120, 072501 (2018), Eq. (1)–(2).
/// </summary>
/// <remarks>
/// <para>Helm (Helm, Phys. Rev. 104, 1466 (1956); Lewin &amp; Smith, Astropart. Phys. 6, 87 (1996), Sec. 4):
/// F(q) = 3 j₁(qR₀)/(qR₀) · exp(−(qs)²/2), a uniform sphere of box radius R₀ folded with a Gaussian of width s. Its rms
/// radius is R² = (3/5) R₀² + 3s², so a distribution of rms radius R has R₀ = √(5R²/3 − 5s²) (the same relation as
/// <see cref="HelmFormFactor"/>, whose R = r₀A^{1/3} is the equivalent-sphere radius √(5/3)·R_rms); it exists for
/// R &gt; √3 s = 1.559 fm.</para>
/// <para>The proton radius is the point-proton radius derived from the measured charge radius
/// (<see cref="FromChargeRadius"/>, <see cref="ChargeRadii.PointProtonRadiusFm"/>) or given; the neutron radius R_n is the
/// free parameter. Immutable and thread-safe.</para>
/// </remarks>
public sealed class NucleonDistribution
{
    /// <summary>The largest rms radius accepted, fm (15 fm: above any nucleus, whose rms radii stay below 6 fm).</summary>
    public const double MaximumRadiusFm = 15.0;

    private readonly HelmRmsFormFactor protons;
    private readonly HelmRmsFormFactor neutrons;

    private NucleonDistribution(Nucleus nucleus, double protonRmsRadiusFm, double neutronRmsRadiusFm, double skinThicknessFm)
    {
        Nucleus = nucleus;
        SkinThicknessFm = skinThicknessFm;
        ProtonRmsRadiusFm = protonRmsRadiusFm;
        NeutronRmsRadiusFm = neutronRmsRadiusFm;
        protons = new HelmRmsFormFactor(nucleus, "protons", protonRmsRadiusFm, skinThicknessFm);
        neutrons = new HelmRmsFormFactor(nucleus, "neutrons", neutronRmsRadiusFm, skinThicknessFm);
    }

    /// <summary>The smallest rms radius a Helm distribution with s = 0.9 fm can have, √3 s = 1.559 fm (exclusive).</summary>
    public static double MinimumRadiusFm => Math.Sqrt(3) * PhysicalConstants.HelmNucleonSkinThicknessFm;

    /// <summary>Helm proton and neutron distributions with given rms radii (s = 0.9 fm).</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="protonRmsRadiusFm">Point-proton rms radius R_p in fm, in (1.559, 15].</param>
    /// <param name="neutronRmsRadiusFm">Point-neutron rms radius R_n in fm, in (1.559, 15].</param>
    /// <exception cref="ArgumentNullException">No nucleus.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A radius outside (1.559, 15] fm or not finite.</exception>
    public static NucleonDistribution Helm(Nucleus nucleus, double protonRmsRadiusFm, double neutronRmsRadiusFm) =>
        new(Guard.NotNull(nucleus), Radius(protonRmsRadiusFm), Radius(neutronRmsRadiusFm), PhysicalConstants.HelmNucleonSkinThicknessFm);

    /// <summary>Helm distributions with the proton radius from the measured charge radius (<see cref="ChargeRadii"/>) and a
    /// given neutron radius.</summary>
    /// <param name="nucleus">¹³³Cs, ¹²⁷I or ⁴⁰Ar (a nucleus with a catalogued charge radius).</param>
    /// <param name="neutronRmsRadiusFm">Point-neutron rms radius R_n in fm, in (1.559, 15].</param>
    /// <exception cref="ArgumentNullException">No nucleus.</exception>
    /// <exception cref="ArgumentException">No measured charge radius for the nucleus.</exception>
    /// <exception cref="ArgumentOutOfRangeException">R_n outside (1.559, 15] fm or not finite.</exception>
    public static NucleonDistribution FromChargeRadius(Nucleus nucleus, double neutronRmsRadiusFm)
    {
        double rn = Radius(neutronRmsRadiusFm);
        return new(Guard.NotNull(nucleus), ChargeRadii.PointProtonRadiusFm(nucleus), rn, PhysicalConstants.HelmNucleonSkinThicknessFm);
    }

    /// <summary>The same proton distribution with another neutron radius.</summary>
    /// <param name="neutronRmsRadiusFm">R_n in fm, in (1.559, 15].</param>
    /// <exception cref="ArgumentOutOfRangeException">R_n outside (1.559, 15] fm or not finite.</exception>
    public NucleonDistribution WithNeutronRadius(double neutronRmsRadiusFm) =>
        new(Nucleus, ProtonRmsRadiusFm, Radius(neutronRmsRadiusFm), SkinThicknessFm);

    /// <summary>The nucleus these distributions describe.</summary>
    public Nucleus Nucleus { get; }

    /// <summary>Point-proton rms radius R_p in fm.</summary>
    public double ProtonRmsRadiusFm { get; }

    /// <summary>Point-neutron rms radius R_n in fm.</summary>
    public double NeutronRmsRadiusFm { get; }

    /// <summary>The neutron skin R_n − R_p in fm.</summary>
    public double NeutronSkinFm => NeutronRmsRadiusFm - ProtonRmsRadiusFm;

    /// <summary>Helm surface thickness s in fm (0.9).</summary>
    public double SkinThicknessFm { get; }

    /// <summary>F_p(q): the proton Helm form factor, for this nucleus only (another nucleus is an argument error).</summary>
    public IFormFactor ProtonFormFactor => protons;

    /// <summary>F_n(q): the neutron Helm form factor, for this nucleus only (another nucleus is an argument error).</summary>
    public IFormFactor NeutronFormFactor => neutrons;

    /// <summary>Whether these distributions describe a nucleus (same Z and N; the mass convention does not matter).</summary>
    /// <param name="nucleus">The nucleus.</param>
    public bool AppliesTo(Nucleus nucleus) => nucleus is not null && nucleus.Protons == Nucleus.Protons && nucleus.Neutrons == Nucleus.Neutrons;

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"{Nucleus.Key}: R_p = {ProtonRmsRadiusFm:G5} fm, R_n = {NeutronRmsRadiusFm:G5} fm (Helm, s = {SkinThicknessFm:G3} fm)");

    // F_p and F_n at many momentum transfers of this nucleus (MeV, validated by the caller).
    internal void Evaluate(ReadOnlySpan<double> momentumTransferMev, Span<double> protonFormFactor, Span<double> neutronFormFactor)
    {
        protons.Evaluate(momentumTransferMev, protonFormFactor);
        neutrons.Evaluate(momentumTransferMev, neutronFormFactor);
    }

    private static double Radius(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > MinimumRadiusFm && value <= MaximumRadiusFm ? value // NaN fails
            : throw new ArgumentOutOfRangeException(name, value, Guard.Text(
                $"{name} must lie in ({MinimumRadiusFm:G4}, {MaximumRadiusFm}] fm: a Helm distribution with surface thickness s = {PhysicalConstants.HelmNucleonSkinThicknessFm} fm has an rms radius above √3 s, and no nucleus is larger than {MaximumRadiusFm} fm."));

    // Helm with a box radius from an rms radius, bound to one nucleus.
    private sealed class HelmRmsFormFactor : IFormFactor
    {
        private readonly Nucleus nucleus;
        private readonly string kind;
        private readonly double boxRadiusFm;
        private readonly double skinFm;
        private readonly double rmsFm;

        public HelmRmsFormFactor(Nucleus nucleus, string kind, double rmsRadiusFm, double skinThicknessFm)
        {
            this.nucleus = nucleus;
            this.kind = kind;
            rmsFm = rmsRadiusFm;
            skinFm = skinThicknessFm;
            boxRadiusFm = Math.Sqrt(5.0 / 3.0 * rmsRadiusFm * rmsRadiusFm - 5 * skinThicknessFm * skinThicknessFm); // Helm rms radius R² = (3/5)R₀² + 3s² (Lewin & Smith 1996, Sec. 4)
        }

        public string Name => Guard.Text($"Helm {kind} of {nucleus.Key} (R_rms = {rmsFm:G5} fm, s = {skinFm:G3} fm)");

        public double Evaluate(Nucleus nucleus, double momentumTransferMev)
        {
            Guard.NotNull(nucleus);
            if (nucleus.Protons != this.nucleus.Protons || nucleus.Neutrons != this.nucleus.Neutrons)
            {
                throw new ArgumentException(Guard.Text(
                    $"This form factor is the {kind} distribution of {this.nucleus.Key} (Z = {this.nucleus.Protons}, N = {this.nucleus.Neutrons}) and does not apply to {nucleus.Key} (Z = {nucleus.Protons}, N = {nucleus.Neutrons})."), nameof(nucleus));
            }

            return At(Guard.NonNegative(momentumTransferMev) / PhysicalConstants.HbarCMevFm);
        }

        public void Evaluate(ReadOnlySpan<double> momentumTransferMev, Span<double> result)
        {
            for (int k = 0; k < momentumTransferMev.Length; k++)
            {
                result[k] = At(momentumTransferMev[k] / PhysicalConstants.HbarCMevFm);
            }
        }

        // Helm (Lewin & Smith 1996, Sec. 4): q in fm⁻¹.
        private double At(double q)
        {
            double qs = q * skinFm;
            return SphericalBessel.ThreeJ1OverX(q * boxRadiusFm) * Math.Exp(-0.5 * qs * qs);
        }
    }
}
