using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;

namespace CoherentScattering.Tests.Detector;

public class DetectorTests
{
    [Test(Description = "Eq. (5): 14570 g / (133 + 127) g/mol × N_A = 3.3747e25 nuclei each of Cs and I (reference calculation R2 in docs/physics.md)")]
    public void NucleiPerKilogram_CesiumIodide_MatchesEquation5()
    {
        var csi = TargetMaterial.CesiumIodide;
        Assert.That(csi.NucleiPerKilogram(0) * 14.57, Is.EqualTo(3.3747e25).Within(0.0001e25));
        Assert.That(csi.NucleiPerKilogram(1) * 14.57, Is.EqualTo(3.3747e25).Within(0.0001e25));
    }

    [Test]
    public void NucleiPerKilogram_Stoichiometry_Weights()
    {
        // "H2O-like" toy: two of A=16 per one of A=40 → molar 72 g/mol.
        var m = new TargetMaterial([new(Nuclei.O16, 2), new(Nuclei.Ar40, 1)]);
        Assert.That(m.NucleiPerKilogram(0), Is.EqualTo(2 * 1000.0 / 72 * 6.02214076e23).Within(1e14));
        Assert.That(m.NucleiPerKilogram(1), Is.EqualTo(1000.0 / 72 * 6.02214076e23).Within(1e14));
    }

    [Test]
    public void TargetMaterial_RepeatedIsotope_Throws() =>
        Assert.Throws<ArgumentException>(() => _ = new TargetMaterial([new(Nuclei.Cs133, 1), new(Nuclei.Cs133, 1)]));

    [Test]
    public void TargetIsotope_NonPositiveAtoms_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TargetIsotope(Nuclei.Cs133, 0));

    [TestCase(4.99)]
    [TestCase(5.0)]
    [TestCase(5.5)]
    [TestCase(6.0)]
    [TestCase(20.0)]
    public void Coherent2017Acceptance_Continuous_FollowsReleaseFormula(double x)
    {
        double logistic(double y) => 0.6655 / (1 + Math.Exp(-0.4942 * (y - 10.8507)));
        double expected = x < 5 ? 0 : x < 6 ? 0.5 * logistic(x) : logistic(x);
        Assert.That(Coherent2017Acceptance.Continuous.Evaluate(x), Is.EqualTo(expected).Within(1e-15));
    }

    [Test(Description = "coherent_parameters.yaml: a = 0.6655, k = 0.4942, x0 = 10.8507; at x0 the logistic is a/2")]
    public void Coherent2017Acceptance_AtMidpoint_IsHalfPlateau() =>
        Assert.That(Coherent2017Acceptance.Continuous.Evaluate(10.8507), Is.EqualTo(0.6655 / 2).Within(1e-12));

    [Test(Description = "Data-release prescription: value at the 1-PE bin centre (e.g. 7.5 for x in [7, 8))")]
    public void Coherent2017Acceptance_BinCentres_UsesBinCentre()
    {
        double atCentre = 0.6655 / (1 + Math.Exp(-0.4942 * (7.5 - 10.8507)));
        Assert.That(Coherent2017Acceptance.BinCentres.Evaluate(7.01), Is.EqualTo(atCentre).Within(1e-15));
        Assert.That(Coherent2017Acceptance.BinCentres.Evaluate(7.99), Is.EqualTo(atCentre).Within(1e-15));
        Assert.That(Coherent2017Acceptance.BinCentres.Evaluate(4.5), Is.Zero);
    }

    [Test(Description = "n_PE = 1.17 T/keV: 6 PE ↔ 5.128 keV, 30 PE ↔ 25.641 keV (reference calculation R2 in docs/physics.md)")]
    public void Photoelectrons_RoiEdges_MapToRecoil()
    {
        var pe = LinearRecoilObservable.Coherent2017Photoelectrons;
        Assert.That(pe.ToRecoilMev(6) * 1e3, Is.EqualTo(5.128).Within(1e-3));
        Assert.That(pe.ToRecoilMev(30) * 1e3, Is.EqualTo(25.641).Within(1e-3));
        Assert.That(pe.FromRecoilMev(pe.ToRecoilMev(17.3)), Is.EqualTo(17.3).Within(1e-12));
    }

    [Test]
    public void UniformBins_CoherentRoi_GivesTwelveBins()
    {
        var edges = DetectorResponse.UniformBins(6, 30, 2);
        Assert.That(edges, Has.Length.EqualTo(13));
        Assert.That(edges[0], Is.EqualTo(6));
        Assert.That(edges[^1], Is.EqualTo(30));
    }

    [TestCase(30, 6)]
    [TestCase(6, 6)]
    public void UniformBins_LowNotBelowHigh_Throws(double low, double high)
    {
        var e = Assert.Throws<ArgumentException>(() => DetectorResponse.UniformBins(low, high, 2));
        Assert.That(e!.Message, Does.Contain("low < high"));
    }

    [Test]
    public void UniformBins_WidthNotDividing_Throws() =>
        Assert.Throws<ArgumentException>(() => DetectorResponse.UniformBins(6, 30, 5));

    [Test]
    public void DetectorResponse_DecreasingEdges_Throws() =>
        Assert.Throws<ArgumentException>(() => _ = new DetectorResponse(TargetMaterial.CesiumIodide, Mass.FromKilograms(1),
            LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [10, 5]));

    [Test]
    public void DetectorResponse_NonPositiveMass_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DetectorResponse(TargetMaterial.CesiumIodide, Mass.FromKilograms(0),
            LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [1, 5]));
}
