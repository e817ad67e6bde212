namespace CoherentScattering.Tests.Samples;

/// <summary><c>fit --parameter rn_csi | rn_ar</c>: the neutron rms radius on the counting and spectral presets and jointly.</summary>
public class NeutronRadiusFitTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = global::CoherentScattering.Cli.CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [TestCase("coherent-2017-csi-spectral", "rn_csi", Description = "docs/spectral-fits.md, Neutron radius: best fit 4.57 fm")]
    [TestCase("coherent-2017-csi", "rn_csi", Description = "docs/spectral-fits.md, Neutron radius: best fit 5.39 fm")]
    [TestCase("coherent-2020-lar", "rn_ar", Description = "docs/spectral-fits.md, Neutron radius: argon prefers small radii, upper limit 4.3 fm")]
    public void RadiusFit_Json_HasProfileAndUpperLimitInsideTheScan(string experiment, string key)
    {
        var (code, output, error) = Run("fit", "--experiment", experiment, "--parameter", key, "--json");
        Assert.That(code, Is.Zero, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("parameter").GetString(), Is.EqualTo(key));
        Assert.That(root.GetProperty("profile").GetArrayLength(), Is.EqualTo(121));
        var intervals = root.GetProperty("intervals");
        Assert.That(intervals.GetArrayLength(), Is.EqualTo(1));
        Assert.That(intervals[0][1].GetDouble(), Is.GreaterThan(4).And.LessThan(7.5), "the data bound R_n from above");
    }

    [Test(Description = "rn_csi changes only Cs and I: in the joint fit with argon the profile is the CsI one shifted by argon's constant −2 ln L")]
    public void JointFit_RnCsI_LeavesArgonAtItsDefault()
    {
        var csi = global::CoherentScattering.Cli.ParameterFitCommand.Compute(["coherent-2017-csi-spectral"], "rn_csi").Profile;
        var joint = global::CoherentScattering.Cli.ParameterFitCommand.Compute(["coherent-2017-csi-spectral", "coherent-2020-lar"], "rn_csi").Profile;
        var argon = CoherentScattering.Experiments.Coherent2020LarRelease.ModelLikelihood().MinusTwoLogLikelihood(CoherentScattering.Models.NewPhysicsModel.Paper);
        for (int i = 0; i < csi.Grid.Count; i++)
        {
            Assert.That(joint.DeltaChiSquared[i], Is.EqualTo(csi.DeltaChiSquared[i]).Within(1e-9), $"R_n = {csi.Grid[i]}");
            Assert.That(joint.DeltaChiSquared[i] + joint.MinimumChiSquared, Is.EqualTo(csi.DeltaChiSquared[i] + csi.MinimumChiSquared + argon).Within(1e-9 * argon));
        }
    }

    [TestCase("0,5", Description = "R_n = 0 is not a radius")]
    [TestCase("2,16", Description = "beyond the stated 15 fm maximum")]
    public void RadiusFit_RangeOutsideValidRadii_OneLineErrorNamingRange(string range)
    {
        var (code, _, error) = Run("fit", "--experiment", "coherent-2017-csi", "--parameter", "rn_csi", "--range", range);
        Assert.That(code, Is.Not.Zero);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("(1.559, 15] fm"));
    }
}
