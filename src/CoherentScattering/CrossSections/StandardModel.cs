using CoherentScattering.Nuclear;

namespace CoherentScattering.CrossSections;

/// <summary>
/// The Standard-Model CEvNS cross section, paper Eq. (1)–(2) (Freedman 1974):
/// dσ/dT = (G_F² M/π) [Q_V² (1 − MT/2E²) + Q_A² (1 + MT/2E²)] F², Q_V = g_p^V Z + g_n^V N, g_p^V = 1/2 − 2 sin²θ_W, g_n^V = −1/2.
/// </summary>
/// <remarks>
/// Kinematics: the factor (1 − MT/2E²) is the leading-order one of Eq. (1); the integration threshold is the exact
/// E_min(T) = (T + √(T² + 2MT))/2 (the two endpoints differ by &lt; 1e-4 relative on CsI; reference calculation R2 in docs/physics.md). The axial
/// term is off by default, as in the paper for CsI; when on it needs the nuclei's spin excesses
/// (<see cref="Nucleus.WithSpinExcess"/>) and uses tree-level couplings g_p^A = +1/2, g_n^A = −1/2.
/// The cross section is flavour blind.
/// </remarks>
public sealed class StandardModel : ISeparableCrossSection
{
    /// <summary>The paper's Standard Model: sin²θ_W = 0.2312, no axial term.</summary>
    public static StandardModel Paper { get; } = new(PhysicalConstants.WeakMixingAnglePaper);

    /// <summary>Creates the Standard Model.</summary>
    /// <param name="weakMixingAngle">sin²θ_W, in [−1, 2] (a fit may wander outside the physical [0, 1]).</param>
    /// <param name="includeAxialTerm">Whether to include the axial term of Eq. (1).</param>
    /// <exception cref="ArgumentOutOfRangeException">sin²θ_W out of range or not finite.</exception>
    public StandardModel(double weakMixingAngle, bool includeAxialTerm = false)
    {
        WeakMixingAngle = Guard.InRange(weakMixingAngle, -1.0, 2.0);
        IncludeAxialTerm = includeAxialTerm;
    }

    /// <summary>sin²θ_W.</summary>
    public double WeakMixingAngle { get; }

    /// <summary>Whether the axial term of Eq. (1) is included.</summary>
    public bool IncludeAxialTerm { get; }

    /// <inheritdoc />
    public string Name => Guard.Text($"Standard Model (sin²θ_W = {WeakMixingAngle:G5})");

    /// <summary>Proton vector coupling g_p^V = 1/2 − 2 sin²θ_W (Eq. 2).</summary>
    public double ProtonVectorCoupling => 0.5 - 2 * WeakMixingAngle;

    /// <summary>Neutron vector coupling g_n^V = −1/2 (Eq. 2).</summary>
    public static double NeutronVectorCoupling => -0.5;

    /// <summary>Vector weak charge Q_V = g_p^V Z + g_n^V N (Eq. 2).</summary>
    /// <param name="nucleus">The nucleus.</param>
    public double VectorWeakCharge(Nucleus nucleus) => ProtonVectorCoupling * Guard.NotNull(nucleus).Protons + NeutronVectorCoupling * nucleus.Neutrons;

    /// <summary>The vector weak charge split by nucleon, Q_p = g_p^V Z and Q_n = g_n^V N (Eq. 2).</summary>
    /// <param name="nucleus">The nucleus.</param>
    public NucleonCharges VectorWeakCharges(Nucleus nucleus) => new(ProtonVectorCoupling * Guard.NotNull(nucleus).Protons, NeutronVectorCoupling * nucleus.Neutrons);

    /// <inheritdoc />
    /// <remarks>True: with nucleon form factors the vector amplitude is g_p^V Z F_p + g_n^V N F_n (<see cref="NucleonForm"/>).</remarks>
    public bool ResolvesNucleonFormFactors => true;

    /// <summary>Axial weak charge Q_A = g_p^A (Z₊ − Z₋) + g_n^A (N₊ − N₋) with g_p^A = 1/2, g_n^A = −1/2 (Eq. 2); zero when the term is off.</summary>
    /// <param name="nucleus">The nucleus.</param>
    public double AxialWeakCharge(Nucleus nucleus) =>
        IncludeAxialTerm ? 0.5 * Guard.NotNull(nucleus).ProtonSpinExcess - 0.5 * nucleus.NeutronSpinExcess : 0.0;

