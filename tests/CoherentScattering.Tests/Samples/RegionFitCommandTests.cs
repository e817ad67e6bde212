using System.Text.Json;
using ModelParameter = global::CoherentScattering.Cli.ModelParameter;
using ParameterFitCommand = global::CoherentScattering.Cli.ParameterFitCommand;
using RegionFitCommand = global::CoherentScattering.Cli.RegionFitCommand;

namespace CoherentScattering.Tests.Samples;

// fit --parameter X --parameter Y: the 2-D regions of the command line, by Wilks and by Feldman–Cousins (sharded).
public sealed class RegionFitCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = global::CoherentScattering.Cli.CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test(Description = "A 2-D Wilks region as JSON: the grid, Δχ² per point with its minimum 0 at the best fit, 'allowed' exactly where Δχ² ≤ 4.605, a boundary between allowed and excluded points")]
    public void WilksRegion_Json()
    {
        var (code, json, error) = Run("fit", "--experiment", "coherent-2017-csi-spectral", "--parameter", "eps_ee_uV", "--parameter", "eps_ee_dV", "--points", "13", "--json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            { "schemaVersion", "units", "experiments", "parameters", "bestFit", "confidenceLevel", "method", "x", "y", "deltaChiSquared", "allowed", "boundary", "boundaryLines" }));
        Assert.That(root.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "eps_ee_uV", "eps_ee_dV" }));
        Assert.That(root.GetProperty("method").GetString(), Is.EqualTo("wilks"));
        Assert.That(root.GetProperty("x").GetArrayLength(), Is.EqualTo(13));
        var delta = root.GetProperty("deltaChiSquared").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        var allowed = root.GetProperty("allowed").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetBoolean()).ToArray()).ToArray();
        Assert.That(delta, Has.Length.EqualTo(13).And.All.Length.EqualTo(13));
        Assert.That(delta.SelectMany(r => r).Min(), Is.Zero);
        for (int i = 0; i < 13; i++)
        {
            for (int j = 0; j < 13; j++)
            {
                Assert.That(allowed[i][j], Is.EqualTo(delta[i][j] <= 4.605170185988091), $"({i}, {j})");
            }
        }

        Assert.That(allowed.SelectMany(r => r), Does.Contain(true).And.Contain(false));
        Assert.That(root.GetProperty("boundary").GetArrayLength(), Is.Positive);
        Assert.That(root.GetProperty("boundary")[0].GetArrayLength(), Is.EqualTo(4));
        // The ordered polylines use every boundary segment once: their steps sum to the segment count.
        var lines = root.GetProperty("boundaryLines").EnumerateArray().ToArray();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Sum(l => l.GetArrayLength() - 1), Is.EqualTo(root.GetProperty("boundary").GetArrayLength()));
        Assert.That(lines[0][0].GetArrayLength(), Is.EqualTo(2));
    }

    [Test(Description = "The row y = 0 of a region is the 1-D profile of x on the same grid, up to a constant (the combined model at y = 0 is the single-parameter model)")]
    public void RegionRowAtZero_IsTheProfile()
    {
        var x = ModelParameter.Find("eps_ee_uV") with { Points = 11 };
        var y = ModelParameter.Find("eps_mumu_V", (-0.5, 0.5)) with { Points = 11 };
        var map = RegionFitCommand.Compute(["coherent-2020-lar"], x, y);
        var profile = ParameterFitCommand.Compute(["coherent-2020-lar"], "eps_ee_uV", points: 11).Profile;
        Assert.That(map.YGrid[5], Is.Zero);
        double offset = map.ChiSquared(0, 5) - profile.ChiSquared[0];
        for (int i = 0; i < 11; i++)
        {
            Assert.That(map.ChiSquared(i, 5) - offset, Is.EqualTo(profile.ChiSquared[i]).Within(1e-9 * Math.Max(1, profile.ChiSquared[i])), $"x = {map.XGrid[i]}");
        }
    }

    [Test(Description = "Two neutron radii on argon alone: R_n(CsI) does not touch ⁴⁰Ar, so every row of x = R_n(CsI) holds the same Δχ² (the profile of R_n(Ar))")]
    public void NeutronRadii_RnCsIDoesNotChangeArgon()
    {
        var (code, json, error) = Run("fit", "--experiment", "coherent-2020-lar", "--parameter", "rn_csi", "--parameter", "rn_ar", "--points", "5", "--json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(json);
        var delta = doc.RootElement.GetProperty("deltaChiSquared").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.That(delta[0].Distinct().Count(), Is.GreaterThan(1), "R_n(Ar) matters");
        Assert.That(delta, Is.All.EqualTo(delta[0]), "R_n(CsI) does not");
    }

    [Test(Description = "A 2-D Feldman–Cousins region: five --shard slices merged give the JSON of one run, bit for bit; slices of an interval and a region do not mix")]
    public void FeldmanCousinsRegion_ShardsMergedEqualOneRun()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cevns-fc2-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string[] fit = ["fit", "--experiment", "coherent-2017-csi-spectral", "--parameter", "eps_ee_V", "--parameter", "eps_mumu_V", "--range", "-0.2,0.4", "--range", "-0.2,0.4",
                "--points", "4", "--feldman-cousins", "10", "--seed", "3"];
            var (code, whole, error) = Run([.. fit, "--json"]);
            Assert.That(code, Is.Zero, error);
            var files = Enumerable.Range(0, 5).Select(i => Path.Combine(folder, $"slice-{i}.json")).ToArray();
            for (int i = 0; i < 5; i++)
            {
                var (c, _, e) = Run([.. fit, "--shard", $"{i}/5", "--out", files[i]]);
                Assert.That(c, Is.Zero, e);
            }

            var (mergeCode, merged, mergeError) = Run(["merge", .. files, "--json"]);
            Assert.That(mergeCode, Is.Zero, mergeError);
            Assert.That(merged, Is.EqualTo(whole));
            using var doc = JsonDocument.Parse(merged);
            Assert.That(doc.RootElement.GetProperty("method").GetString(), Is.EqualTo("feldman-cousins"));
            Assert.That(doc.RootElement.GetProperty("criticalValues").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(v => v.GetDouble()), Is.All.GreaterThanOrEqualTo(0));
            var (text, textOutput, _) = Run(["merge", .. files]);
            Assert.That(text, Is.Zero);
            Assert.That(textOutput, Does.Contain("Feldman–Cousins, 10 pseudo-experiments"));
            var (missingCode, _, missingError) = Run(["merge", .. files[..4]]);
            Assert.That(missingCode, Is.EqualTo(1));
            Assert.That(missingError, Does.Contain("no slice"));
            string interval = Path.Combine(folder, "interval.json");
            Assert.That(Run("fit", "--experiment", "coherent-2017-csi-spectral", "--parameter", "eps_ee_V", "--points", "3", "--feldman-cousins", "10", "--shard", "0/1", "--out", interval).Code, Is.Zero);
            var (mixCode, _, mixError) = Run(["merge", files[0], interval]);
            Assert.That(mixCode, Is.EqualTo(1));
            Assert.That(mixError, Does.Contain("mix"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--parameter", "eps_ee_V", "--parameter", "eps_mumu_V", "--parameter", "mu_nu" }, 2, Description = "three parameters")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--parameter", "eps_ee_V", "--parameter", "eps_ee_V" }, 2, Description = "the same key twice")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--parameter", "eps_ee_V", "--range", "0,1", "--range", "0,1" }, 2, Description = "two ranges for one parameter")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--parameter", "eps_ee_V", "--points", "2" }, 2, Description = "too few points")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--points", "20" }, 2, Description = "--points without a parameter")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2020-lar", "--parameter", "sin2thetaW", "--parameter", "nope" }, 2, Description = "an unknown second key")]
    [TestCase(new[] { "fit", "--experiment", "coherent-2017-csi", "--parameter", "eps_ee_V", "--parameter", "eps_mumu_V", "--feldman-cousins", "10", "--points", "3" }, 1, Description = "a counting experiment has no binned data to draw")]
    public void Region_BadInput_OneLineError(string[] args, int exitCode)
    {
        var (code, _, error) = Run(args);
        Assert.That(code, Is.EqualTo(exitCode), error);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
    }
}
