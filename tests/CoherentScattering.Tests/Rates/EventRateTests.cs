using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Rates;

public class EventRateTests
{
    private static readonly Experiment Coherent = Experiment.Coherent2017;
    private static readonly ExpectedEvents Sm = Coherent.CreateRateCalculator().Compute(StandardModel.Paper);

    private const string CrossCheck = "Independent calculation with the same inputs (M = A·u, continuous acceptance, LO kinematic factor), reference calculation R2 in docs/physics.md";

    [TestCase(167.88, Description = CrossCheck)]
    public void Total_Coherent2017_MatchesIndependentCrossCheck(double expected) =>
        Assert.That(Sm.Total, Is.EqualTo(expected).Within(0.005 * expected));

    [TestCase(NeutrinoFlavor.ElectronNeutrino, 56.28, Description = CrossCheck)]
    [TestCase(NeutrinoFlavor.MuonNeutrino, 27.04, Description = CrossCheck + " (prompt line)")]
    [TestCase(NeutrinoFlavor.MuonAntineutrino, 84.57, Description = CrossCheck)]
    public void ByFlavor_Coherent2017_MatchesIndependentCrossCheck(NeutrinoFlavor flavor, double expected) =>
        Assert.That(Sm.ByFlavor(flavor), Is.EqualTo(expected).Within(0.005 * expected));

    [TestCase("Cs133", 85.17, Description = CrossCheck)]
    [TestCase("I127", 82.72, Description = CrossCheck)]
    public void ByIsotope_Coherent2017_MatchesIndependentCrossCheck(string isotope, double expected) =>
        Assert.That(Sm.ByIsotope(isotope), Is.EqualTo(expected).Within(0.005 * expected));

    [Test(Description = "COHERENT 2017 (Science 357, 1123): 173 ± 48 SM events in its ROI, with its own inputs")]
    public void Total_Coherent2017_IsConsistentWithPublishedPrediction() =>
        Assert.That(Sm.Total, Is.EqualTo(173).Within(48));

    [Test]
    public void BinsFlavoursIsotopes_SumToTotal()
    {
        Assert.That(Sm.Bins.Sum(b => b.Events), Is.EqualTo(Sm.Total).Within(1e-9 * Sm.Total));
        Assert.That(Sm.Flavors.Sum(f => f.Value), Is.EqualTo(Sm.Total).Within(1e-9 * Sm.Total));
        Assert.That(Sm.Isotopes.Sum(f => f.Value), Is.EqualTo(Sm.Total).Within(1e-9 * Sm.Total));
        Assert.That(Sm.Bins, Has.Count.EqualTo(12));
        Assert.That(Sm.Bins[0].Low, Is.EqualTo(6));
        Assert.That(Sm.Bins[^1].High, Is.EqualTo(30));
    }

    [Test(Description = "Convergence: doubling nodes and subdivisions changes the total by < 1e-6 relative")]
    public void Total_DoublingResolution_ChangesLessThanOnePpm()
    {
        var coarse = Coherent.CreateRateCalculator();
        var fine = Coherent.CreateRateCalculator(coarse.Integration.Refined());
        double a = coarse.Total(StandardModel.Paper), b = fine.Total(StandardModel.Paper);
        Assert.That(Math.Abs(a - b) / b, Is.LessThan(1e-6));
        Assert.That(fine.NodeCount, Is.EqualTo(4 * coarse.NodeCount));
    }

    [Test(Description = "Fast path (analytic spectral moments) equals the general numerical path")]
    public void Compute_KinematicFormPath_AgreesWithNumericalPath()
    {
        var rates = Coherent.CreateRateCalculator();
        var numerical = rates.ComputeNumerically(StandardModel.Paper);
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int b = 0; b < 12; b++)
                {
                    double fast = Sm.Get(c, i, b), slow = numerical.Get(c, i, b);
                    Assert.That(fast, Is.EqualTo(slow).Within(1e-9 * Math.Max(slow, 1e-6)), $"component {c}, isotope {i}, bin {b}");
                }
            }
        }
    }

    [Test(Description = "Prompt line integrated exactly: F = 1, perfect acceptance, recoil window [1, 10] keV on Ar-40 — " +
                        "N = K (G_F² M Q²/π) ∫(1 − MT/2E²) dT in closed form")]
    public void PromptLine_PointNucleusPerfectAcceptance_MatchesClosedForm()
    {
        double e = PionDecayAtRest.PromptLineEnergyMev, m = Nuclei.Ar40.MassMev, gf = 1.1663787e-11, hbarc = 197.3269804e-13;
        double t1 = 1e-3, t2 = Math.Min(10e-3, Kinematics.MaxRecoilMev(e, m));
        var flux = new NeutrinoFlux([new FluxComponent(NeutrinoFlavor.MuonNeutrino, 1e14, PionDecayAtRest.PromptMuonNeutrino)], Length.FromMeters(20));
        var detector = new DetectorResponse(TargetMaterial.Pure(Nuclei.Ar40, UnitFormFactor.Instance), Mass.FromKilograms(1),
            LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [1, 4, 10]);
        double q = StandardModel.Paper.VectorWeakCharge(Nuclei.Ar40);
        double targets = 1000.0 / 40 * 6.02214076e23;
        double expected = targets * 1e14 * gf * gf * m * q * q / Math.PI * ((t2 - t1) - m * (t2 * t2 - t1 * t1) / (4 * e * e)) * hbarc * hbarc;
        double actual = new EventRateCalculator(flux, detector).Total(StandardModel.Paper);
        Assert.That(actual, Is.EqualTo(expected).Within(1e-10 * expected));
    }

    private static double Total(double massKg, double pot, double baselineM)
    {
        var source = new PionDecayAtRest(pot, 0.08, Length.FromMeters(baselineM));
        return new EventRateCalculator(source.ToFlux(), Coherent.Detector.WithMass(Mass.FromKilograms(massKg))).Total(StandardModel.Paper);
    }

    [FsCheck.NUnit.Property(MaxTest = 20)]
    public Property Events_ScaleLinearlyWithMassPotAndInverseSquareBaseline() =>
        Prop.ForAll(Generators.LogUniform(0.1, 100), Generators.LogUniform(0.1, 10), Generators.LogUniform(0.2, 5), (k1, k2, k3) =>
        {
            double reference = Total(14.57, 1.76e23, 19.3);
            double scaled = Total(14.57 * k1, 1.76e23 * k2, 19.3 * k3);
            double expected = reference * k1 * k2 / (k3 * k3);
            return Math.Abs(scaled - expected) <= 1e-10 * expected;
        });

    [Test]
    public void Compute_BinCentreAcceptance_DiffersFromContinuousBySmallAmount()
    {
        var binCentre = new EventRateCalculator(Coherent.Flux, Coherent.Detector.WithAcceptance(Coherent2017Acceptance.BinCentres)).Total(StandardModel.Paper);
        double shift = Sm.Total / binCentre - 1;
        Assert.That(shift, Is.InRange(-0.005, 0.0), "reference calculation R2 in docs/physics.md: continuous is 0.12 % below bin centres");
    }

    [Test]
    public void Compute_ModelReturningNaN_ThrowsNamingModel()
    {
        var e = Assert.Throws<ArgumentException>(() => Coherent.CreateRateCalculator().Compute(new NaNModel()));
        Assert.That(e!.Message, Does.Contain("NaN model"));
        Assert.That(e.ParamName, Is.EqualTo("model"));
    }

    private sealed class NaNModel : ICrossSectionModel
    {
        public string Name => "NaN model";

        public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev) => double.NaN;

        public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form)
        {
            form = default;
            return false;
        }
    }
}
