using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Experiments;

public class Coherent2017SpectralFitTests
{
    [Test(Description = "Release README: in 6–30 PE and t < 6 µs, beam-on C = 547, AC = 405")]
    public void Region_DataTotals_AreTheReleaseNumbers()
    {
        Assert.That(Coherent2017SpectralFit.Data().Total, Is.EqualTo(547));
        Assert.That(Coherent2017SpectralFit.Data("data_anticoincidence_beamOn.txt").Total, Is.EqualTo(405));
    }

    [Test(Description = "Release README: promptPDF × efficiency × 7.47594 GWh over 6–30 PE = 5.42 events, all at t < 6 µs")]
    public void PromptNeutrons_AreTheReleaseExpectation() =>
        Assert.That(Coherent2017SpectralFit.PromptNeutronTemplate().Total, Is.EqualTo(5.42).Within(0.005));

    [Test(Description = "The SM template keeps the counting prediction: 167.88 events in 6–30 PE, less the delayed part after 6 µs (8.5 %)")]
    public void SignalTemplate_EqualsTheCountingPredictionTimesTheTimeFractions()
    {
        var template = Coherent2017SpectralFit.SignalTemplate();
        var events = Experiment.Coherent2017.CreateRateCalculator().Compute(CoherentScattering.CrossSections.StandardModel.Paper);
        double delayed = Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_delayedNeutrinos.txt").Sum();
        double expected = events.ByFlavor(CoherentScattering.Sources.NeutrinoFlavor.MuonNeutrino) * Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_promptNeutrinos.txt").Sum()
            + (events.ByFlavor(CoherentScattering.Sources.NeutrinoFlavor.ElectronNeutrino) + events.ByFlavor(CoherentScattering.Sources.NeutrinoFlavor.MuonAntineutrino)) * delayed;
        Assert.That(delayed, Is.EqualTo(0.915).Within(0.0005), "release README: 0.915 of the delayed PDF at t < 6 µs");
        Assert.That(template.Total, Is.EqualTo(expected).Within(1e-9 * expected));
    }

    [Test(Description = "COHERENT 2017 (Science 357, 1123): 134 ± 22 fitted CEvNS events, 6.7σ")]
    public void Fit_ComparesWithTheCollaboration()
    {
        var likelihood = Coherent2017SpectralFit.Likelihood();
        var signal = likelihood.ProfileSignal(Coherent2017SpectralFit.SignalComponent, 0, 400, 81);
        var (fit, profile, oneSigma, zero) = (signal.Fit, signal.Profile, signal.Profile.IntervalsBelow(1.0), signal.DeltaAtZero);
        TestContext.Out.WriteLine($"fit: {string.Join(", ", fit.Events.Select(p => $"{p.Key} {p.Value:F1}"))}; 1σ {string.Join(" ∪ ", oneSigma)}; Δ at zero {zero:F2} ({Math.Sqrt(zero):F1}σ)");
        Assert.That(fit.EventsOf("cevns"), Is.GreaterThan(0));
        Assert.That(zero, Is.GreaterThan(4), "CEvNS is seen above 2σ");
    }
}

public class Coherent2017ResponseChainTests
{
    [Test(Description = "The linear PE observable without smearing is one case of the chain: 1.17 PE/keVnr, continuous acceptance")]
    public void ChainWithoutSmearing_ReproducesTheBinnedCalculator()
    {
        var chain = Coherent2017SpectralFit.Response(GaussianResolution.None, quenchingFactor: 0.0878, lightYield: 1.17 / 0.0878);
        var viaChain = Coherent2017SpectralFit.SignalTemplateThrough(chain);
        var direct = Coherent2017SpectralFit.SignalTemplate();
        Assert.That(viaChain.Total, Is.EqualTo(direct.Total).Within(1e-8 * direct.Total), "both integrate the same piecewise-smooth rate");
        Assert.That(viaChain.Project(0), Is.EqualTo(direct.Project(0)).Within(1e-8 * direct.Total));
    }

