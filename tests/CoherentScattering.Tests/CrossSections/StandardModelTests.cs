using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.CrossSections;

public class StandardModelTests
{
    private static readonly Arbitrary<NeutrinoFlavor> Flavors = Gen.Elements(Enum.GetValues<NeutrinoFlavor>()).ToArbitrary();

    private static readonly Arbitrary<(Nucleus Nucleus, NeutrinoFlavor Flavor)> NucleusAndFlavor =
        Gen.Zip(Generators.Nuclei().Generator, Flavors.Generator).ToArbitrary();

    [Test(Description = "Eq. (2): Q_V(Cs-133) = (1/2 − 2·0.2312)·55 − 78/2 = −36.932")]
    public void VectorWeakCharge_Cesium_MatchesEquation2() =>
        Assert.That(StandardModel.Paper.VectorWeakCharge(Nuclei.Cs133), Is.EqualTo(-36.932).Within(1e-12));

    [Test]
    public void Couplings_ProtonAndNeutron_AreSeparate()
    {
        var sm = new StandardModel(0.25);
        Assert.That(sm.ProtonVectorCoupling, Is.EqualTo(0.0).Within(1e-15), "g_p = 1/2 − 2 s²");
        Assert.That(StandardModel.NeutronVectorCoupling, Is.EqualTo(-0.5));
        Assert.That(sm.VectorWeakCharge(Nuclei.Ar40), Is.EqualTo(-11.0).Within(1e-12), "only neutrons count at s² = 1/4");
    }

    [FsCheck.NUnit.Property]
    public Property DifferentialCrossSection_IsNonNegative_AndZeroAboveEndpoint() =>
        Prop.ForAll(Generators.Uniform(0.1, 60), Generators.Uniform(0, 2), NucleusAndFlavor, (e, tOverTmax, nf) =>
        {
            var (nucleus, flavor) = nf;
            double tMax = Kinematics.MaxRecoilMev(e, nucleus.MassMev);
            var point = ScatteringPoint.Create(flavor, nucleus, tOverTmax * tMax);
            double sigma = StandardModel.Paper.DifferentialCrossSection(point, e);
            return sigma >= 0 && double.IsFinite(sigma) && (tOverTmax <= 1 + 1e-12 || sigma == 0);
        });

    [FsCheck.NUnit.Property]
    public Property DifferentialCrossSection_IsFlavourBlind() =>
        Prop.ForAll(Generators.Uniform(1, 60), Generators.Uniform(0, 1), NucleusAndFlavor, (e, f, nf) =>
        {
            var (nucleus, flavor) = nf;
            double t = f * Kinematics.MaxRecoilMev(e, nucleus.MassMev);
            double reference = StandardModel.Paper.DifferentialCrossSection(ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, nucleus, t), e);
            return StandardModel.Paper.DifferentialCrossSection(ScatteringPoint.Create(flavor, nucleus, t), e) == reference;
        });

    [FsCheck.NUnit.Property]
    public Property KinematicForm_EqualsDirectEvaluation() =>
        Prop.ForAll(Generators.Uniform(1, 60), Generators.Uniform(0, 1), Generators.Nuclei(), (e, f, nucleus) =>
        {
            double t = f * Kinematics.MaxRecoilMev(e, nucleus.MassMev);
            var point = ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, nucleus, t);
            StandardModel.Paper.TryGetKinematicForm(point, out var form);
            double direct = StandardModel.Paper.DifferentialCrossSection(point, e);
            return Math.Abs(form.Evaluate(e) - direct) <= 1e-12 * Math.Abs(direct);
        });

    [Test(Description = "Point nucleus, LO kinematics: σ = (G_F² M Q²/π)(T_max − M T_max²/(4E²)); for M ≫ E this is G_F² Q² E²/π (Freedman 1974)")]
    public void TotalCrossSection_PointNucleus_MatchesAnalyticIntegral()
    {
        double e = 30, m = Nuclei.Cs133.MassMev, gf = 1.1663787e-11, hbarc = 197.3269804e-13;
        double q = StandardModel.Paper.VectorWeakCharge(Nuclei.Cs133);
        double tMax = 2 * e * e / (m + 2 * e);
        double expected = gf * gf * m * q * q / Math.PI * (tMax - m * tMax * tMax / (4 * e * e)) * hbarc * hbarc;
        var sigma = StandardModel.Paper.Total(NeutrinoFlavor.MuonNeutrino, Nuclei.Cs133, Energy.FromMegaelectronvolts(e), UnitFormFactor.Instance);
        Assert.That(sigma.SquareCentimeters, Is.EqualTo(expected).Within(1e-12 * expected));
        Assert.That(sigma.SquareCentimeters, Is.EqualTo(gf * gf * q * q * e * e / Math.PI * hbarc * hbarc).Within(1e-3 * expected));
    }

    [Test(Description = "Order of magnitude: σ(Cs, 30 MeV, Helm) ≈ 2e-38 cm² (COHERENT 2017 Fig. 1 scale)")]
    public void TotalCrossSection_CesiumAt30MeV_OrderOfMagnitude()
    {
        var sigma = StandardModel.Paper.Total(NeutrinoFlavor.MuonNeutrino, Nuclei.Cs133, Energy.FromMegaelectronvolts(30));
        Assert.That(sigma.SquareCentimeters, Is.InRange(1e-38, 4e-38));
    }

    [Test]
    public void AxialTerm_WithSpinExcess_IncreasesCrossSection_WithoutIt_Vanishes()
    {
        var na = Nuclei.Na23.WithSpinExcess(0.5, 0);
        var withAxial = new StandardModel(0.2312, includeAxialTerm: true);
        var point = ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, na, 1e-3);
        Assert.That(withAxial.AxialWeakCharge(na), Is.EqualTo(0.25));
        Assert.That(withAxial.DifferentialCrossSection(point, 30), Is.GreaterThan(StandardModel.Paper.DifferentialCrossSection(point, 30)));
        Assert.That(withAxial.AxialWeakCharge(Nuclei.Na23), Is.Zero, "no spin excess supplied");
    }

    [TestCase(double.NaN)]
    [TestCase(-1.5)]
    public void Constructor_InvalidWeakMixingAngle_Throws(double s) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new StandardModel(s));

    [Test]
    public void TypedDifferential_NegativeEnergy_ThrowsNamingParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StandardModel.Paper.DifferentialSquareCentimetersPerMev(
            NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, Energy.FromMegaelectronvolts(-1), Energy.FromKiloelectronvolts(10)));
        Assert.That(e!.ParamName, Is.EqualTo("neutrinoEnergy"));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardModel.Paper.DifferentialSquareCentimetersPerMev(
            NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, Energy.FromMegaelectronvolts(30), Energy.FromKiloelectronvolts(-10)));
    }
}
