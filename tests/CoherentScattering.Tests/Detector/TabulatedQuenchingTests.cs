using CoherentScattering.Detector;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Detector;

public class TabulatedQuenchingTests
{
    private static readonly double[] Recoils = [2, 10, 30];
    private static readonly double[] Factors = [0.06, 0.09, 0.08];
    private static readonly double[] Energies = [0.1, 0.9, 2.4];

    [Test]
    public void QuenchingFactorTable_ReproducesItsPoints()
    {
        var q = TabulatedQuenching.FromQuenchingFactors(Recoils, Factors);
        Assert.That(q.Quantity, Is.EqualTo(TabulatedQuenchingQuantity.QuenchingFactor));
        for (int i = 0; i < Recoils.Length; i++)
        {
            Assert.That(q.QuenchingFactor(Recoils[i]), Is.EqualTo(Factors[i]).Within(1e-15));
            Assert.That(q.ElectronEquivalentKiloelectronvolts(Recoils[i]), Is.EqualTo(Factors[i] * Recoils[i]).Within(1e-15));
        }
    }

    [Test]
    public void ElectronEquivalentTable_ReproducesItsPoints()
    {
        var q = TabulatedQuenching.FromElectronEquivalent(Recoils, Energies);
        Assert.That(q.Quantity, Is.EqualTo(TabulatedQuenchingQuantity.ElectronEquivalent));
        for (int i = 0; i < Recoils.Length; i++)
        {
            Assert.That(q.ElectronEquivalentKiloelectronvolts(Recoils[i]), Is.EqualTo(Energies[i]).Within(1e-15));
            Assert.That(q.QuenchingFactor(Recoils[i]), Is.EqualTo(Energies[i] / Recoils[i]).Within(1e-15));
        }

        Assert.That(q.ElectronEquivalents, Is.EqualTo(Energies));
        Assert.That(q.Recoils, Is.EqualTo(Recoils));
    }

    [TestCase(2.0, 10.0, 0.25)]
    [TestCase(10.0, 30.0, 0.5)]
    [TestCase(10.0, 30.0, 0.9)]
    public void QuenchingFactorTable_InterpolatesQuenchingFactorLinearly(double a, double b, double u)
    {
        var q = TabulatedQuenching.FromQuenchingFactors(Recoils, Factors);
        double t = a + u * (b - a);
        double qa = q.QuenchingFactor(a), qb = q.QuenchingFactor(b);
        Assert.That(q.QuenchingFactor(t), Is.EqualTo(qa + u * (qb - qa)).Within(1e-15));
        Assert.That(q.ElectronEquivalentKiloelectronvolts(t), Is.EqualTo((qa + u * (qb - qa)) * t).Within(1e-14));
    }

    [TestCase(2.0, 10.0, 0.25)]
    [TestCase(10.0, 30.0, 0.5)]
    public void ElectronEquivalentTable_InterpolatesElectronEquivalentLinearly(double a, double b, double u)
    {
        var q = TabulatedQuenching.FromElectronEquivalent(Recoils, Energies);
        double ea = q.ElectronEquivalentKiloelectronvolts(a), eb = q.ElectronEquivalentKiloelectronvolts(b);
        Assert.That(q.ElectronEquivalentKiloelectronvolts(a + u * (b - a)), Is.EqualTo(ea + u * (eb - ea)).Within(1e-15));
    }

    [Test(Description = "Documented: constant QF beyond both ends, so E_ee(0) = 0 and E_ee = QF_end·T outside")]
    public void OutsideTheTable_QuenchingFactorIsConstant()
    {
        foreach (var q in new[] { TabulatedQuenching.FromQuenchingFactors(Recoils, Factors), TabulatedQuenching.FromElectronEquivalent(Recoils, Energies) })
        {
            double first = q.QuenchingFactors[0], last = q.QuenchingFactors[^1];
            Assert.That(q.ElectronEquivalentKiloelectronvolts(0), Is.Zero);
            Assert.That(q.QuenchingFactor(0.5), Is.EqualTo(first));
            Assert.That(q.ElectronEquivalentKiloelectronvolts(1), Is.EqualTo(first * 1).Within(1e-15));
            Assert.That(q.QuenchingFactor(100), Is.EqualTo(last));
            Assert.That(q.ElectronEquivalentKiloelectronvolts(1e4), Is.EqualTo(last * 1e4).Within(1e-10));
        }
    }

