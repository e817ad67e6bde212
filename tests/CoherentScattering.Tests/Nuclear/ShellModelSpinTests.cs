using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Nuclear;

namespace CoherentScattering.Tests.Nuclear;

public class ShellModelSpinTests
{
    [TestCase("F19", 0.5, 0.478, -0.002, Description = "Klos et al., PRD 88, 083516 (2013)")]
    [TestCase("Na23", 1.5, 0.224, 0.024, Description = "Klos et al. 2013")]
    [TestCase("Al27", 2.5, 0.326, 0.038, Description = "Klos et al. 2013")]
    [TestCase("Si29", 0.5, 0.016, 0.156, Description = "Klos et al. 2013")]
    [TestCase("Ge73", 4.5, 0.031, 0.439, Description = "Klos et al. 2013")]
    [TestCase("I127", 2.5, 0.342, 0.031, Description = "Klos et al. 2013")]
    [TestCase("Xe129", 0.5, 0.010, 0.329, Description = "Klos et al. 2013; Menendez et al., PRD 86, 103511 (2012)")]
    [TestCase("Xe131", 1.5, -0.009, -0.272, Description = "Klos et al. 2013; Menendez et al. 2012")]
    public void Table_EachIsotope_AndTheSpinAveragedAxialCharge(string key, double j, double sp, double sn)
    {
        Assert.That(ShellModelSpins.TryGet(Nuclei.Get(key), out var spin), Is.True);
        Assert.That(spin!.Spin, Is.EqualTo(j));
        Assert.That(spin.ProtonSpin, Is.EqualTo(sp));
        Assert.That(spin.NeutronSpin, Is.EqualTo(sn));
        // Spin-averaged axial strength (Engel, Pittel & Vogel 1992): Q_A² = (4/3)(J+1)/J (g_p⟨S_p⟩ + g_n⟨S_n⟩)², g_p = 1/2, g_n = −1/2.
        double expected = 4.0 / 3.0 * (j + 1) / j * Math.Pow(0.5 * sp - 0.5 * sn, 2);
        double qa = new StandardModel(0.2312, includeAxialTerm: true).AxialWeakCharge(ShellModelSpins.Apply(Nuclei.Get(key)));
        Assert.That(qa * qa, Is.EqualTo(expected).Within(1e-12));
    }

    [Test(Description = "For J = 1/2 the effective excesses are the polarised counts 2<S>")]
    public void EffectiveExcess_HalfSpin_IsTwiceTheExpectation()
    {
        var (p, n) = new NuclearSpin(0.5, 0.01, 0.329).EffectiveSpinExcess;
        Assert.That(p, Is.EqualTo(0.02).Within(1e-15));
        Assert.That(n, Is.EqualTo(0.658).Within(1e-15));
    }

    [Test]
    public void Apply_NoEntry_Refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ShellModelSpins.Apply(Nuclei.Cs133));
        Assert.That(e!.Message, Does.Contain("Cs133").And.Contain("Ge73"));
        Assert.That(ShellModelSpins.TryGet(Nuclei.Ge72, out _), Is.False, "even-even: no entry");
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new NuclearSpin(0.7, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new NuclearSpin(0.5, 0.6, 0));
    }

    private const string Json = """
        {"name": "Ge", "source": {"type": "reactor", "thermalPowerMegawatts": 2960, "fissionFractions": {"U235": 0.58, "U238": 0.07, "Pu239": 0.30, "Pu241": 0.05}, "baselineMeters": 10.39, "liveDays": 96.4},
         "detector": {"massKilograms": 1, "composition": [{"element": "Ge", "atoms": 1, "spin": "shellModel"}], "acceptance": "perfect", "recoilWindowKeV": [0.3, 2.0]}}
        """;

    [Test(Description = "\"spin\": \"shellModel\" on natural Ge gives 73Ge its spin; the axial term adds at least Q_A^2/Q_V^2 of the vector events (its kinematic factor 1 + MT/2E^2 is at least the vector's 1 - MT/2E^2)")]
    public void Json_ElementWithShellModelSpin_SwitchesOnTheAxialTermFor73Ge()
    {
        var experiment = ExperimentFile.Parse(Json, "ge.json");
        var ge73 = experiment.Detector.Target.Isotopes.Single(i => i.Nucleus.Key == "Ge73").Nucleus;
        Assert.That(ge73.NeutronSpinExcess, Is.GreaterThan(0));
        Assert.That(experiment.Detector.Target.Isotopes.Where(i => i.Nucleus.Key != "Ge73").Select(i => i.Nucleus.NeutronSpinExcess), Is.All.EqualTo(0));
        double vector = experiment.ComputeEvents(StandardModel.Paper).ByIsotope("Ge73");
        double axial = experiment.ComputeEvents(new StandardModel(0.2312, includeAxialTerm: true)).ByIsotope("Ge73");
        var sm = new StandardModel(0.2312, includeAxialTerm: true);
        double ratio = Math.Pow(sm.AxialWeakCharge(ge73), 2) / Math.Pow(sm.VectorWeakCharge(ge73), 2);
        Assert.That(ratio, Is.EqualTo(0.0678 / 372.4).Within(0.01 * ratio), "Q_A^2 = 0.0678, Q_V^2 = (20.5 - 32 (1/2 - 2 sin^2))^2 = 372.4");
        Assert.That(axial / vector - 1, Is.GreaterThanOrEqualTo(ratio).And.LessThan(100 * ratio));
    }

    [TestCase("""{"element": "Ge", "atoms": 1, "spin": "shellModel"}""", """{"nucleus": "Ge72", "atoms": 1, "spin": "shellModel"}""", Description = "even-even isotope")]
    [TestCase("\"spin\": \"shellModel\"", "\"spin\": \"klos\"", Description = "unknown value")]
    public void Json_BadSpin_NamesTheKey(string original, string replacement)
    {
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(Json.Replace(original, replacement, StringComparison.Ordinal), "ge.json"));
        Assert.That(e!.Key, Is.EqualTo("detector.composition[0].spin"));
    }
}
