using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Nuclear;

public class NucleonDistributionTests
{
    [TestCase("Cs133", 4.8041, 4.747217, Description = "r_ch: Angeli & Marinova, ADNDT 99, 69 (2013); R_p² = r_ch² − 0.8414² − (78/55)(−0.1161) by hand")]
    [TestCase("I127", 4.7500, 4.692190, Description = "r_ch: Angeli & Marinova (2013); R_p² = r_ch² − 0.8414² − (74/53)(−0.1161) by hand")]
    [TestCase("Ar40", 3.4274, 3.343803, Description = "r_ch: Angeli & Marinova (2013); R_p² = r_ch² − 0.8414² − (22/18)(−0.1161) by hand")]
    public void PointProtonRadius_FromChargeRadius_MatchesHandCalculation(string key, double chargeRadiusFm, double protonRadiusFm)
    {
        var nucleus = Nuclei.Get(key);
        Assert.That(ChargeRadii.ChargeRadiusFm(nucleus), Is.EqualTo(chargeRadiusFm));
        Assert.That(ChargeRadii.PointProtonRadiusFm(nucleus), Is.EqualTo(protonRadiusFm).Within(1e-6));
        Assert.That(NucleonDistribution.FromChargeRadius(nucleus, 5).ProtonRmsRadiusFm, Is.EqualTo(ChargeRadii.PointProtonRadiusFm(nucleus)));
    }

    [Test]
    public void ChargeRadius_MassConventionIgnored_MatchedByProtonsAndNeutrons()
    {
        Assert.That(ChargeRadii.TryGet(Nuclei.Cs133.WithMassMegaelectronvolts(123_800), out double r), Is.True);
        Assert.That(r, Is.EqualTo(4.8041));
        Assert.That(ChargeRadii.TryGet(Nuclei.Ge76, out _), Is.False);
    }

    [TestCase(2.0)]
    [TestCase(4.75)]
    [TestCase(7.5)]
    public void HelmRadius_SmallMomentum_IsTheRmsRadius(double rmsFm)
    {
        // F(q) = 1 − q²⟨r²⟩/6 + O(q⁴) defines the rms radius; the Helm R₀ = √(5R²/3 − 5s²) must give ⟨r²⟩ = R².
        var d = NucleonDistribution.Helm(Nuclei.Cs133, 4.0, rmsFm);
        double qMev = 0.5, q = qMev / PhysicalConstants.HbarCMevFm;
        double f = d.NeutronFormFactor.Evaluate(Nuclei.Cs133, qMev);
        Assert.That((1 - f) * 6 / (q * q), Is.EqualTo(rmsFm * rmsFm).Within(1e-4 * rmsFm * rmsFm));
        Assert.That(d.NeutronFormFactor.Evaluate(Nuclei.Cs133, 0), Is.EqualTo(1.0));
    }

