using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Nuclear;

namespace CoherentScattering.Tests.Experiments;

// Counting files whose detector folds a response chain (quenching, smearing, efficiency in the reconstructed energy).
public class FoldedExperimentFileTests
{
    private const string Source = """
        "source": {"type": "reactor", "thermalPowerMegawatts": 2960, "fissionFractions": {"U235": 0.58, "U238": 0.07, "Pu239": 0.30, "Pu241": 0.05}, "baselineMeters": 10.39, "liveDays": 96.4}
        """;

    // The issue's reactor germanium file: natural Ge, Lindhard k = 0.157, Gaussian noise and Fano width, 0.2–1.5 keVee.
    private const string Json = "{\"name\": \"Reactor Ge\", " + Source + """
        , "detector": {"massKilograms": 2.924, "composition": [{"element": "Ge", "atoms": 1}],
           "recoilPanelsKeV": {"low": 0, "high": 12, "width": 0.1},
           "response": {"quenching": {"type": "lindhard", "k": 0.157, "z": 32},
                        "resolution": {"type": "gaussian", "squareRootCoefficient": 0.018045, "constant": 0.0685},
                        "efficiency": {"type": "perfect"}},
           "bins": {"name": "energy", "unit": "keVee", "low": 0.2, "high": 1.5, "width": 0.1}}}
        """;

    // A recoil-window file with the IUPAC 2013 germanium isotopes typed one by one.
    private const string IsotopeJson = "{\"name\": \"Reactor Ge\", " + Source + """
        , "detector": {"massKilograms": 2.924,
           "composition": [{"nucleus": "Ge70", "atoms": 0.2052}, {"nucleus": "Ge72", "atoms": 0.2745}, {"nucleus": "Ge73", "atoms": 0.0776}, {"nucleus": "Ge74", "atoms": 0.3652}, {"nucleus": "Ge76", "atoms": 0.0775}],
           "acceptance": "perfect", "recoilWindowKeV": [0.3, 2.0]}}
        """;

    private static Experiment Parse(string json) => ExperimentFile.Parse(json, "ge.json");

    [Test(Description = "{\"element\": \"Ge\"} expands into the IUPAC isotopes: the same events as the isotopes typed by hand")]
    public void Composition_Element_EqualsIsotopeList()
    {
        string natural = IsotopeJson.Replace(
            """[{"nucleus": "Ge70", "atoms": 0.2052}, {"nucleus": "Ge72", "atoms": 0.2745}, {"nucleus": "Ge73", "atoms": 0.0776}, {"nucleus": "Ge74", "atoms": 0.3652}, {"nucleus": "Ge76", "atoms": 0.0775}]""",
            """[{"element": "Ge", "atoms": 1}]""", StringComparison.Ordinal);
        Assert.That(natural, Is.Not.EqualTo(IsotopeJson));
        double byHand = Parse(IsotopeJson).ComputeEvents(StandardModel.Paper).Total;
        Assert.That(Parse(natural).ComputeEvents(StandardModel.Paper).Total, Is.EqualTo(byHand).Within(1e-12 * byHand));
    }

    [Test(Description = "Quenching E_ee = T, no smearing, perfect efficiency, bins in keVee = the recoil window: the fold equals the recoil-window count (jumps at panel edges: exact)")]
    public void Fold_IdentityResponse_EqualsRecoilWindow()
    {
        string identity = Json.Replace("""{"type": "lindhard", "k": 0.157, "z": 32}""", """{"type": "linear", "constant": 1}""", StringComparison.Ordinal)
            .Replace("""{"type": "gaussian", "squareRootCoefficient": 0.018045, "constant": 0.0685}""", """{"type": "none"}""", StringComparison.Ordinal)
            .Replace("""{"name": "energy", "unit": "keVee", "low": 0.2, "high": 1.5, "width": 0.1}""", """{"name": "energy", "unit": "keVee", "low": 0.3, "high": 2.0, "width": 0.1}""", StringComparison.Ordinal)
            ;
        var folded = Parse(identity).ComputeEvents(StandardModel.Paper);
        var window = Parse(IsotopeJson).ComputeEvents(StandardModel.Paper);
        Assert.That(folded.Total, Is.EqualTo(window.Total).Within(1e-9 * window.Total));
        Assert.That(folded.ObservableUnit, Is.EqualTo("keVee"));
        foreach (string isotope in window.IsotopeKeys)
        {
            Assert.That(folded.ByIsotope(isotope), Is.EqualTo(window.ByIsotope(isotope)).Within(1e-9 * window.Total), isotope);
        }
    }

