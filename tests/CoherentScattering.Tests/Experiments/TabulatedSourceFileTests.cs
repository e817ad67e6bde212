using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Experiments;

// Sources as data: tabulated flux densities and lines keep their absolute normalisation.
public class TabulatedSourceFileTests
{
    private const double Days = 308.1;
    private static readonly double Seconds = Days * 86_400;
    private static readonly double Fluence = new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3)).FluencePerFlavorPerSquareCentimeter;

    private static string Array(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

    // A table of one of the analytic muon-decay spectra, as flux density per second at the detector.
    private static string Table(string flavor, MuonDecayAtRestSpectrum spectrum, int knots)
    {
        double top = spectrum.MaximumEnergyMev;
        var e = Enumerable.Range(0, knots).Select(i => top * i / (knots - 1)).ToArray();
        var flux = e.Select(x => Fluence / Seconds * spectrum.Density(x)).ToArray();
        return $$"""{"flavor": "{{flavor}}", "energiesMeV": {{Array(e)}}, "fluxPerCm2PerSecondPerMeV": {{Array(flux)}}}""";
    }

    // The COHERENT 2017 preset with its source replaced (its top-level liveDays dropped).
    private static Experiment WithSource(string source)
    {
        string preset = ExperimentFile.PresetJson("coherent-2017-csi").Replace("\"liveDays\": 308.1,", "", StringComparison.Ordinal); // the exposure is the source's
        int start = preset.IndexOf("\"source\"", StringComparison.Ordinal), end = preset.IndexOf('}', start) + 1;
        return ExperimentFile.Parse(preset[..start] + "\"source\": " + source + preset[end..], "tab.json");
    }

    private static string PionTables(int knots) => $$"""
        {"type": "tabulated", "baselineMeters": 19.3, "exposureDays": {{Days.ToString("R", CultureInfo.InvariantCulture)}}, "components": [
          {{Table("nu_e", MuonDecayAtRestSpectrum.ElectronNeutrino, knots)}},
          {{Table("nu_mu_bar", MuonDecayAtRestSpectrum.MuonAntineutrino, knots)}},
          {"flavor": "nu_mu", "lineMeV": {{PionDecayAtRest.PromptLineEnergyMev.ToString("R", CultureInfo.InvariantCulture)}}, "fluxPerCm2PerSecond": {{(Fluence / Seconds).ToString("R", CultureInfo.InvariantCulture)}}}]}
        """;

    [Test(Description = "The analytic pi-DAR spectra tabulated at 2001 knots (linear interpolation, error ~ h^2 f''/8 ~ 1e-5) give the same events per flavour as the analytic source")]
    public void Tabulated_PionDecayAtRest_EqualsAnalytic()
    {
        var analytic = Experiment.Coherent2017.ComputeEvents(StandardModel.Paper);
        var tabulated = WithSource(PionTables(2001)).ComputeEvents(StandardModel.Paper);
        foreach (var flavor in new[] { NeutrinoFlavor.ElectronNeutrino, NeutrinoFlavor.MuonNeutrino, NeutrinoFlavor.MuonAntineutrino })
        {
            double expected = analytic.ByFlavor(flavor);
            Assert.That(tabulated.ByFlavor(flavor), Is.EqualTo(expected).Within(1e-4 * expected), flavor.Key());
        }

        Assert.That(tabulated.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.EqualTo(analytic.ByFlavor(NeutrinoFlavor.MuonNeutrino)).Within(1e-12 * analytic.Total),
            "the line is exact");
    }

    [Test(Description = "Coarser tables converge to the analytic total: the interpolation error falls as h^2")]
    public void Tabulated_PionDecayAtRest_ConvergesQuadratically()
    {
        double exact = Experiment.Coherent2017.ComputeEvents(StandardModel.Paper).ByFlavor(NeutrinoFlavor.ElectronNeutrino);
        double Error(int knots) => Math.Abs(WithSource(PionTables(knots)).ComputeEvents(StandardModel.Paper).ByFlavor(NeutrinoFlavor.ElectronNeutrino) - exact);
        double coarse = Error(51), fine = Error(101);
        Assert.That(coarse / fine, Is.InRange(3.0, 5.0), "halving h divides the error by about 4");
    }

    [Test(Description = "Monoenergetic source: events proportional to flux and exposure, equal to the pion-decay prompt line at equal fluence")]
    public void Monoenergetic_EqualsThePromptLine()
    {
        string line = PionDecayAtRest.PromptLineEnergyMev.ToString("R", CultureInfo.InvariantCulture);
        string Source(double flux, double days) => $$"""{"type": "monoenergetic", "flavor": "nu_mu", "energyMeV": {{line}}, "fluxPerCm2PerSecond": {{flux.ToString("R", CultureInfo.InvariantCulture)}}, "baselineMeters": 19.3, "exposureDays": {{days.ToString("R", CultureInfo.InvariantCulture)}}}""";
        double prompt = Experiment.Coherent2017.ComputeEvents(StandardModel.Paper).ByFlavor(NeutrinoFlavor.MuonNeutrino);
        double mono = WithSource(Source(Fluence / Seconds, Days)).ComputeEvents(StandardModel.Paper).Total;
        Assert.That(mono, Is.EqualTo(prompt).Within(1e-12 * prompt));
        Assert.That(WithSource(Source(2 * Fluence / Seconds, Days / 4)).ComputeEvents(StandardModel.Paper).Total, Is.EqualTo(prompt / 2).Within(1e-12 * prompt));
    }

    [Test(Description = "TabulatedSpectrum keeps the table's integral: 2 cm^-2 s^-1 MeV^-1 over 1-3 MeV is 4 cm^-2 s^-1")]
    public void TableIntegral_KeepsTheNormalisation()
    {
        var table = new TabulatedSpectrum([1, 3], [2, 2]);
        Assert.That(table.TableIntegral, Is.EqualTo(4).Within(1e-15));
        Assert.That(FluxRateComponent.FromTable(NeutrinoFlavor.ElectronAntineutrino, table).FluxPerSquareCentimeterPerSecond, Is.EqualTo(4).Within(1e-15));
        var source = new TabulatedSource([FluxRateComponent.FromTable(NeutrinoFlavor.ElectronAntineutrino, table)], Length.FromMeters(1), Duration.FromSeconds(10));
        Assert.That(source.ToFlux().Components.Single().FluencePerSquareCentimeter, Is.EqualTo(40).Within(1e-13));
    }

    [Test(Description = "A table file beside the JSON (whitespace-separated, a comment line, no trailing newline): every row is read")]
    public void TableFile_RelativeToTheJson_EveryRowRead()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cevns-tab-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Flat 1e13 cm^-2 s^-1 MeV^-1 over 2-8 MeV except the last knot: dropping the last line would change the integral.
            File.WriteAllText(Path.Combine(folder, "flux.txt"), "# E_MeV flux\n2 1e13\n5 1e13\n8 3e13");
            string json = """
                {"name": "t", "source": {"type": "tabulated", "baselineMeters": 10, "exposureDays": 1, "components": [{"flavor": "nu_e_bar", "file": "flux.txt"}]},
                 "detector": {"massKilograms": 1, "composition": [{"element": "Ge", "atoms": 1}], "acceptance": "perfect", "recoilWindowKeV": [0.1, 2]}}
                """;
            File.WriteAllText(Path.Combine(folder, "t.json"), json);
            var source = (TabulatedSource)ExperimentFile.Load(Path.Combine(folder, "t.json")).Source;
            Assert.That(source.Components.Single().FluxPerSquareCentimeterPerSecond, Is.EqualTo(3e13 + 6e13).Within(1e-3), "1e13·3 + 2e13·3");
            var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(json, "t.json"));
            Assert.That(e!.Key, Is.EqualTo("source.components[0].file"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Good = """
        {"name": "t", "source": {"type": "tabulated", "baselineMeters": 10, "exposureDays": 1, "components": [
            {"flavor": "nu_e_bar", "energiesMeV": [2, 8], "fluxPerCm2PerSecondPerMeV": [1e13, 1e13]}, {"flavor": "nu_e", "lineMeV": 0.747, "fluxPerCm2PerSecond": 1e12}]},
         "detector": {"massKilograms": 1, "composition": [{"element": "Ge", "atoms": 1}], "acceptance": "perfect", "recoilWindowKeV": [0.01, 2]}}
        """;

    [TestCase("\"nu_e_bar\"", "\"nu_x\"", "source.components[0].flavor")]
    [TestCase("[1e13, 1e13]", "[1e13]", "source.components[0]", Description = "lengths differ")]
    [TestCase("[1e13, 1e13]", "[1e13, -1]", "source.components[0].fluxPerCm2PerSecondPerMeV")]
    [TestCase("[2, 8]", "[8, 2]", "source.components[0].energiesMeV")]
    [TestCase("\"fluxPerCm2PerSecond\": 1e12", "\"fluxPerCm2PerSecond\": -1", "source.components[1].fluxPerCm2PerSecond")]
    [TestCase("\"lineMeV\": 0.747", "\"lineMeV\": 0", "source.components[1].lineMeV")]
    [TestCase("\"exposureDays\": 1", "\"exposureDays\": -1", "source.exposureDays")]
    [TestCase("\"exposureDays\": 1,", "", "source.exposureDays", Description = "missing")]
    [TestCase("\"name\": \"t\"", "\"name\": \"t\", \"liveDays\": 2", "liveDays", Description = "contradicts source.exposureDays")]
    [TestCase("\"type\": \"tabulated\"", "\"type\": \"solar\"", "source.type")]
    public void Parse_BadInput_NamesFileAndKey(string original, string replacement, string key) =>
        FormatErrorAssert.EditNamesKey(Good, original, replacement, "t.json", key);

    [Test]
    public void Parse_Good_KeepsBothComponents()
    {
        var source = (TabulatedSource)ExperimentFile.Parse(Good, "t.json").Source;
        Assert.That(source.Components.Select(c => c.Flavor), Is.EqualTo(new[] { NeutrinoFlavor.ElectronAntineutrino, NeutrinoFlavor.ElectronNeutrino }));
        Assert.That(source.Components[0].FluxPerSquareCentimeterPerSecond, Is.EqualTo(6e13).Within(1e3));
        Assert.That(source.Components[1].FluxPerSquareCentimeterPerSecond, Is.EqualTo(1e12));
        Assert.That(source.Exposure.Days, Is.EqualTo(1));
    }
}
