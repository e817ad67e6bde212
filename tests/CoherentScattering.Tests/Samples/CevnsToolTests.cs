using System.Text.Json;

namespace CoherentScattering.Tests.Samples;

/// <summary>The cevns tool's command line: help, version, exit codes and the JSON documents' schema version and units.</summary>
public class CevnsToolTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = global::CoherentScattering.Cli.CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [TestCase("events", "--experiment", "--json")]
    [TestCase("sin2w", "--experiment", "--json")]
    [TestCase("table1", "--spectral", "--json")]
    [TestCase("figures", "--out", "--experiment")]
    [TestCase("fit", "--parameter", "--feldman-cousins")]
    [TestCase("merge", "--json", "FILE")]
    public void Help_OfEachCommand_ListsItsOptions_ExitZero(string command, string first, string second)
    {
        var (code, output, error) = Run(command, "--help");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("cevns " + command).And.Contain(first).And.Contain(second));
    }

    [Test]
    public void Help_OfTheRoot_ListsTheCommands()
    {
        var (code, output, _) = Run("--help");
        Assert.That(code, Is.Zero);
        foreach (string command in new[] { "events", "sin2w", "table1", "figures", "fit", "merge" })
        {
            Assert.That(output, Does.Contain(command));
        }
    }

    [Test(Description = "--version prints the assembly's version (Directory.Build.props VersionPrefix)")]
    public void Version_PrintsThePackageVersion()
    {
        var (code, output, _) = Run("--version");
        Assert.That(code, Is.Zero);
        string expected = typeof(global::CoherentScattering.Cli.CommandLine).Assembly.GetName().Version!.ToString(3);
        Assert.That(output.Trim(), Does.StartWith(expected));
    }

    [TestCase(new[] { "events", "--bogus" }, 2, "unknown option")]
    [TestCase(new[] { "fit", "--timing" }, 2, "--timing")]
    [TestCase(new[] { "evnts" }, 2, "unknown command")]
    [TestCase(new[] { "events", "--experiment", "no-such-file.json" }, 1, "no-such-file.json")]
    public void Errors_OneLineOnStderr_WithTheExitCodeOfTheirKind(string[] args, int expectedCode, string text)
    {
        var (code, output, error) = Run(args);
        Assert.That(code, Is.EqualTo(expectedCode));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain(text));
        Assert.That(output, Is.Empty);
    }

    [Test(Description = "With an experiment other than the preset no paper comparison is printed")]
    public void Table1_OnAnotherExperiment_HasNoPaperColumn()
    {
        string file = Path.Combine(Path.GetTempPath(), "cevns-other-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, CoherentScattering.Experiments.ExperimentFile.PresetJson("coherent-2017-csi").Replace("COHERENT 2017 CsI[Na]", "my CsI", StringComparison.Ordinal));
        try
        {
            var (code, output, error) = Run("table1", "--experiment", file);
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("on this experiment").And.Contain("sin2thetaW"));
            Assert.That(output, Does.Not.Contain("paper"));
            var (presetCode, preset, _) = Run("table1");
            Assert.That(presetCode, Is.Zero);
            Assert.That(preset, Does.Contain("paper"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test(Description = "Every JSON document starts with schemaVersion 1 and a units object whose keys are keys of the document")]
    public void Json_Events_HasSchemaVersionAndUnits()
    {
        var (code, json, _) = Run("events", "--json", "--experiment", "dresden-ii-ge");
        Assert.That(code, Is.Zero);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
        var units = root.GetProperty("units");
        Assert.That(units.GetProperty("total").GetString(), Is.EqualTo("events"));
        Assert.That(units.GetProperty("bins.lowKeVee").GetString(), Is.EqualTo("keVee"));
        foreach (var unit in units.EnumerateObject())
        {
            string top = unit.Name.Split('.')[0];
            Assert.That(root.TryGetProperty(top, out _), Is.True, unit.Name);
        }

        Assert.That(root.GetProperty("bins")[0].GetProperty("lowKeVee").GetDouble(), Is.EqualTo(0.2).Within(1e-12));
    }
}