    [Test(Description = "Regression value of this library (docs/reactor-sources.md): natural Ge, Lindhard 0.157, sigma^2 = 0.0685^2 + 0.018045^2 E keV^2, 0.2-1.5 keVee")]
    public void Events_ReactorGermanium_Regression() =>
        Assert.That(Parse(Json).ComputeEvents(StandardModel.Paper).Total, Is.EqualTo(1565.11).Within(0.01));

    [Test(Description = "Every bin of the smeared spectrum is non-negative and the total is the sum of the bins, flavours and isotopes")]
    public void Events_ResolvedConsistently()
    {
        var e = Parse(Json).ComputeEvents(StandardModel.Paper);
        Assert.That(e.Bins.Select(b => b.Events), Is.All.GreaterThanOrEqualTo(0));
        Assert.That(e.Bins.Sum(b => b.Events), Is.EqualTo(e.Total).Within(1e-9 * e.Total));
        Assert.That(e.Isotopes.Sum(i => i.Value), Is.EqualTo(e.Total).Within(1e-9 * e.Total));
        Assert.That(e.Flavors.Single().Key, Is.EqualTo(CoherentScattering.Sources.NeutrinoFlavor.ElectronAntineutrino));
    }

    [Test(Description = "A higher threshold (first bin from 0.3 keVee) keeps only the bins above it")]
    public void Events_ThresholdInReconstructedEnergy()
    {
        var all = Parse(Json).ComputeEvents(StandardModel.Paper);
        var above = Parse(Json.Replace("\"low\": 0.2, \"high\": 1.5", "\"low\": 0.3, \"high\": 1.5", StringComparison.Ordinal)).ComputeEvents(StandardModel.Paper);
        Assert.That(above.Total, Is.EqualTo(all.Total - all.Bins[0].Events).Within(1e-9 * all.Total));
    }

    [Test(Description = "A folded experiment with a measurement: the counting likelihood of Eq. (6) sees the folded total")]
    public void CountingLikelihood_UsesTheFoldedTotal()
    {
        string measured = Json[..^1] + """, "measurement": {"observedEvents": 1500, "beamOnBackground": 0, "steadyStateBackground": 100, "signalUncertainty": 0.2, "backgroundUncertainty": 0.1}}""";
        var experiment = Parse(measured);
        var likelihood = experiment.CreateCountingLikelihood();
        double folded = experiment.ComputeEvents(StandardModel.Paper).Total;
        Assert.That(likelihood.ExpectedEvents(StandardModel.Paper), Is.EqualTo(folded).Within(1e-9 * folded));
        Assert.That(likelihood.MinusTwoLogLikelihood(StandardModel.Paper), Is.EqualTo(experiment.CreateLikelihood().ChiSquared(folded)).Within(1e-9));
    }