    [Test(Description = "A response chain's prepared Poisson columns equal PoissonPhotoelectrons.Distribute, for means from 0 to far beyond the bins and edges off the integers")]
    public void PreparedPoissonColumns_EqualTheDistribution()
    {
        // The wide axis has columns of more than 512 counts (the single-recurrence path) and the short ones every
        // remainder of the four interleaved recurrences.
        var axes = new[] { HistogramAxis.Uniform("PE", "PE", 6, 30, 12), new HistogramAxis("PE", "PE", [0, 0.5, 3.7, 9, 40.2]),
            new HistogramAxis("PE", "PE", [2, 3, 4, 5, 6, 7]), HistogramAxis.Uniform("PE", "PE", 0, 3000, 60) };
        foreach (var axis in axes)
        {
            var chain = new ResponseChain(new LinearQuenching(1), 1, PoissonPhotoelectrons.Instance, Coherent2017Acceptance.BinCentres, axis);
            foreach (double mu in new[] { 0, 1e-300, 0.3, 1, 2.5, 5.5, 17.25, 29.9, 61, 400, 1000, 2500, 1e5 })
            {
                var direct = new double[axis.Count];
                PoissonPhotoelectrons.Instance.Distribute(mu, axis.Edges, Coherent2017Acceptance.BinCentres, direct);
                var column = chain.Column(mu * 1e-3); // T in MeV with x = 1 × E_ee = T/keV
                Assert.That(column, Is.EqualTo(direct).Within(1e-12).Percent, $"μ = {mu}, {axis}");
            }
        }
    }

    [Test(Description = "Columns filled four at a time (one vector lane per column) equal PoissonPhotoelectrons.Distribute, for groups that mix small, large and out-of-range means")]
    public void PreparedPoissonColumnsInBatches_EqualTheDistribution()
    {
        var axes = new[] { HistogramAxis.Uniform("PE", "PE", 6, 30, 12), new HistogramAxis("PE", "PE", [0, 0.5, 3.7, 9, 40.2]),
            new HistogramAxis("PE", "PE", [2, 3, 4, 5, 6, 7]), HistogramAxis.Uniform("PE", "PE", 0, 3000, 60) };
        double[] means = [0.3, 1, 2.5, 5.5, 17.25, 29.9, 61, 400, 599, 0, 1000, 7, 1e-300, 2500, 8, 9, 1e5, 12.5, 13, 14.5, 100];
        foreach (var axis in axes)
        {
            var chain = new ResponseChain(new LinearQuenching(1), 1, PoissonPhotoelectrons.Instance, Coherent2017Acceptance.BinCentres, axis);
            var columns = new double[means.Length * axis.Count];
            Array.Fill(columns, 0.5); // cleared by the fill
            chain.FillMany(means.Select(mu => mu * 1e-3).ToArray(), columns); // T in MeV with x = 1 × E_ee = T/keV
            for (int k = 0; k < means.Length; k++)
            {
                var direct = new double[axis.Count];
                PoissonPhotoelectrons.Instance.Distribute(means[k], axis.Edges, Coherent2017Acceptance.BinCentres, direct);
                var column = columns.AsSpan(k * axis.Count, axis.Count).ToArray();
                for (int b = 0; b < axis.Count; b++)
                {
                    Assert.That(column[b], direct[b] == 0 ? Is.Zero : Is.EqualTo(direct[b]).Within(1e-12 * direct[b]), $"μ = {means[k]}, bin {b}, {axis}");
                }
            }
        }
    }

    [Test(Description = "Poisson smearing of a single PE value reproduces the Poisson probabilities")]
    public void PoissonColumn_IsThePoissonDistribution()
    {
        var edges = Enumerable.Range(0, 41).Select(i => (double)i).ToArray();
        var column = new double[40];
        PoissonPhotoelectrons.Instance.Distribute(7.3, edges, PerfectAcceptance.Instance, column);
        for (int n = 0; n < 40; n++)
        {
            double expected = Math.Pow(7.3, n) * Math.Exp(-7.3) / MathNet.Numerics.SpecialFunctions.Factorial(n);
            Assert.That(column[n], Is.EqualTo(expected).Within(1e-12), $"n = {n}");
        }
    }

    [Test]
    public void PoissonSmearing_MovesTheFit()
    {
        var smeared = Coherent2017SpectralFit.SignalTemplateThrough(Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance));
        var likelihood = Coherent2017SpectralFit.Likelihood(smeared);
        var signal = likelihood.ProfileSignal("cevns", 0, 400, 81);
        var (fit, oneSigma, zero) = (signal.Fit, signal.OneSigma, signal.DeltaAtZero);
        TestContext.Out.WriteLine($"Poisson-smeared: predicted {smeared.Total:F1}, fitted {fit.EventsOf("cevns"):F1} {oneSigma}, Δ at zero {zero:F1} ({Math.Sqrt(zero):F2}σ)");
        Assert.That(fit.EventsOf("cevns"), Is.GreaterThan(0));
    }
}