    /// <summary>The common prefactor G_F² M F²/π of Eq. (1), MeV⁻³.</summary>
    /// <param name="point">The scattering point.</param>
    public static double Prefactor(in ScatteringPoint point)
    {
        double gf = PhysicalConstants.FermiCouplingPerMev2;
        return gf * gf * point.TargetMassMev / Math.PI * point.FormFactorSquared;
    }

    /// <summary>The kinematic form of Eq. (1) for an arbitrary vector charge (used by models that shift Q_V).</summary>
    /// <param name="point">The scattering point.</param>
    /// <param name="vectorCharge">Q_V (Eq. 2 normalisation; may depend on T).</param>
    /// <param name="axialCharge">Q_A.</param>
    /// <exception cref="ArgumentOutOfRangeException">A charge with magnitude above 1e100 or not finite.</exception>
    public static KinematicForm Form(in ScatteringPoint point, double vectorCharge, double axialCharge)
    {
        Guard.Magnitude(vectorCharge, 1e100);
        Guard.Magnitude(axialCharge, 1e100);
        double k = Prefactor(point);
        double qv2 = vectorCharge * vectorCharge, qa2 = axialCharge * axialCharge;
        double halfMT = 0.5 * point.TargetMassMev * point.RecoilMev;
        return new KinematicForm(k * (qv2 + qa2), 0.0, k * halfMT * (qa2 - qv2)); // Eq. (1)
    }

    /// <summary>The kinematic form of Eq. (1) with the vector charge split by nucleon: at a point with proton and neutron
    /// form factors the vector term is (G_F² M/π)(Q_p F_p + Q_n F_n)²(1 − MT/2E²) (Cadeddu et al., PRL 120, 072501 (2018),
    /// Eq. 1–2), the axial one keeps the point's F² (the nucleon-number average); at a point with one form factor it is
    /// <see cref="Form"/> with Q_V = Q_p + Q_n.</summary>
    /// <param name="point">The scattering point.</param>
    /// <param name="vectorCharges">Q_p and Q_n (Eq. 2 normalisation; may depend on T).</param>
    /// <param name="axialCharge">Q_A.</param>
    /// <exception cref="ArgumentOutOfRangeException">The axial charge with magnitude above 1e100 or not finite.</exception>
    public static KinematicForm NucleonForm(in ScatteringPoint point, NucleonCharges vectorCharges, double axialCharge)
    {
        if (!point.HasNucleonFormFactors)
        {
            return Form(point, vectorCharges.Total, axialCharge);
        }

        Guard.Magnitude(axialCharge, 1e100);
        double gf = PhysicalConstants.FermiCouplingPerMev2;
        double k = gf * gf * point.TargetMassMev / Math.PI;
        double amplitude = vectorCharges.Proton * point.ProtonFormFactorValue + vectorCharges.Neutron * point.NeutronFormFactorValue; // Cadeddu et al. Eq. (2)
        double v2 = amplitude * amplitude, a2 = axialCharge * axialCharge * point.FormFactorSquared;
        double halfMT = 0.5 * point.TargetMassMev * point.RecoilMev;
        return new KinematicForm(k * (v2 + a2), 0.0, k * halfMT * (a2 - v2)); // Eq. (1)
    }

    /// <inheritdoc />
    public IReadOnlyList<IBasisForm> Basis => BasisForms;

    private static readonly IReadOnlyList<IBasisForm> BasisForms = Array.AsReadOnly(new[] { StandardBasis.Vector, StandardBasis.Axial });

    /// <inheritdoc />
    public void GetCoefficients(Sources.NeutrinoFlavor flavor, Nucleus nucleus, Span<double> coefficients)
    {
        if (coefficients.Length < 2)
        {
            throw new ArgumentException("coefficients needs room for the 2 basis forms.", nameof(coefficients));
        }

        double qv = VectorWeakCharge(nucleus), qa = AxialWeakCharge(nucleus);
        coefficients[0] = qv * qv;
        coefficients[1] = qa * qa;
    }

    /// <inheritdoc />
    public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form)
    {
        form = point.HasNucleonFormFactors
            ? NucleonForm(point, VectorWeakCharges(point.Target), AxialWeakCharge(point.Target))
            : Form(point, VectorWeakCharge(point.Target), AxialWeakCharge(point.Target));
        return true;
    }

    /// <inheritdoc />
    public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev)
    {
        TryGetKinematicForm(point, out var form);
        return form.EvaluateAboveThreshold(point, neutrinoMev);
    }
}
