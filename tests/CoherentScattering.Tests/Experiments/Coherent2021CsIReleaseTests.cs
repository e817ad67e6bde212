using CoherentScattering.Experiments;

namespace CoherentScattering.Tests.Experiments;

public class Coherent2021CsIReleaseTests
{
    [Test]
    public void Readme_IsEmbedded_CitesTheReleaseAndStaysInsideTheRepository()
    {
        string readme = Coherent2021CsIRelease.Readme;
        Assert.That(readme, Does.Contain("arXiv:2110.07730"));
        Assert.That(readme, Does.Contain("philippeller/Newtrinos.jl"));
        Assert.That(readme, Does.Contain("dataBeamOnC.txt").And.Contain("snsFlux2D.root"));
        Assert.That(readme, Does.Not.Contain("../").And.Not.Contain("/work/").And.Not.Contain("shared"));
    }
}