    [Test(Description = "A QF table sampled from Lindhard k = 0.157 at 0.01-keVnr knots folds like the formula (QF linear between knots: error ~ h^2 QF''/8)")]
    public void Quenching_Table_EqualsTheFormulaItSamples()
    {
        var lindhard = new CoherentScattering.Detector.LindhardQuenching(0.157, 32);
        var t = Enumerable.Range(1, 300).Select(i => 0.01 * i).ToArray();
        string Array(IEnumerable<double> v) => "[" + string.Join(", ", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        string table = Json.Replace("""{"type": "lindhard", "k": 0.157, "z": 32}""",
            $$"""{"type": "table", "quantity": "quenchingFactor", "recoilsKeV": {{Array(t)}}, "values": {{Array(t.Select(lindhard.QuenchingFactor))}}}""", StringComparison.Ordinal);
        Assert.That(table, Is.Not.EqualTo(Json));
        double formula = Parse(Json).ComputeEvents(StandardModel.Paper).Total;
        Assert.That(Parse(table).ComputeEvents(StandardModel.Paper).Total, Is.EqualTo(formula).Within(2e-3 * formula));
    }

    [TestCase("\"quantity\": \"quenchingFactor\"", "\"quantity\": \"ratio\"", "detector.response.quenching.quantity")]
    [TestCase("\"values\": [0.1, 0.2]", "\"values\": [0.1, 3]", "detector.response.quenching.values")]
    [TestCase("\"recoilsKeV\": [1, 2]", "\"recoilsKeV\": [2, 1]", "detector.response.quenching.recoilsKeV")]
    public void Quenching_BadTable_NamesTheKey(string original, string replacement, string key)
    {
        string good = Json.Replace("""{"type": "lindhard", "k": 0.157, "z": 32}""", """{"type": "table", "quantity": "quenchingFactor", "recoilsKeV": [1, 2], "values": [0.1, 0.2]}""", StringComparison.Ordinal);
        Assert.That(Parse(good).Response!.Quenching, Is.InstanceOf<CoherentScattering.Detector.TabulatedQuenching>());
        var e = Assert.Throws<ExperimentFormatException>(() => Parse(good.Replace(original, replacement, StringComparison.Ordinal)));
        Assert.That(e!.Key, Is.EqualTo(key), e.Message);
    }

    [Test]
    public void RateCalculator_OfAFoldedExperiment_PointsToTheFold()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Parse(Json).CreateRateCalculator());
        Assert.That(e!.Message, Does.Contain("ComputeEvents"));
        Assert.That(Parse(Json).Response!.Axis.Unit, Is.EqualTo("keVee"));
    }

    [TestCase("""{"element": "Ge", "atoms": 1}""", """{"element": "Gx", "atoms": 1}""", "detector.composition[0].element", Description = "unknown element")]
    [TestCase("""{"element": "Ge", "atoms": 1}""", """{"element": "Ge", "atoms": 1}, {"nucleus": "Ge76", "atoms": 1}""", "detector.composition[1].nucleus", Description = "isotope also supplied by the element")]
    [TestCase("""{"element": "Ge", "atoms": 1}""", """{"element": "Ge", "atoms": 1}, {"element": "Ge", "atoms": 1}""", "detector.composition[1].element", Description = "element twice")]
    [TestCase("""{"element": "Ge", "atoms": 1}""", """{"element": "Ge", "atoms": -1}""", "detector.composition[0].atoms")]
    [TestCase("\"k\": 0.157", "\"k\": 1.5", "detector.response.quenching.k")]
    [TestCase("\"constant\": 0.0685", "\"constant\": -1", "detector.response.resolution.constant")]
    [TestCase("\"width\": 0.1}}}", "\"width\": 0.7}}}", "detector.bins")]
    [TestCase("\"low\": 0, \"high\": 12", "\"low\": 5, \"high\": 1", "detector.recoilPanelsKeV")]
    [TestCase("\"efficiency\": {\"type\": \"perfect\"}", "\"efficiency\": {\"type\": \"step\"}", "detector.response.efficiency.type")]
    [TestCase("\"unit\": \"keVee\"", "\"unit\": \"\\ud800\"", "detector.bins.unit", Description = "a lone surrogate in a unit (found by the mutation fuzzer) is a format error, not an InvalidOperationException")]
    [TestCase("\"low\": 0.2, \"high\": 1.5", "\"low\": 20, \"high\": 21.5", "detector.bins", Description = "no events: recoils end below 2 keVnr")]
    public void Parse_BadInput_NamesFileAndKey(string original, string replacement, string key) =>
        FormatErrorAssert.EditNamesKey(Json, original, replacement, "ge.json", key);

    [Test]
    public void Parse_UnknownElement_ListsTheCatalogue()
    {
        var e = Assert.Throws<ExperimentFormatException>(() => Parse(Json.Replace("\"Ge\"", "\"Unobtainium\"", StringComparison.Ordinal)));
        Assert.That(e!.Message, Does.Contain(Elements.Symbols));
    }
}

// The C# path cuts the recoil panels at a sharp response's jumps as the JSON reader does.
public class ReconstructedRateCalculatorTests
{
    [Test(Description = "No smearing: coarse panels in C# give the JSON reader's exact fold (the jumps where E_ee crosses a bin edge are added as panel edges)")]
    public void SharpResponse_CoarsePanels_EqualTheJsonFold()
    {
        string json = """
            {"name": "Ge", "source": {"type": "reactor", "thermalPowerMegawatts": 2960, "fissionFractions": {"U235": 0.58, "U238": 0.07, "Pu239": 0.30, "Pu241": 0.05}, "baselineMeters": 10.39, "liveDays": 96.4},
             "detector": {"massKilograms": 2.924, "composition": [{"element": "Ge", "atoms": 1}], "recoilPanelsKeV": {"low": 0, "high": 3, "width": 0.05},
               "response": {"quenching": {"type": "lindhard", "k": 0.157, "z": 32}, "resolution": {"type": "none"}, "efficiency": {"type": "perfect"}},
               "bins": {"name": "energy", "unit": "keVee", "low": 0.2, "high": 1.5, "width": 0.05}}}
            """;
        var fromJson = ExperimentFile.Parse(json, "ge.json");
        var chain = fromJson.Response!;
        var detector = fromJson.Detector.WithBins(CoherentScattering.Detector.DetectorResponse.UniformBins(0, 3, 0.5)); // coarse panels, no jump edges
        var calculator = new CoherentScattering.Rates.ReconstructedRateCalculator(fromJson.Flux, detector.Target, detector.Mass, detector.BinEdges, chain);
        double expected = fromJson.ComputeEvents(StandardModel.Paper).Total;
        Assert.That(calculator.Total(StandardModel.Paper), Is.EqualTo(expected).Within(1e-9 * expected));
    }
}
