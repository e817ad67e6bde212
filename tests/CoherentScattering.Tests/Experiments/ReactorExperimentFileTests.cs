using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Experiments;

public class ReactorExperimentFileTests
{
    // Natural germanium, IUPAC 2009 isotopic abundances (Berglund & Wieser 2011) as atom fractions, typed by hand; the worked example of docs/reactor-sources.md.
    private const string Json = """
        {"name": "Reactor Ge",
         "source": {"type": "reactor", "thermalPowerMegawatts": 2960, "fissionFractions": {"U235": 0.58, "U238": 0.07, "Pu239": 0.30, "Pu241": 0.05}, "baselineMeters": 10.39, "liveDays": 96.4},
         "detector": {"massKilograms": 2.924,
           "composition": [{"nucleus": "Ge70", "atoms": 0.2057}, {"nucleus": "Ge72", "atoms": 0.2745}, {"nucleus": "Ge73", "atoms": 0.0775}, {"nucleus": "Ge74", "atoms": 0.3650}, {"nucleus": "Ge76", "atoms": 0.0773}],
           "acceptance": "perfect", "recoilWindowKeV": [0.3, 2.0]}}
        """;

    private static double Total(string json) => ExperimentFile.Parse(json, "r.json").CreateRateCalculator().Total(StandardModel.Paper);

    [Test]
    public void Parse_Reactor_BuildsReactorSource()
    {
        var source = (ReactorSource)ExperimentFile.Parse(Json, "r.json").Source;
        Assert.That(source.ThermalPower.Megawatts, Is.EqualTo(2960).Within(1e-9));
        Assert.That(source.Fractions, Is.EqualTo(new FissionFractions(0.58, 0.07, 0.30, 0.05)));
        Assert.That(source.LiveTime.Days, Is.EqualTo(96.4).Within(1e-12));
        Assert.That(source.Spectrum.Model, Is.EqualTo(ReactorSpectrumModel.HuberMueller2to8));
    }

    [Test(Description = "Worked number of docs/reactor-sources.md (this library, SM, Helm, perfect acceptance): 19 693.7 events in 0.3-2 keV_nr")]
    public void Events_WorkedExample() => Assert.That(Total(Json), Is.EqualTo(19693.72).Within(0.05));

    [Test(Description = "rate ∝ P·t/L²")]
    public void Events_ScaleWithPowerTimeAndBaseline()
    {
        double reference = Total(Json);
        string scaled = Json.Replace("2960", "5920", StringComparison.Ordinal).Replace("96.4", "48.2", StringComparison.Ordinal).Replace("10.39", "20.78", StringComparison.Ordinal);
        Assert.That(Total(scaled), Is.EqualTo(reference / 4).Within(1e-9 * reference));
    }

    [TestCase("\"U235\": 0.58", "\"U235\": 0.50", "source.fissionFractions", Description = "sum 0.92, not 1 ± 1e-3")]
    [TestCase("\"U238\": 0.07", "\"U238\": -0.07", "source.fissionFractions.U238")]
    [TestCase("\"thermalPowerMegawatts\": 2960", "\"thermalPowerMegawatts\": -2960", "source.thermalPowerMegawatts")]
    [TestCase("\"liveDays\": 96.4", "\"liveDays\": 0", "source.liveDays")]
    [TestCase(", \"liveDays\": 96.4", "", "source.liveDays")]
    [TestCase("\"baselineMeters\": 10.39", "\"baselineMeters\": 10.39, \"spectrumModel\": \"vogel\"", "source.spectrumModel")]
    [TestCase("\"baselineMeters\": 10.39", "\"baselineMeters\": 10.39, \"energiesPerFissionMeV\": {\"U235\": 20.2, \"U238\": 206, \"Pu239\": 211, \"Pu241\": 214}", "source.energiesPerFissionMeV.U235")]
    [TestCase("\"baselineMeters\": 10.39", "\"baselineMeters\": 10.39, \"energiesPerFissionMeV\": {\"U235\": 202}", "source.energiesPerFissionMeV.U238")]
    [TestCase("\"Pu241\": 0.05}", "\"Pu241\": 0.05, \"Th232\": 0}", "source.fissionFractions.Th232")]
    [TestCase("\"name\": \"Reactor Ge\"", "\"name\": \"Reactor Ge\", \"liveDays\": 100", "liveDays", Description = "contradicts source.liveDays")]
    public void Parse_BadReactorInput_NamesFileAndKey(string original, string replacement, string key) =>
        FormatErrorAssert.EditNamesKey(Json, original, replacement, "r.json", key);

    [Test]
    public void Parse_TopLevelLiveDaysEqualToSource_Accepted() =>
        Assert.That(Total(Json.Replace("\"name\": \"Reactor Ge\"", "\"name\": \"Reactor Ge\", \"liveDays\": 96.4", StringComparison.Ordinal)), Is.EqualTo(Total(Json)));

    [Test]
    public void Parse_ExtrapolatedModel_GivesMoreEvents() =>
        Assert.That(Total(Json.Replace("\"baselineMeters\": 10.39", "\"baselineMeters\": 10.39, \"spectrumModel\": \"huberMuellerExtrapolated\"", StringComparison.Ordinal)), Is.GreaterThan(Total(Json)));
}
