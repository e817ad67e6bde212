using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Experiments;

public class ExperimentFileTests
{
    private const string GermaniumExample = """
        {"name": "Ge-76, 1 kg",
         "source": {"type": "pionDecayAtRest", "protonsOnTarget": 1.76e23, "neutrinosPerFlavorPerProton": 0.08, "baselineMeters": 19.3},
         "detector": {"massKilograms": 1.0, "composition": [{"nucleus": "Ge76", "atoms": 1}],
                      "recoilWindowKeV": [1.0, 50.0], "acceptance": "perfect"}}
        """;

    [Test(Description = "The paper's exposure and measurement, Sec. II")]
    public void Coherent2017Preset_HasPaperParameters()
    {
        var e = Experiment.Coherent2017;
        Assert.Multiple(() =>
        {
            Assert.That(((PionDecayAtRest)e.Source).ProtonsOnTarget, Is.EqualTo(1.76e23));
            Assert.That(((PionDecayAtRest)e.Source).NeutrinosPerFlavorPerProton, Is.EqualTo(0.08));
            Assert.That(e.Source.Baseline.Meters, Is.EqualTo(19.3));
            Assert.That(e.Detector.Mass.Kilograms, Is.EqualTo(14.57));
            Assert.That(e.Detector.Target.Isotopes.Select(i => i.Nucleus.Key), Is.EqualTo(new[] { "Cs133", "I127" }));
            Assert.That(e.Detector.Target.FormFactor, Is.SameAs(global::CoherentScattering.Nuclear.HelmFormFactor.Paper));
            Assert.That(e.Detector.Acceptance, Is.SameAs(Coherent2017Acceptance.Continuous));
            Assert.That(((LinearRecoilObservable)e.Detector.Observable).UnitsPerKiloelectronvolt, Is.EqualTo(1.17));
            Assert.That(e.Detector.BinEdges, Is.EqualTo(DetectorResponse.UniformBins(6, 30, 2)));
            Assert.That(e.Measurement, Is.EqualTo(new global::CoherentScattering.Statistics.CountingMeasurement(142, 6, 405, 0.28, 0.25)));
        });
    }

    [Test]
    public void Parse_GermaniumExample_BuildsRecoilWindowDetector()
    {
        var e = ExperimentFile.Parse(GermaniumExample, "ge.json");
        Assert.That(e.Name, Is.EqualTo("Ge-76, 1 kg"));
        Assert.That(e.Measurement, Is.Null);
        Assert.That(e.Detector.Observable.Unit, Is.EqualTo("keV"));
        Assert.That(e.Detector.RegionLow, Is.EqualTo(1.0));
        Assert.That(e.Detector.RegionHigh, Is.EqualTo(50.0));
        Assert.That(e.Detector.Acceptance, Is.SameAs(PerfectAcceptance.Instance));
        var events = e.CreateRateCalculator().Compute(StandardModel.Paper);
        Assert.That(events.Total, Is.GreaterThan(0));
        Assert.That(events.IsotopeKeys, Is.EqualTo(new[] { "Ge76" }));
    }

    [Test]
    public void Parse_UnknownKey_NamesKeyAndFile()
    {
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(GermaniumExample.Replace("\"acceptance\"", "\"acceptence\""), "ge.json"));
        Assert.That(e!.FileName, Is.EqualTo("ge.json"));
        Assert.That(e.Key, Is.EqualTo("detector.acceptence"));
        Assert.That(e.Message, Does.Contain("ge.json").And.Contain("detector.acceptence"));
    }

    [Test]
    public void Parse_MissingKey_NamesKey()
    {
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(GermaniumExample.Replace("\"baselineMeters\": 19.3", "\"x\": 1"), "ge.json"));
        Assert.That(e!.Key, Is.EqualTo("source.x"));
        var missing = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(GermaniumExample.Replace(", \"baselineMeters\": 19.3", ""), "ge.json"));
        Assert.That(missing!.Key, Is.EqualTo("source.baselineMeters"));
        Assert.That(missing.Message, Does.Contain("missing"));
    }

    [TestCase("\"massKilograms\": 1.0", "\"massKilograms\": -1.0", "detector.massKilograms")]
    [TestCase("\"Ge76\"", "\"Ge99\"", "detector.composition[0].nucleus")]
    [TestCase("[1.0, 50.0]", "[50.0, 1.0]", "detector.recoilWindowKeV")]
    [TestCase("\"perfect\"", "\"great\"", "detector.acceptance")]
    [TestCase("\"pionDecayAtRest\"", "\"neutronStar\"", "source.type")]
    [TestCase("\"atoms\": 1", "\"atoms\": \"one\"", "detector.composition[0].atoms")]
    public void Parse_BadValue_NamesKey(string original, string replacement, string key)
    {
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(GermaniumExample.Replace(original, replacement), "ge.json"));
        Assert.That(e!.Key, Is.EqualTo(key));
    }

    [Test]
    public void Parse_InvalidJson_NamesFile()
    {
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse("{\"name\": ", "broken.json"));
        Assert.That(e!.Message, Does.Contain("broken.json"));
    }

    [Test]
    public void Load_FromFile_RoundTripsPresetText()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cs-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ExperimentFile.PresetJson("coherent-2017-csi"));
        try
        {
            var fromFile = ExperimentFile.Load(path);
            Assert.That(fromFile.CreateRateCalculator().Total(StandardModel.Paper),
                Is.EqualTo(Experiment.Coherent2017.CreateRateCalculator().Total(StandardModel.Paper)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LoadPreset_Unknown_Throws() =>
        Assert.That(Assert.Throws<ArgumentException>(() => ExperimentFile.LoadPreset("nope"))!.ParamName, Is.EqualTo("name"));
}
