using CoherentScattering.Detector;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Detector;

public class LindhardQuenchingTests
{
    // The formula written out another way: ε = 11.5 T/(Z² ∛Z), g = ε(1 + 0.7 ε^−0.4 + 3 ε^−0.85), QF = 1/(1 + 1/(k g)).
    private static double Independent(double k, int z, double t)
    {
        double epsilon = 11.5 * t / (z * z * Math.Cbrt(z));
        double g = epsilon * (1 + 0.7 * Math.Pow(epsilon, -0.4) + 3 * Math.Pow(epsilon, -0.85));
        return 1 / (1 + 1 / (k * g));
    }

    [Test(Description = "Scholz et al., arXiv:1608.03588 (abstract): Lindhard k = 0.179 in germanium is a quenching factor of 25.3 % at 8.5 keVnr (their sub-keV adiabatic correction is negligible there)")]
    public void Germanium_Scholz2016_QuotedQuenchingFactorAt8p5Kev() =>
        Assert.That(new LindhardQuenching(0.179, 32).QuenchingFactor(8.5), Is.EqualTo(0.253).Within(0.0005));

    [TestCase(0.01)]
    [TestCase(0.3)]
    [TestCase(1.0)]
    [TestCase(8.5)]
    [TestCase(25.0)]
    [TestCase(100.0)]
    [TestCase(1e4)]
    public void Germanium_MatchesFormulaWrittenOutIndependently(double t)
    {
        var ge = LindhardQuenching.Germanium;
        Assert.That(ge.QuenchingFactor(t), Is.EqualTo(Independent(0.157, 32, t)).Within(1e-12).Percent); // 1e-14 relative
        Assert.That(ge.ElectronEquivalentKiloelectronvolts(t), Is.EqualTo(Independent(0.157, 32, t) * t).Within(1e-12).Percent);
    }

    [Test(Description = "Golden values of QF = kg/(1+kg) for Ge (k = 0.157, Z = 32) evaluated in Python double precision from the formula of the class doc")]
    public void Germanium_GoldenValues()
    {
        var ge = LindhardQuenching.Germanium;
        Assert.That(ge.QuenchingFactor(1), Is.EqualTo(0.1709908709225335).Within(1e-13));
        Assert.That(ge.QuenchingFactor(10), Is.EqualTo(0.23410722816193508).Within(1e-13));
        Assert.That(ge.QuenchingFactor(100), Is.EqualTo(0.34100661222112866).Within(1e-13));
    }

    [Test(Description = "Lindhard's k = 0.133 Z^(2/3) A^(-1/2): germanium (Z = 32, A = 72.63) gives the usual 0.157")]
    public void Standard_Germanium_GivesK0157()
    {
        var ge = LindhardQuenching.Standard(32, 72.63);
        Assert.That(ge.K, Is.EqualTo(0.157).Within(0.0005));
        Assert.That(ge.K, Is.EqualTo(0.133 * Math.Pow(32, 2.0 / 3.0) / Math.Sqrt(72.63)).Within(1e-15));
        Assert.That(ge.Z, Is.EqualTo(32));
    }

    [Test]
    public void ZeroRecoil_GivesZero() => Assert.That(LindhardQuenching.Germanium.ElectronEquivalentKiloelectronvolts(0), Is.Zero);

    [Test]
    public void ElectronEquivalent_IncreasesStrictly()
    {
        var q = new LindhardQuenching(0.05, 55);
        double previous = 0;
        foreach (double t in Enumerable.Range(1, 2000).Select(i => 0.05 * i))
        {
            double e = q.ElectronEquivalentKiloelectronvolts(t);
            Assert.That(e, Is.GreaterThan(previous), $"T = {t}");
            previous = e;
        }
    }

    [Test]
    public void With_ChangesOnlyK()
    {
        var q = LindhardQuenching.Germanium.With(0.2);
        Assert.That(q.K, Is.EqualTo(0.2));
        Assert.That(q.Z, Is.EqualTo(32));
        Assert.That(q.QuenchingFactor(5), Is.EqualTo(Independent(0.2, 32, 5)).Within(1e-12).Percent);
    }

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(1.0000001)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Constructor_KOutOfRange_Throws(double k)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LindhardQuenching(k, 32))!;
        Assert.That(e.ParamName, Is.EqualTo("k"));
        Assert.That(e.Message, Does.Contain("(0, 1]"));
    }

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(119)]
    public void Constructor_ZOutOfRange_Throws(int z)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LindhardQuenching(0.157, z))!;
        Assert.That(e.ParamName, Is.EqualTo("z"));
        Assert.That(e.Message, Does.Contain("[1, 118]"));
    }

    [TestCase(-1e-9)]
    [TestCase(1.0000001e6)]
    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    public void Evaluate_RecoilOutOfRange_Throws(double t)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LindhardQuenching.Germanium.ElectronEquivalentKiloelectronvolts(t))!;
        Assert.That(e.ParamName, Is.EqualTo("recoilKiloelectronvolts"));
        Assert.That(e.Message, Does.Contain("[0, 1000000]"));
    }

    [Test]
    public void Standard_MassNumberOutOfRange_Throws() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => LindhardQuenching.Standard(32, 0.5))!.ParamName, Is.EqualTo("massNumber"));

    [Test(Description = "In a response chain without smearing, a recoil lands with weight 1 in the keVee bin holding QF(T)·T; the chain's recoil discontinuities map back onto the bin edges")]
    public void InResponseChain_RecoilLandsInBinOfItsElectronEquivalent()
    {
        var ge = LindhardQuenching.Germanium;
        var chain = new ResponseChain(ge, 1.0, GaussianResolution.None, PerfectAcceptance.Instance, HistogramAxis.Uniform("E", "keVee", 0, 5, 10));
        double ee = Independent(0.157, 32, 10.0) * 10.0; // 2.341 keVee → bin [2.0, 2.5)
        var column = chain.Column(10e-3);
        Assert.That(column[(int)(ee / 0.5)], Is.EqualTo(1.0));
        Assert.That(column.Sum(), Is.EqualTo(1.0));
        foreach (double t in chain.RecoilDiscontinuitiesMev())
        {
            double edge = ge.ElectronEquivalentKiloelectronvolts(t * 1e3);
            Assert.That(edge / 0.5, Is.EqualTo(Math.Round(edge / 0.5)).Within(1e-9), $"T = {t} MeV");
        }

        Assert.That(chain.RecoilDiscontinuitiesMev(), Has.Count.EqualTo(10));
    }
}