    [Test(Description = "A falling QF table that keeps E_ee increasing is accepted, and E_ee then increases on a fine grid")]
    public void FallingQuenchingFactor_WithIncreasingElectronEquivalent_IsAccepted()
    {
        var q = TabulatedQuenching.FromQuenchingFactors([1, 2], [0.2, 0.15]); // dE/dT = 0.15 and 0.05 at the ends
        double previous = -1;
        foreach (double t in Enumerable.Range(0, 3001).Select(i => 0.001 * i))
        {
            double e = q.ElectronEquivalentKiloelectronvolts(t);
            Assert.That(e, Is.GreaterThan(previous), $"T = {t}");
            previous = e;
        }
    }

    [Test(Description = "QF 1 → 0.1 over [1, 2] keVnr: dE/dT at T = 2 is 0.1 − 0.9·2 < 0")]
    public void FallingQuenchingFactor_WithFallingElectronEquivalent_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => TabulatedQuenching.FromQuenchingFactors([1, 2], [1, 0.1]))!;
        Assert.That(e.ParamName, Is.EqualTo("quenchingFactors"));
        Assert.That(e.Message, Does.Contain("would not increase"));
    }

    [TestCase(new[] { 0.1, 0.9, 0.9 })]
    [TestCase(new[] { 0.1, 0.09, 2.4 })]
    public void NonIncreasingElectronEquivalent_IsRefused(double[] energies)
    {
        var e = Assert.Throws<ArgumentException>(() => TabulatedQuenching.FromElectronEquivalent(Recoils, energies))!;
        Assert.That(e.ParamName, Is.EqualTo("electronEquivalentKiloelectronvolts"));
        Assert.That(e.Message, Does.Contain("strictly increasing"));
    }

    [TestCase(new[] { 2.0, 2.0, 30.0 }, "strictly increasing")]
    [TestCase(new[] { 10.0, 2.0, 30.0 }, "strictly increasing")]
    [TestCase(new[] { 0.0, 10.0, 30.0 }, "(0, 1e6]")]
    [TestCase(new[] { 2.0, 10.0, 2e6 }, "(0, 1e6]")]
    [TestCase(new[] { 2.0, double.NaN, 30.0 }, "finite")]
    [TestCase(new[] { 2.0 }, "at least 2")]
    public void BadKnots_AreRefused(double[] recoils, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => TabulatedQuenching.FromQuenchingFactors(recoils, recoils.Select(_ => 0.1).ToArray()))!;
        Assert.That(e.ParamName, Is.EqualTo("recoilsKiloelectronvolts"));
        Assert.That(e.Message, Does.Contain(message));
    }

    [TestCase(new[] { 0.06, 0.0, 0.08 })]
    [TestCase(new[] { 0.06, 2.5, 0.08 })]
    [TestCase(new[] { 0.06, double.NaN, 0.08 })]
    [TestCase(new[] { 0.06, 0.08 })]
    public void BadQuenchingFactors_AreRefused(double[] factors) =>
        Assert.That(Assert.Throws<ArgumentException>(() => TabulatedQuenching.FromQuenchingFactors(Recoils, factors))!.ParamName, Is.EqualTo("quenchingFactors"));

    [Test]
    public void ElectronEquivalentAboveTwiceTheRecoil_IsRefused() =>
        Assert.That(Assert.Throws<ArgumentException>(() => TabulatedQuenching.FromElectronEquivalent([1, 2], [1, 4.5]))!.Message, Does.Contain("(0, 4]"));

    [Test]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TabulatedQuenching.FromQuenchingFactors(null!, Factors));
        Assert.Throws<ArgumentNullException>(() => TabulatedQuenching.FromElectronEquivalent(Recoils, null!));
        Assert.Throws<ArgumentNullException>(() => TabulatedQuenching.FromElectronEquivalent(Recoils, Energies, null!));
    }

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(1.1e6)]
    public void Evaluate_RecoilOutOfRange_Throws(double t) =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => TabulatedQuenching.FromElectronEquivalent(Recoils, Energies).ElectronEquivalentKiloelectronvolts(t))!.ParamName,
            Is.EqualTo("recoilKiloelectronvolts"));

    [Test(Description = "In a chain (no smearing, keVee bins of 0.1) T = 20 keVnr lands in the bin of the interpolated E_ee = 0.9 + 0.5·1.5 = 1.65 keVee")]
    public void InResponseChain_LandsInBinOfInterpolatedElectronEquivalent()
    {
        var q = TabulatedQuenching.FromElectronEquivalent(Recoils, Energies);
        var chain = new ResponseChain(q, 1.0, GaussianResolution.None, PerfectAcceptance.Instance, HistogramAxis.Uniform("E", "keVee", 0, 3, 30));
        var column = chain.Column(20e-3);
        Assert.That(column[16], Is.EqualTo(1.0));
        Assert.That(column.Sum(), Is.EqualTo(1.0));
    }
}
