using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Rates;

/// <summary>The engine's batched and shared evaluations (a flavour-independent basis form evaluated once for every flux
/// component; Helm, acceptance, spectral moments and SM basis forms at many nodes at once) agree with the one-at-a-time
/// evaluations they replace.</summary>
public class SharedBasisTests
{
    private static readonly Experiment Coherent = Experiment.Coherent2017;

    // Flavour-dependent coefficients over the library's (flavour-independent) basis forms.
    private static readonly NewPhysicsModel Nsi = NewPhysicsModel.Paper
        .With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, -0.2))
        .With(VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, 0.05))
        .With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0.03, 0.01))
        .With(MagneticMoment.ForFlavor(LeptonFlavor.Muon, 3e-9));

    [Test]
    public void SharedFlavourPath_EqualsPerComponentPath_ForFlavourDependentModel()
    {
        var calculator = Coherent.CreateRateCalculator();
        var perComponent = new PerComponentBasis(Nsi);
        Assert.That(Nsi.Basis.All(b => b is IFlavorIndependentForm { IsFlavorIndependent: true }), Is.True);
        Assert.That(perComponent.Basis.Any(b => b is IFlavorIndependentForm), Is.False);

        double shared = calculator.Total(Nsi), reference = calculator.Total(perComponent);
        Assert.That(shared, Is.EqualTo(reference).Within(1e-14 * reference));
        Assert.That(shared, Is.Not.EqualTo(calculator.Total(StandardModel.Paper)).Within(1e-3 * shared)); // the couplings matter

        var bins = calculator.Compute(Nsi);
        var binsReference = calculator.Compute(perComponent);
        var nodes = calculator.ComputeAtNodes(Nsi);
        var nodesReference = calculator.ComputeAtNodes(perComponent);
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int b = 0; b < 12; b++)
                {
                    Assert.That(bins.Get(c, i, b), Is.EqualTo(binsReference.Get(c, i, b)), $"component {c}, isotope {i}, bin {b}");
                }

                Assert.That(nodes.Events(c, i), Is.EqualTo(nodesReference.Events(c, i)), $"component {c}, isotope {i}");
            }
        }
    }

    [Test]
    public void SharedFlavourPath_AgreesWithNumericalPath_ForStandardModel()
    {
        var calculator = Coherent.CreateRateCalculator();
        double total = calculator.Total(StandardModel.Paper), numerical = calculator.ComputeNumerically(StandardModel.Paper).Total;
        Assert.That(total, Is.EqualTo(numerical).Within(1e-9 * numerical));
        Assert.That(total, Is.EqualTo(calculator.Compute(StandardModel.Paper).Total).Within(1e-13 * total));
    }

    [Test(Description = "The shared total reads forms and moments as runs of doubles: (A, B, C) and (M₀, M₁, M₂) in order")]
    public void FormsAndMoments_AreLaidOutAsThreeDoublesInOrder()
    {
        KinematicForm[] forms = [new(1, 2, 3), new(4, 5, 6)];
        SpectrumMoments[] moments = [new(7, 8, 9), new(10, 11, 12)];
        Assert.That(System.Runtime.InteropServices.MemoryMarshal.Cast<KinematicForm, double>(forms).ToArray(), Is.EqualTo(new double[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(System.Runtime.InteropServices.MemoryMarshal.Cast<SpectrumMoments, double>(moments).ToArray(), Is.EqualTo(new double[] { 7, 8, 9, 10, 11, 12 }));
    }

    [Test]
    public void BatchedStandardBasis_EqualsOnePointAtATime()
    {
        var recoils = Enumerable.Range(0, 37).Select(k => 1e-4 * k).ToArray();
        var f2 = recoils.Select(t => 1 - t).ToArray();
        var forms = new KinematicForm[recoils.Length];
        foreach (var basis in new[] { StandardBasis.Vector, StandardBasis.Axial })
        {
            ((IBatchBasisForm)basis).Evaluate(Nuclei.I127, recoils, f2, forms);
            for (int k = 0; k < recoils.Length; k++)
            {
                var point = new ScatteringPoint(NeutrinoFlavor.MuonAntineutrino, Nuclei.I127, recoils[k], f2[k]);
                Assert.That(forms[k], Is.EqualTo(basis.Evaluate(point)), $"{basis} at node {k}");
            }
        }
    }

    [Test]
    public void BatchedHelm_AgreesWithEvaluateSquared()
    {
        // Transfers from 0 (the series branch) to far beyond any CEvNS recoil; an odd count leaves a scalar tail.
        var q = Enumerable.Range(0, 403).Select(k => k < 5 ? 0.05 * k : 0.3 * Math.Pow(1.035, k)).ToArray();
        var batch = new double[q.Length];
        foreach (var nucleus in new[] { Nuclei.Cs133, Nuclei.I127, Nuclei.Ar40 })
        {
            ((IBatchFormFactor)HelmFormFactor.Paper).EvaluateSquared(nucleus, q, batch);
            for (int k = 0; k < q.Length; k++)
            {
                double f = HelmFormFactor.Paper.Evaluate(nucleus, q[k]);
                Assert.That(batch[k], Is.EqualTo(f * f).Within(1e-15 + 1e-12 * f * f), $"{nucleus} at q = {q[k]} MeV");
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ((IBatchFormFactor)HelmFormFactor.Paper).EvaluateSquared(Nuclei.Cs133, [1, 2, -3, 4, 5], new double[5]));
    }

    [Test]
    public void BatchedAcceptance_AgreesWithEvaluate()
    {
        var x = Enumerable.Range(0, 1203).Select(k => 0.05 * k).ToArray();
        var batch = new double[x.Length];
        foreach (var acceptance in new[] { Coherent2017Acceptance.Continuous, Coherent2017Acceptance.BinCentres })
        {
            ((IBatchAcceptance)acceptance).Evaluate(x, batch);
            for (int k = 0; k < x.Length; k++)
            {
                double a = acceptance.Evaluate(x[k]);
                Assert.That(batch[k], Is.EqualTo(a).Within(1e-15 * a), $"{acceptance.Name} at x = {x[k]}");
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ((IBatchAcceptance)Coherent2017Acceptance.Continuous).Evaluate([1, 2, double.NaN, 4], new double[4]));
    }

    [TestCaseSource(nameof(Spectra))]
    public void BatchedMoments_EqualOneThresholdAtATime(INeutrinoSpectrum spectrum)
    {
        var thresholds = Enumerable.Range(0, 143).Select(k => 0.4 * k).ToArray();
        var batch = new SpectrumMoments[thresholds.Length];
        spectrum.InverseMoments(thresholds, batch);
        for (int k = 0; k < thresholds.Length; k++)
        {
            Assert.That(batch[k], Is.EqualTo(spectrum.InverseMoments(thresholds[k])), $"E_min = {thresholds[k]} MeV");
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => spectrum.InverseMoments([1, -1], new SpectrumMoments[2]));
    }

    [Test]
    public void MichelMoments_AgreeWithTheAntiderivatives()
    {
        double m = PhysicalConstants.MuonMassMev;
        for (double e = 0; e < 0.5 * m; e += 0.37)
        {
            double x = e / m;
            // ∫_x^{1/2} 192 x^{2−k}(1/2 − x) dx and ∫_x^{1/2} 64 x^{2−k}(3/4 − x) dx (the spectra's definitions).
            var electron = MuonDecayAtRestSpectrum.ElectronNeutrino.InverseMoments(e);
            Assert.That(electron.Zeroth, Is.EqualTo(1 - 192 * (x * x * x / 6 - x * x * x * x / 4)).Within(1e-14));
            Assert.That(electron.First * m, Is.EqualTo(192 * (1.0 / 16 - 1.0 / 24) - 192 * (x * x / 4 - x * x * x / 3)).Within(1e-13));
            Assert.That(electron.Second * m * m, Is.EqualTo(192 * (0.25 - 0.125) - 192 * (x / 2 - x * x / 2)).Within(1e-13));
            var antimuon = MuonDecayAtRestSpectrum.MuonAntineutrino.InverseMoments(e);
            Assert.That(antimuon.Zeroth, Is.EqualTo(1 - 64 * (x * x * x / 4 - x * x * x * x / 4)).Within(1e-14));
            Assert.That(antimuon.First * m, Is.EqualTo(64 * (3.0 / 32 - 1.0 / 24) - 64 * (3 * x * x / 8 - x * x * x / 3)).Within(1e-13));
            Assert.That(antimuon.Second * m * m, Is.EqualTo(64 * (3.0 / 8 - 1.0 / 8) - 64 * (3 * x / 4 - x * x / 2)).Within(1e-13));
        }
    }

    private static IEnumerable<INeutrinoSpectrum> Spectra() =>
        [MuonDecayAtRestSpectrum.ElectronNeutrino, MuonDecayAtRestSpectrum.MuonAntineutrino, PionDecayAtRest.PromptMuonNeutrino];

    // A separable model whose basis forms hide that they are flavour independent: the engine integrates them per component.
    private sealed class PerComponentBasis(ISeparableCrossSection inner) : ISeparableCrossSection
    {
        public string Name => inner.Name + " (per component)";

        public IReadOnlyList<IBasisForm> Basis { get; } = inner.Basis.Select(b => (IBasisForm)new Opaque(b)).ToArray();

        public bool DivergesAtZeroRecoil => inner.DivergesAtZeroRecoil;

        public void GetCoefficients(NeutrinoFlavor flavor, Nucleus nucleus, Span<double> coefficients) => inner.GetCoefficients(flavor, nucleus, coefficients);

        public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev) => inner.DifferentialCrossSection(point, neutrinoMev);

        public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form) => inner.TryGetKinematicForm(point, out form);

        private sealed class Opaque(IBasisForm form) : IBasisForm
        {
            public string? CacheKey => "per-component " + form.CacheKey;

            public KinematicForm Evaluate(in ScatteringPoint point) => form.Evaluate(point);
        }
    }
}
