using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Sources;
using ReactorGermanium;

namespace CoherentScattering.Tests.Experiments;

public class ReactorPresetTests
{
    [TestCase("dresden-ii-ge", 1565.11, Description = "Regression value of this library, README numbers table: natural Ge, Lindhard 0.157, sigma_n 68.5 eV, 0.2-1.5 keVee, Huber-Mueller 2-8 MeV")]
    [TestCase("conus-plus-ge", 326.34, Description = "Regression value of this library, README numbers table (CONUS+ predicts 347 +- 59 with its own efficiencies and spectrum)")]
    public void Preset_Events_Regression(string preset, double events) =>
        Assert.That(ExperimentFile.LoadPreset(preset).ComputeEvents(StandardModel.Paper).Total, Is.EqualTo(events).Within(0.01));

    [TestCase("dresden-ii-ge", 2960, 10.39, 96.4)]
    [TestCase("conus-plus-ge", 3600, 20.7, 115.5477)]
    public void Preset_Source_AsDocumented(string preset, double megawatts, double meters, double days)
    {
        var source = (ReactorSource)ExperimentFile.LoadPreset(preset).Source;
        Assert.That(source.ThermalPower.Megawatts, Is.EqualTo(megawatts).Within(1e-9));
        Assert.That(source.Baseline.Meters, Is.EqualTo(meters).Within(1e-12));
        Assert.That(source.LiveTime.Days, Is.EqualTo(days).Within(1e-9));
    }

    [Test(Description = "The C# of samples/ReactorGermanium (docs/reactor-sources.md) and the JSON preset are the same experiment, bin by bin")]
    public void CSharpBuild_EqualsJsonPreset()
    {
        var code = DresdenStyleExperiment.Build().ComputeEvents(StandardModel.Paper);
        var json = ExperimentFile.LoadPreset("dresden-ii-ge").ComputeEvents(StandardModel.Paper);
        Assert.That(code.Bins, Has.Count.EqualTo(json.Bins.Count));
        for (int b = 0; b < code.Bins.Count; b++)
        {
            Assert.That(code.Bins[b].Low, Is.EqualTo(json.Bins[b].Low).Within(1e-12));
            Assert.That(code.Bins[b].Events, Is.EqualTo(json.Bins[b].Events).Within(1e-12 * json.Total + 1e-300), $"bin {b}");
        }
    }

    [Test(Description = "Smearing by the noise width carries sub-threshold recoils over 0.2 keVee: without it the count is lower")]
    public void Dresden_NoiseSmearing_RaisesTheCount()
    {
        string json = ExperimentFile.PresetJson("dresden-ii-ge");
        string sharp = json.Replace("""{ "type": "gaussian", "squareRootCoefficient": 0.018045, "constant": 0.0685 }""", """{ "type": "none" }""", StringComparison.Ordinal);
        Assert.That(sharp, Is.Not.EqualTo(json));
        double smeared = ExperimentFile.Parse(json, "d.json").ComputeEvents(StandardModel.Paper).Total;
        double unsmeared = ExperimentFile.Parse(sharp, "d.json").ComputeEvents(StandardModel.Paper).Total;
        Assert.That(unsmeared, Is.LessThan(smeared).And.GreaterThan(0));
    }
}
