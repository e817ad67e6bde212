using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using static CoherentScattering.Tests.Models.ModelTestContext;

namespace CoherentScattering.Tests.Models;

/// <summary>Effects that add in the amplitude are summed before squaring, however the user splits them.</summary>
public class CompositionTests
{
    [Test]
    public void VectorNsi_SplitFlavourChangingCouplings_EqualOneInstance()
    {
        var one = new VectorNsi(FlavorMatrix.Zero.With(LeptonFlavor.Electron, LeptonFlavor.Muon, 0.3), FlavorMatrix.Zero.With(LeptonFlavor.Electron, LeptonFlavor.Muon, 0.2));
        var split = NewPhysicsModel.Paper
            .With(VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Muon, 0.3))
            .With(VectorNsi.Single(Quark.Down, LeptonFlavor.Electron, LeptonFlavor.Muon, 0.2));
        double expected = Calculator.Total(NewPhysicsModel.Paper.With(one));
        Assert.That(Calculator.Total(split), Is.EqualTo(expected).Within(1e-12 * expected));
        Assert.That(split.Shifts, Has.Length.EqualTo(1), "merged into one effect");
    }

    [Test]
    public void TensorNsi_SplitCouplings_EqualOneInstance()
    {
        var split = NewPhysicsModel.Paper
            .With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0.1, 0.05))
            .With(TensorNsi.ForFlavor(LeptonFlavor.Electron, -0.1, 0.0));
        double expected = Calculator.Total(NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0.0, 0.05)));
        Assert.That(Calculator.Total(split), Is.EqualTo(expected).Within(1e-12 * expected));
    }

    [Test]
    public void TwoMagneticMoments_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => NewPhysicsModel.Paper.With(MagneticMoment.Universal(1e-9)).With(MagneticMoment.ForFlavor(LeptonFlavor.Muon, 1e-9)));
        Assert.That(e!.Message, Does.Contain("MagneticMoment"));
    }

    [Test]
    public void Constructor_VectorNsiAsShift_KeepsFlavourChangingChannel()
    {
        var nsi = VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Tau, 0.1);
        double viaConstructor = Calculator.Total(new NewPhysicsModel(shifts: [nsi]));
        Assert.That(viaConstructor, Is.EqualTo(Calculator.Total(NewPhysicsModel.Paper.With(nsi))).Within(1e-12 * viaConstructor));
        Assert.That(viaConstructor, Is.GreaterThan(Sm.Total));
    }

    [Test(Description = "Oscillating an oscillated flux multiplies the survival probabilities; the prompt line stays a line")]
    public void Sterile_AppliedTwice_MultipliesSurvival()
    {
        var first = SterileOscillation.Common(1.7, 0.3);
        var second = SterileOscillation.Common(4.2, 0.2);
        double p1 = first.SurvivalProbability(NeutrinoFlavor.MuonNeutrino, PionDecayAtRest.PromptLineEnergyMev, 19.3);
        double p2 = second.SurvivalProbability(NeutrinoFlavor.MuonNeutrino, PionDecayAtRest.PromptLineEnergyMev, 19.3);
        var events = Calculator.WithFlux(second.Apply(first.Apply(Coherent.Flux))).Compute(StandardModel.Paper);
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.EqualTo(p1 * p2 * Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)).Within(1e-10 * Sm.Total));
        var numerical = Calculator.WithFlux(second.Apply(first.Apply(Coherent.Flux))).ComputeNumerically(StandardModel.Paper);
        Assert.That(events.Total, Is.EqualTo(numerical.Total).Within(1e-6 * numerical.Total));
    }

    [Test(Description = "An exactly linear rate (sterile mixing) is fitted without rescaling on rounding noise")]
    public void FitFromOrigin_LinearRate_DoesNotRescaleOnNoise()
    {
        var calculator = Calculator.WithFlux(SterileOscillation.Common(3.0, 1.0).Apply(Coherent.Flux));
        double full = calculator.Total(StandardModel.Paper);
        var fit = QuadraticRate.FitFromOrigin(s => Sm.Total - s * (Sm.Total - full), 0.3);
        Assert.That(fit.Evaluate(1.0), Is.EqualTo(full).Within(1e-10 * full));
        Assert.That(fit.Evaluate(0.5), Is.EqualTo(0.5 * (Sm.Total + full)).Within(1e-10 * full));
    }
}
