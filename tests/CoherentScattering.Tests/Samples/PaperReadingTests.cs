using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Samples;

/// <summary>
/// The explanations of docs/physics.md, as computations: readings of the paper's statistics under which our rates give
/// its printed rows. The library itself keeps the reading of reference calculation R4 in docs/physics.md; these tests document why rows differ.
/// </summary>
public class PaperReadingTests
{
    private static readonly EventRateCalculator Rates = Experiment.Coherent2017.CreateRateCalculator();

    [TestCase(0.0, -0.08, 0.47, Description = "Table I, ε_ee^uV")]
    [TestCase(1.0, -0.07, 0.42, Description = "Table I, ε_ee^dV")]
    public void PerBeamReading_ReproducesElectronVectorNsiRows(double downFraction, double paperLow, double paperHigh)
    {
        // Per-beam reading: only the ν_e beam is compared with the measurement scaled by its SM share f, with B_0n = 6
        // and σ_stat² = 142 f + 2·405 + 6 (a CountingMeasurement with N_meas = 142 f).
        var sm = Rates.Compute(StandardModel.Paper);
        double share = sm.ByFlavor(NeutrinoFlavor.ElectronNeutrino) / sm.Total;
        var likelihood = new Likelihood(new CountingMeasurement(142 * share, 6, 405, 0.28, 0.25));
        double ElectronBeam(double eps) => Rates.Compute(NewPhysicsModel.Paper.With(
            VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, (1 - downFraction) * eps, downFraction * eps))).ByFlavor(NeutrinoFlavor.ElectronNeutrino);
        var rate = QuadraticRate.Fit(ElectronBeam, -0.5, 0.25, 1.0);
        var intervals = ParameterProfile.Scan(e => likelihood.ChiSquared(rate.Evaluate(e)), -0.5, 1.0, 301).Intervals(0.9);
        Assert.That(intervals, Has.Count.EqualTo(1));
        Assert.That(intervals[0].Low, Is.EqualTo(paperLow).Within(0.01), "the paper's printed precision on ε");
        Assert.That(intervals[0].High, Is.EqualTo(paperHigh).Within(0.01));
    }
}
