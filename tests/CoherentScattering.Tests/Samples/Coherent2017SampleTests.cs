using System.Text.Json;

namespace CoherentScattering.Tests.Samples;

/// <summary>The main job's machine-readable outputs: exact keys other tools depend on.</summary>
public class Coherent2017SampleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = global::CoherentScattering.Cli.CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void Events_Json_HasExactKeys()
    {
        var (code, json, _) = Run("events", "--json");
        Assert.That(code, Is.Zero);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "schemaVersion", "units", "total", "byFlavor", "byIsotope", "bins" }));
        Assert.That(root.GetProperty("byFlavor").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "nu_e", "nu_mu", "nu_mu_bar" }));
        Assert.That(root.GetProperty("byIsotope").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "Cs133", "I127" }));
        var bins = root.GetProperty("bins").EnumerateArray().ToArray();
        Assert.That(bins, Has.Length.EqualTo(12));
        Assert.That(bins[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "lowPE", "highPE", "events" }));
        Assert.That(bins[0].GetProperty("lowPE").GetDouble(), Is.EqualTo(6));
        Assert.That(bins[^1].GetProperty("highPE").GetDouble(), Is.EqualTo(30));
        Assert.That(root.GetProperty("total").GetDouble(), Is.EqualTo(167.88).Within(0.01));
    }

    [Test]
    public void Events_Json_RecoilWindowExperiment_UsesKeVKeys()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ge-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"name": "Ge-76, 1 kg",
             "source": {"type": "pionDecayAtRest", "protonsOnTarget": 1.76e23, "neutrinosPerFlavorPerProton": 0.08, "baselineMeters": 19.3},
             "detector": {"massKilograms": 1.0, "composition": [{"nucleus": "Ge76", "atoms": 1}],
                          "recoilWindowKeV": [1.0, 50.0], "acceptance": "perfect"}}
            """);
        try
        {
            var (code, json, _) = Run("events", "--json", "--experiment", path);
            Assert.That(code, Is.Zero);
            using var doc = JsonDocument.Parse(json);
            var bin = doc.RootElement.GetProperty("bins")[0];
            Assert.That(bin.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "lowKeV", "highKeV", "events" }));
            Assert.That(doc.RootElement.GetProperty("byIsotope").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "Ge76" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Sin2w_Json_HasExactKeys()
    {
        var (code, json, _) = Run("sin2w", "--json");
        Assert.That(code, Is.Zero);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "schemaVersion", "units", "parameter", "bestFit", "chi2Min", "confidenceLevel", "intervals", "profile" }));
        Assert.That(root.GetProperty("parameter").GetString(), Is.EqualTo("sin2thetaW"));
        Assert.That(root.GetProperty("confidenceLevel").GetDouble(), Is.EqualTo(0.9));
        var interval = root.GetProperty("intervals")[0];
        Assert.That(interval.GetArrayLength(), Is.EqualTo(2));
        Assert.That(root.GetProperty("profile")[0].GetArrayLength(), Is.EqualTo(2));
        Assert.That(root.GetProperty("profile").EnumerateArray().All(p => p[1].GetDouble() >= 0), Is.True, "Δχ² ≥ 0");
    }

    [Test]
    public void UnknownCommand_ReturnsError()
    {
        var (code, _, err) = Run("nonsense");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("unknown command"));
        Assert.That(err, Does.Contain("merge FILE…").And.Not.EndWith("…\n"), "the command list is printed whole");
        var (longCode, _, longErr) = Run(new string('x', 5000));
        Assert.That(longCode, Is.EqualTo(2));
        Assert.That(longErr.Length, Is.LessThan(700), "a long command is not echoed in full");
    }

    [Test]
    public void MissingExperimentFile_ReturnsErrorWithFileName()
    {
        var (code, _, err) = Run("events", "--experiment", "/nonexistent/x.json");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("x.json"));
    }

    [Test]
    public void Summary_MentionsTotalsAndInterval()
    {
        var (code, text, _) = Run();
        Assert.That(code, Is.Zero);
        Assert.That(text, Does.Contain("167.88").And.Contain("sin²θ_W"));
    }
}
