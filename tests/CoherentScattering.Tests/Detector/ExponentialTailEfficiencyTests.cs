using CoherentScattering.Detector;

namespace CoherentScattering.Tests.Detector;

public class ExponentialTailEfficiencyTests
{
    [TestCase(0.0, 1.0, Description = "before the onset: 1")]
    [TestCase(0.52, 1.0, Description = "at the onset: exp(0) = 1")]
    [TestCase(2.0, 0.929497, Description = "exp(−0.0494 × 1.48), cohfit csi.py time_efficiency at 2000 ns")]
    [TestCase(6.0, 0.762836, Description = "exp(−0.0494 × 5.48), cohfit csi.py time_efficiency at 6000 ns")]
    public void Coherent2021CsI_Values_MatchTheFormula(double microseconds, double expected) =>
        Assert.That(ExponentialTailEfficiency.Coherent2021CsIMicroseconds.Evaluate(microseconds), Is.EqualTo(expected).Within(1e-6));

    [Test]
    public void Discontinuities_AreTheOnset()
    {
        var e = new ExponentialTailEfficiency(3, 0.5);
        Assert.That(e.Discontinuities, Is.EqualTo(new[] { 3.0 }));
        Assert.That((e.Onset, e.DecayRate), Is.EqualTo((3.0, 0.5)));
        Assert.That(e.Name, Does.Contain("exp"));
    }

    [Test]
    public void ZeroRate_IsOneEverywhere() =>
        Assert.That(new[] { -1e6, 0, 1e6 }.Select(new ExponentialTailEfficiency(0, 0).Evaluate), Is.All.EqualTo(1.0));

    [TestCase(double.NaN, 1.0)]
    [TestCase(2e9, 1.0)]
    [TestCase(0.0, -0.1)]
    [TestCase(0.0, double.PositiveInfinity)]
    public void Constructor_OutOfRange_Throws(double onset, double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ExponentialTailEfficiency(onset, rate));

    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    public void Evaluate_NotFinite_Throws(double x) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExponentialTailEfficiency.Coherent2021CsIMicroseconds.Evaluate(x));
}
