using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.IO;
using CoherentScattering.Models;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Experiments;

public class SpectralExperimentFileTests
{
    private static readonly ICrossSectionModel[] Models =
        [StandardModel.Paper, new StandardModel(0.25), NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.2, 0.1))];

    [Test(Description = "The JSON presets are the C# fits: the same −2 ln L for the SM, another weak angle and an NSI point")]
    public void Presets_EqualTheCodedFits()
    {
        var csi = SpectralExperimentFile.LoadPreset("coherent-2017-csi-spectral").ModelLikelihood();
        var lar = SpectralExperimentFile.LoadPreset("coherent-2020-lar").ModelLikelihood();
        var coded = (Csi: Coherent2017SpectralFit.ModelLikelihood(), Lar: Coherent2020LarRelease.ModelLikelihood());
        foreach (var model in Models)
        {
            Assert.That(csi.MinusTwoLogLikelihood(model), Is.EqualTo(coded.Csi.MinusTwoLogLikelihood(model)).Within(1e-9), model.Name);
            Assert.That(lar.MinusTwoLogLikelihood(model), Is.EqualTo(coded.Lar.MinusTwoLogLikelihood(model)).Within(1e-9), model.Name);
        }
    }

    [Test(Description = "Preset templates and data: CsI 547 counts and 5.42 prompt neutrons (release README); CENNS-10 3752 counts, 119.75 SM events in the window")]
    public void Presets_HoldTheReleaseNumbers()
    {
        var csi = SpectralExperimentFile.LoadPreset("coherent-2017-csi-spectral");
        Assert.That(csi.Data.Total, Is.EqualTo(547));
        Assert.That(csi.Backgrounds.Single(b => b.Name == "promptNeutrons").Template.Total, Is.EqualTo(5.42).Within(0.005));
        Assert.That(csi.Backgrounds.Single(b => b.Name == "steadyState").Normalisation.Central, Is.EqualTo(405).Within(1e-9));
        var lar = SpectralExperimentFile.LoadPreset("coherent-2020-lar");
        Assert.That(lar.Data.Total, Is.EqualTo(Coherent2020LarRelease.Data.Total));
        Assert.That(lar.SignalTemplate().Total, Is.EqualTo(Coherent2020LarRelease.PredictEnergySpectrum().Total).Within(1e-9));
        Assert.That(lar.Backgrounds.Select(b => (b.Name, b.Normalisation.Central)), Is.EqualTo(new[] { ("promptNeutrons", 497.0), ("delayedNeutrons", 33.0), ("steadyState", 3152.0) }));
    }

    private static string WriteUserFit(string folder, string template, string? dataRows = null)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "counts.csv"), dataRows ?? "# energy bin centre (keV), counts\n5, 10\n15, 4\n25, 1\n");
        File.WriteAllText(Path.Combine(folder, "flat.txt"), template);
        string json = """
        {
          "name": "toy argon",
          "source": { "type": "pionDecayAtRest", "protonsOnTarget": 1e23, "neutrinosPerFlavorPerProton": 0.09, "baselineMeters": 20 },
          "target": { "massKilograms": 24.4, "composition": [ { "nucleus": "Ar40", "atoms": 1 } ] },
          "recoilPanelsKeV": { "low": 0, "high": 151, "width": 1 },
          "response": { "quenching": { "type": "linear", "constant": 1 }, "resolution": { "type": "gaussian", "squareRootCoefficient": 0.5 }, "efficiency": { "type": "perfect" } },
          "axes": [ { "name": "energy", "unit": "keV", "low": 0, "high": 30, "width": 10 } ],
          "data": "counts.csv",
          "signal": { "uncertainty": 0.1 },
          "backgrounds": [ { "name": "flat", "uncertainty": 0.5, "template": { "type": "table", "file": "flat.txt" } } ]
        }
        """;
        string path = Path.Combine(folder, "toy.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test(Description = "A user's fit in JSON with its own data files, read relative to the JSON file, fits without C#")]
    public void UserFile_WithRelativeFiles_Fits()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cs-spectral-" + Guid.NewGuid().ToString("N"));
        var fit = SpectralExperimentFile.Load(WriteUserFit(folder, "5 1\n15 1\n25 1\n"));
        Assert.That(fit.Data.Values, Is.EqualTo(new[] { 10.0, 4, 1 }));
        Assert.That(fit.SignalTemplate().Total, Is.GreaterThan(0));
        var profile = fit.Likelihood().ProfileSignal(SpectralLikelihood.SignalComponent, 0, 50, 21);
        Assert.That(double.IsFinite(profile.BestFit) && profile.BestFit >= 0);
        Directory.Delete(folder, recursive: true);
    }

    [Test(Description = "A template off the data's binning is an error naming the template file, its line and the data file")]
    public void MisbinnedTemplate_NamesBothFiles()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cs-spectral-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<CsvFormatException>(() => SpectralExperimentFile.Load(WriteUserFit(folder, "5 1\n12 1\n25 1\n")))!;
        Assert.That(e.FileName, Is.EqualTo("flat.txt"));
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Message, Does.Contain("counts.csv"));
        Directory.Delete(folder, recursive: true);
    }

    [Test(Description = "Bad input in the JSON or its files: each a clear error naming the file and the key or line")]
    public void BadInput_IsNamed()
    {
        string json = SpectralExperimentFile.PresetJson("coherent-2020-lar");
        ExperimentFormatException Fails(string text) => Assert.Throws<ExperimentFormatException>(() => SpectralExperimentFile.Parse(text, "x.json", null))!;
        Assert.That(Fails(json.Replace("\"squareRootCoefficient\"", "\"sigma\"")).Key, Is.EqualTo("response.resolution.sigma"));
        Assert.That(Fails(json.Replace("\"gaussian\"", "\"lorentzian\"")).Key, Is.EqualTo("response.resolution.type"));
        Assert.That(Fails(json.Replace("\"squareRootCoefficient\": 0.58", "\"squareRootCoefficient\": 0.58, \"constant\": -1")).Key, Is.EqualTo("response.resolution.constant"));
        Assert.That(SpectralExperimentFile.Parse(json.Replace("\"squareRootCoefficient\": 0.58", "\"squareRootCoefficient\": 0.58, \"constant\": 2"), "x.json", null).Response.Resolution,
            Is.EqualTo(new CoherentScattering.Detector.GaussianResolution(0.58, 2)).Using<CoherentScattering.Detector.GaussianResolution>((a, b) => a.Name == b.Name));
        Assert.That(Fails(json.Replace("\"events\": 497", "\"events\": -497")).Key, Is.EqualTo("backgrounds[0].events"));
        Assert.That(Fails(json.Replace("\"width\": 160", "\"uncertainty\": 0.3, \"width\": 160")).Key, Is.EqualTo("backgrounds[0]"));
        Assert.That(Fails(json.Replace("release:coherent-2020-lar/Data/brnpdf.txt", "release:coherent-2020-lar/Data/nope.txt")).Key, Is.EqualTo("backgrounds[0].template.file"));
        Assert.That(Fails(json.Replace("release:coherent-2020-lar/Data/brnpdf.txt", "brnpdf.txt")).Key, Is.EqualTo("backgrounds[0].template.file"));
        Assert.That(Fails(json.Replace("\"axis\": \"t_trig\"", "\"axis\": \"energy\"")).Key, Is.EqualTo("arrivalTime.axis"));
        Assert.That(Fails(json.Replace("\"width\": 10 }", "\"width\": 7 }")).Key, Is.EqualTo("axes[0]"));
        Assert.That(Fails(json.Replace("\"name\": \"steadyState\"", "\"name\": \"cevns\"")).Key, Is.EqualTo("backgrounds[2].name"));
        Assert.That(Fails(json.Replace("\"recoilPanelsKeV\"", "\"recoilPanels\"")).Key, Is.EqualTo("recoilPanels"));
    }

    [Test(Description = "Negative template bins and repeated bins are errors naming the file and line")]
    public void NegativeOrRepeatedBins_AreNamed()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cs-spectral-" + Guid.NewGuid().ToString("N"));
        var negative = Assert.Throws<CsvFormatException>(() => SpectralExperimentFile.Load(WriteUserFit(folder, "5 1\n15 -1\n25 1\n")))!;
        Assert.That((negative.FileName, negative.Line), Is.EqualTo(("flat.txt", 2)));
        var repeated = Assert.Throws<CsvFormatException>(() => SpectralExperimentFile.Load(WriteUserFit(folder, "5 1\n15 1\n25 1\n", "5, 1\n5, 2\n")))!;
        Assert.That((repeated.FileName, repeated.Line), Is.EqualTo(("counts.csv", 2)));
        Directory.Delete(folder, recursive: true);
    }
}
