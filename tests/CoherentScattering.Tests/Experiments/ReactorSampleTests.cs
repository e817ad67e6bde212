using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using ReactorGermanium;

namespace CoherentScattering.Tests.Experiments;

/// <summary>The spectra that samples/ReactorGermanium writes with --out (docs/walkthrough.md).</summary>
public class ReactorSampleTests
{
    [Test(Description = "The reconstructed-spectrum CSV has one row per bin and its bins sum to the experiment's total")]
    public void SpectrumCsv_BinsSumToTheTotal()
    {
        var events = DresdenStyleExperiment.Build().ComputeEvents(StandardModel.Paper);
        using var writer = new StringWriter();
        SpectrumCsv.Write(events, writer);
        string csv = writer.ToString();
        Assert.That(csv, Does.StartWith("low_keVee,high_keVee,events"));
        var column = SpectrumCsv.ReadColumn(new StringReader(csv));
        Assert.That(column, Has.Length.EqualTo(events.Bins.Count));
        Assert.That(column.Sum(), Is.EqualTo(events.Total).Within(1e-12 * events.Total));
    }

    [Test(Description = "The recoil-spectrum CSV sums to the recoil experiment's total, which exceeds the counted events")]
    public void RecoilCsv_BinsSumToTheTotal()
    {
        var recoils = DresdenStyleExperiment.RecoilSpectrum().ComputeEvents(StandardModel.Paper);
        using var writer = new StringWriter();
        SpectrumCsv.Write(recoils, writer);
        var column = SpectrumCsv.ReadColumn(new StringReader(writer.ToString()));
        Assert.That(column.Sum(), Is.EqualTo(recoils.Total).Within(1e-12 * recoils.Total));
        Assert.That(recoils.Total, Is.GreaterThan(DresdenStyleExperiment.Build().ComputeEvents(StandardModel.Paper).Total));
    }

    [Test(Description = "The unsmeared spectrum of the sample equals the preset with resolution none, bin by bin, and the comparison CSV holds both")]
    public void WithoutSmearing_EqualsThePresetWithResolutionNone()
    {
        string json = ExperimentFile.PresetJson("dresden-ii-ge")
            .Replace("""{ "type": "gaussian", "squareRootCoefficient": 0.018045, "constant": 0.0685 }""", """{ "type": "none" }""", StringComparison.Ordinal);
        var preset = ExperimentFile.Parse(json, "d.json").ComputeEvents(StandardModel.Paper);
        var sharp = DresdenStyleExperiment.WithoutSmearing().ComputeEvents(StandardModel.Paper);
        Assert.That(sharp.Bins, Has.Count.EqualTo(preset.Bins.Count));
        for (int b = 0; b < sharp.Bins.Count; b++)
        {
            Assert.That(sharp.Bins[b].Events, Is.EqualTo(preset.Bins[b].Events).Within(1e-9 * preset.Total), $"bin {b}");
        }

        var smeared = DresdenStyleExperiment.Build().ComputeEvents(StandardModel.Paper);
        using var writer = new StringWriter();
        SpectrumCsv.WriteComparison(smeared, "events_smeared", sharp, "events_unsmeared", writer);
        Assert.That(SpectrumCsv.ReadColumn(new StringReader(writer.ToString()), 2).Sum(), Is.EqualTo(smeared.Total).Within(1e-12 * smeared.Total));
        Assert.That(SpectrumCsv.ReadColumn(new StringReader(writer.ToString()), 3).Sum(), Is.EqualTo(sharp.Total).Within(1e-12 * sharp.Total));
    }
}
