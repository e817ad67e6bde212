using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;
using static CoherentScattering.Tests.Models.ModelTestContext;

namespace CoherentScattering.Tests.Models;

/// <summary>Every family with its new couplings at zero reproduces the SM exactly; and every model's fast path agrees
/// with the general numerical path.</summary>
public class StandardModelLimitTests
{
    private static IEnumerable<TestCaseData> ZeroCouplingModels()
    {
        yield return new TestCaseData(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0, 0))).SetArgDisplayNames("vector NSI");
        yield return new TestCaseData(NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, 0, 0))).SetArgDisplayNames("tensor NSI");
        yield return new TestCaseData(NewPhysicsModel.Paper.With(MagneticMoment.Universal(0))).SetArgDisplayNames("magnetic moment");
        yield return new TestCaseData(NewPhysicsModel.Paper.With(ChargeRadius.Universal(Area.FromSquareCentimeters(0)))).SetArgDisplayNames("charge radius");
        yield return new TestCaseData(NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(10), 0))).SetArgDisplayNames("vector Z′");
        yield return new TestCaseData(NewPhysicsModel.Paper.With(ScalarMediator.Universal(Energy.FromMegaelectronvolts(10), 0))).SetArgDisplayNames("scalar φ");
    }

    [TestCaseSource(nameof(ZeroCouplingModels))]
    public void ZeroCouplings_ReproduceStandardModel_BinByBin(NewPhysicsModel model)
    {
        var events = Calculator.Compute(model);
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int b = 0; b < 12; b++)
                {
                    Assert.That(events.Get(c, i, b), Is.EqualTo(Sm.Get(c, i, b)).Within(1e-12 * Sm.Get(c, i, b)), "same physics, possibly another quadrature path");
                }
            }
        }
    }

    [Test]
    public void SterileZeroMixing_ReproducesStandardModel() =>
        Assert.That(new CoherentScattering.Rates.EventRateCalculator(SterileOscillation.Common(1.0, 0).Apply(Coherent.Flux), Coherent.Detector)
            .Total(StandardModel.Paper), Is.EqualTo(Sm.Total).Within(1e-12 * Sm.Total));

    private static readonly Arbitrary<NewPhysicsModel> RandomModels = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(k => NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, k * 1e-3, -k * 5e-4))),
        Gen.Choose(-1000, 1000).Select(k => NewPhysicsModel.Paper.With(VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, k * 1e-3))),
        Gen.Choose(-1000, 1000).Select(k => NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, k * 1e-4, k * 2e-4))),
        Gen.Choose(0, 1000).Select(k => NewPhysicsModel.Paper.With(MagneticMoment.Universal(k * 1e-11))),
        Gen.Choose(-1000, 1000).Select(k => NewPhysicsModel.Paper.With(ChargeRadius.ForFlavor(LeptonFlavor.Electron, Area.FromSquareCentimeters(k * 5e-34)))),
        Gen.Choose(1, 1000).Select(k => NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(k), 1e-9 * k))),
        Gen.Choose(1, 1000).Select(k => NewPhysicsModel.Paper.With(ScalarMediator.Universal(Energy.FromMegaelectronvolts(k), 1e-10 * k)))).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 25)]
    public Property FastPath_AgreesWithNumericalPath_ForEveryFamily() =>
        Prop.ForAll(RandomModels, model =>
            Close(Calculator.Total(model), Calculator.ComputeNumerically(model).Total, 1e-6));

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public Property DifferentialCrossSection_IsNonNegativeAndZeroAboveEndpoint() =>
        Prop.ForAll(RandomModels, Generators.Uniform(1, 55), Generators.Uniform(0, 1.5), (model, e, f) =>
        {
            var nucleus = global::CoherentScattering.Nuclear.Nuclei.Cs133;
            double t = f * global::CoherentScattering.Nuclear.Kinematics.MaxRecoilMev(e, nucleus.MassMev);
            double sigma = model.DifferentialCrossSection(ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, nucleus, t), e);
            return sigma >= 0 && double.IsFinite(sigma) && (f <= 1 + 1e-12 || sigma == 0);
        });
}
