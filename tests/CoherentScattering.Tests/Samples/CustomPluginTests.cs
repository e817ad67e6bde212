using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CustomDetector;

namespace CoherentScattering.Tests.Samples;

/// <summary>The user-written plugin of samples/CustomDetector behaves as a plugin must.</summary>
public class CustomPluginTests
{
    [Test(Description = "The T/E term (Freedman 1974) lowers the rate slightly; fast and numerical paths agree")]
    public void FullKinematicsPlugin_LowersRateSlightly_AndPathsAgree()
    {
        var rates = Experiment.Coherent2017.CreateRateCalculator();
        var plugin = new FullKinematicsStandardModel(0.2312);
        double fast = rates.Total(plugin), numerical = rates.ComputeNumerically(plugin).Total, sm = rates.Total(StandardModel.Paper);
        Assert.That(fast, Is.EqualTo(numerical).Within(1e-9 * numerical));
        Assert.That(fast / sm - 1, Is.InRange(-0.005, 0.0));
    }
}
