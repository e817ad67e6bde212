using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;

namespace CoherentScattering.Tests.Experiments;

// The spectral presets start their recoil panels above zero recoil (CsI 0.25 keVnr, CENNS-10 1 keVnr) so that the 1/T
// magnetic-moment cross section is integrable: the response removes the recoils below the first panel, so moving the
// first panel closer to zero must not change a magnetic-moment template.
public sealed class MagneticMomentSpectralTests
{
    private static readonly ICrossSectionModel Moment = NewPhysicsModel.Paper.With(MagneticMoment.Universal(30e-10));

    [TestCase("coherent-2017-csi-spectral", "\"low\": 0.25, \"high\": 48", "\"low\": 0.05, \"high\": 48")]
    [TestCase("coherent-2020-lar", "\"low\": 1, \"high\": 151", "\"low\": 0.2, \"high\": 151")]
    public void MagneticMomentTemplate_DoesNotDependOnThePanelStart(string preset, string start, string closerToZero)
    {
        string json = SpectralExperimentFile.PresetJson(preset);
        Assert.That(json, Does.Contain(start));
        var nominal = SpectralExperimentFile.Parse(json, preset + ".json", baseDirectory: null);
        var closer = SpectralExperimentFile.Parse(json.Replace(start, closerToZero, StringComparison.Ordinal), preset + ".json", baseDirectory: null);
        double sm = nominal.SignalTemplate().Total, moment = nominal.SignalTemplate(Moment).Total;
        Assert.That(moment, Is.GreaterThan(1.05 * sm), "a moment of 3e-9 μ_B adds events");
        Assert.That(closer.SignalTemplate(Moment).Total, Is.EqualTo(moment).Within(1e-3 * moment));
        Assert.That(closer.SignalTemplate().Total, Is.EqualTo(sm).Within(1e-3 * sm));
    }

    [TestCase("coherent-2017-csi-spectral")]
    [TestCase("coherent-2020-lar")]
    public void ZeroMoment_ReproducesTheStandardModelFit(string preset)
    {
        var likelihood = SpectralExperimentFile.LoadPreset(preset).ModelLikelihood();
        Assert.That(likelihood.MinusTwoLogLikelihood(NewPhysicsModel.Paper.With(MagneticMoment.Universal(0))), Is.EqualTo(likelihood.MinusTwoLogLikelihood(StandardModel.Paper)));
    }
}
