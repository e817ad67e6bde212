using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

// Issue 11's tests on the real-data likelihoods: every model family with its couplings at zero reproduces the SM fit of
// every spectral preset, and a joint likelihood of one experiment is that experiment's fit.
public sealed class SpectralStandardModelLimitTests
{
    private static readonly string[] Presets = ["coherent-2017-csi-spectral", "coherent-2021-csi", "coherent-2020-lar"];

    private static readonly Lazy<Dictionary<string, SpectralLikelihood>> Likelihoods =
        new(() => Presets.ToDictionary(p => p, p => SpectralExperimentFile.LoadPreset(p).ModelLikelihood()));

    private static IEnumerable<TestCaseData> ZeroCouplingModels()
    {
        var mass = Energy.FromMegaelectronvolts(10);
        (string, ICrossSectionModel)[] models =
        [
            ("vector NSI ee", NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0, 0))),
            ("vector NSI μτ (flavour-changing)", NewPhysicsModel.Paper.With(VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, 0))),
            ("tensor NSI", NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0, 0))),
            ("magnetic moment", NewPhysicsModel.Paper.With(MagneticMoment.Universal(0))),
            ("charge radius", NewPhysicsModel.Paper.With(ChargeRadius.Universal(Area.FromSquareCentimeters(0)))),
            ("vector Z′", NewPhysicsModel.Paper.With(VectorMediator.Universal(mass, 0))),
            ("scalar φ", NewPhysicsModel.Paper.With(ScalarMediator.Universal(mass, 0))),
        ];
        foreach (string preset in Presets)
        {
            foreach (var (name, model) in models)
            {
                yield return new TestCaseData(preset, model).SetArgDisplayNames(preset, name);
            }
        }
    }

    [TestCaseSource(nameof(ZeroCouplingModels))]
    public void ZeroCouplings_ReproduceTheStandardModelFit(string preset, ICrossSectionModel model)
    {
        var likelihood = Likelihoods.Value[preset];
        double sm = likelihood.MinusTwoLogLikelihood(StandardModel.Paper);
        Assert.That(likelihood.MinusTwoLogLikelihood(model), Is.EqualTo(sm).Within(1e-12 * Math.Max(1, Math.Abs(sm))));
    }

    [TestCase("coherent-2017-csi-spectral")]
    [TestCase("coherent-2021-csi")]
    [TestCase("coherent-2020-lar")]
    public void JointLikelihoodOfOneExperiment_IsItsFit(string preset)
    {
        var single = Likelihoods.Value[preset];
        var joint = new JointLikelihood([single]);
        var model = NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, 0.1));
        Assert.That(joint.MinusTwoLogLikelihood(model), Is.EqualTo(single.MinusTwoLogLikelihood(model)));
        Assert.That(joint.MinusTwoLogLikelihood(StandardModel.Paper), Is.EqualTo(single.MinusTwoLogLikelihood(StandardModel.Paper)));
    }
}