    [Test(Description = "Helm by hand: R = 5.5 fm, s = 0.9 fm, R₀ = √(5·5.5²/3 − 5·0.81) = 6.7998 fm; q = 50 MeV = 0.253388 fm⁻¹: F = 3j₁(qR₀)/(qR₀)·exp(−(qs)²/2)")]
    public void NeutronFormFactor_Cesium_MatchesHandCalculation()
    {
        double r0 = Math.Sqrt(5 * 5.5 * 5.5 / 3 - 5 * 0.81), q = 50 / 197.3269804, x = q * r0;
        double expected = 3 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x) * Math.Exp(-0.5 * q * q * 0.81);
        var d = NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 5.5);
        Assert.That(d.NeutronFormFactor.Evaluate(Nuclei.Cs133, 50), Is.EqualTo(expected).Within(1e-14));
        Assert.That(d.NeutronSkinFm, Is.EqualTo(5.5 - 4.747217).Within(1e-6));
    }

    [TestCase(0.0)]
    [TestCase(-5.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(1.5, Description = "below √3 s = 1.559 fm: no Helm box radius")]
    [TestCase(15.01, Description = "above the stated physical maximum of 15 fm")]
    public void NeutronRadius_OutOfRange_NamesParameterAndRange(double radiusFm)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NucleonDistribution.FromChargeRadius(Nuclei.Cs133, radiusFm));
        Assert.That(e!.ParamName, Is.EqualTo("neutronRmsRadiusFm"));
        Assert.That(e.Message, Does.Contain("(1.559, 15] fm"));
        var p = Assert.Throws<ArgumentOutOfRangeException>(() => NucleonDistribution.Helm(Nuclei.Cs133, radiusFm, 5));
        Assert.That(p!.ParamName, Is.EqualTo("protonRmsRadiusFm"));
        Assert.Throws<ArgumentOutOfRangeException>(() => NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 5).WithNeutronRadius(radiusFm));
    }

    [Test]
    public void NeutronRadius_AtTheLimits_Accepted()
    {
        Assert.That(NucleonDistribution.FromChargeRadius(Nuclei.Ar40, 15).NeutronRmsRadiusFm, Is.EqualTo(15));
        Assert.That(NucleonDistribution.FromChargeRadius(Nuclei.Ar40, 1.56).NeutronFormFactor.Evaluate(Nuclei.Ar40, 100), Is.InRange(-1.0, 1.0));
    }

    [Test]
    public void FromChargeRadius_NucleusWithoutMeasuredRadius_NamesNucleus()
    {
        var e = Assert.Throws<ArgumentException>(() => NucleonDistribution.FromChargeRadius(Nuclei.Ge76, 4.5));
        Assert.That(e!.ParamName, Is.EqualTo("nucleus"));
        Assert.That(e.Message, Does.Contain("Ge76").And.Contain("Cs133, I127, Ar40"));
    }

    [Test]
    public void FormFactor_OtherNucleus_IsArgumentErrorNamingNucleus()
    {
        var d = NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 5);
        var e = Assert.Throws<ArgumentException>(() => d.NeutronFormFactor.Evaluate(Nuclei.I127, 10));
        Assert.That(e!.ParamName, Is.EqualTo("nucleus"));
        Assert.That(e.Message, Does.Contain("Cs133").And.Contain("I127"));
        Assert.That(d.ProtonFormFactor.Evaluate(Nuclei.Cs133.WithMassMegaelectronvolts(123_800), 10), Is.LessThan(1), "same Z and N: applies");
    }

    [Test]
    public void Model_Invalid_NamesParameter()
    {
        var cs = NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 5);
        Assert.That(Assert.Throws<ArgumentNullException>(() => new NucleonDistributionModel(null!, [cs]))!.ParamName, Is.EqualTo("model"));
        Assert.That(Assert.Throws<ArgumentException>(() => new NucleonDistributionModel(StandardModel.Paper, []))!.ParamName, Is.EqualTo("distributions"));
        Assert.That(Assert.Throws<ArgumentException>(() => new NucleonDistributionModel(StandardModel.Paper, [cs, cs.WithNeutronRadius(6)]))!.ParamName, Is.EqualTo("distributions"));
        Assert.That(Assert.Catch<ArgumentException>(() => new NucleonDistributionModel(StandardModel.Paper, [cs, null!]))!.ParamName, Is.EqualTo("distributions"));
        var nested = new NucleonDistributionModel(StandardModel.Paper, [cs]);
        Assert.That(Assert.Throws<ArgumentException>(() => new NucleonDistributionModel(nested, [cs]))!.ParamName, Is.EqualTo("model"));
        var foreign = NewPhysicsModel.Paper.With(new UnsplitShift());
        Assert.That(foreign.ResolvesNucleonFormFactors, Is.False);
        var e = Assert.Throws<ArgumentException>(() => new NucleonDistributionModel(foreign, [cs]));
        Assert.That(e!.ParamName, Is.EqualTo("model"));
        Assert.That(e.Message, Does.Contain("proton and neutron"));
    }

    [Test]
    public void ScatteringPoint_NucleonFormFactorsOutOfRange_NamesParameter()
    {
        var point = ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01);
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => point.WithNucleonFormFactors(1.5, 0.5))!.ParamName, Is.EqualTo("protonFormFactor"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => point.WithNucleonFormFactors(0.5, double.NaN))!.ParamName, Is.EqualTo("neutronFormFactor"));
        var resolved = point.WithNucleonFormFactors(0.8, 0.6);
        Assert.That(resolved.FormFactorSquared, Is.EqualTo(Math.Pow((55 * 0.8 + 78 * 0.6) / 133, 2)).Within(1e-15), "F² of the nucleon-number average");
        Assert.That((resolved.ProtonFormFactor, resolved.NeutronFormFactor, point.ProtonFormFactor), Is.EqualTo(((double?)0.8, (double?)0.6, (double?)null)));
    }

    [Test]
    public void ForeignShift_ResolvedPoint_IsArgumentErrorNamingPoint()
    {
        var point = ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01).WithNucleonFormFactors(0.8, 0.6);
        var e = Assert.Throws<ArgumentException>(() => NewPhysicsModel.Paper.With(new UnsplitShift()).TryGetKinematicForm(point, out _));
        Assert.That(e!.ParamName, Is.EqualTo("point"));
    }

    // A plug-in shift that does not split by nucleon.
    private sealed class UnsplitShift : IVectorChargeShift
    {
        public double ChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev) => 0.1;

        public override string ToString() => "unsplit";
    }
}
