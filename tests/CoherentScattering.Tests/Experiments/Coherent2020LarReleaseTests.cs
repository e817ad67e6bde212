using CoherentScattering.Experiments;
using CoherentScattering.IO;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Experiments;

public class Coherent2020LarReleaseTests
{
    [TestCase("datanobkgsub.txt", 3752.0, 0.5, Description = "Release README (companion Table 2): 3752 on-beam events")]
    [TestCase("cevnspdf.txt", 128.0, 0.5, Description = "CEvNS central-value prediction 128 ± 17")]
    [TestCase("brnpdf.txt", 497.0, 0.5, Description = "Prompt BRN prediction 497 ± 160")]
    [TestCase("delbrnpdf.txt", 33.0, 0.5, Description = "Delayed BRN prediction 33 ± 33")]
    [TestCase("bkgpdf.txt", 3152.0, 2.5, Description = "Steady state 3152 ± 25 (the YAML says 3154)")]
    public void ThreeDimensionalFile_TotalIsTheReleaseValue(string file, double total, double tolerance)
    {
        var h = Coherent2020LarRelease.Read(file);
        Assert.That(h.Count, Is.EqualTo(960));
        Assert.That(h.Total, Is.EqualTo(total).Within(tolerance));
    }

    [Test]
    public void EveryThreeDimensionalFile_ReadsOnTheSameBinning()
    {
        var data = Coherent2020LarRelease.Data;
        foreach (string file in Coherent2020LarRelease.ThreeDimensionalFiles)
        {
            Assert.That(Coherent2020LarRelease.Read(file).SameBinning(data), Is.True, file);
        }
    }

    [Test]
    public void ReleaseFormat_RowOffTheBinning_NamesFileAndLine()
    {
        string text = string.Join("\n", Enumerable.Range(0, 3).Select(i => "5 0.525 0.15 1")) + "\n7 0.525 0.15 1\n";
        var e = Assert.Throws<CsvFormatException>(() => Coherent2020LarRelease.ReadThreeDimensional(new StringReader(text), "bad.txt"));
        Assert.That(e!.FileName, Is.EqualTo("bad.txt"));
        Assert.That(e.Line, Is.EqualTo(2), "the second row repeats the first bin");
    }

    [Test]
    public void ReleaseFormat_MissingBins_IsAnError()
    {
        var e = Assert.Throws<CsvFormatException>(() => Coherent2020LarRelease.ReadThreeDimensional(new StringReader("5 0.525 0.15 1"), "short.txt"));
        Assert.That(e!.Message, Does.Contain("959 of the 960 bins are missing"));
    }

    [Test(Description = "COHERENT, PRL 126, 012002 and companion Table 2: CEvNS 159 ± 43 with BRN 553 ± 34, delayed BRN 10 ± 11, steady state 3131 ± 23 (their fit includes the shape systematics)")]
    public void TemplateFit_ReproducesTheCollaborationsFit()
    {
        var likelihood = Coherent2020LarRelease.TemplateLikelihood();
        var signal = likelihood.ProfileSignal(Coherent2020LarRelease.SignalComponent, 0, 400, 81);
        var (fit, profile, oneSigma, zero) = (signal.Fit, signal.Profile, signal.Profile.IntervalsBelow(1.0), signal.DeltaAtZero);
        TestContext.Out.WriteLine($"fit: {string.Join(", ", fit.Events.Select(p => $"{p.Key} {p.Value:F1}"))}; −2lnL {fit.MinusTwoLogLikelihood:F2} in {fit.Steps} steps");
        TestContext.Out.WriteLine($"1σ: {string.Join(" ∪ ", oneSigma)}; Δ(−2lnL) at zero CEvNS {zero:F2}");
        // Tolerances: about a tenth of each published uncertainty (their fit adds the shape systematics, ours does not).
        Assert.Multiple(() =>
        {
            Assert.That(fit.EventsOf("cevns"), Is.EqualTo(159).Within(5));
            Assert.That(fit.EventsOf("promptNeutrons"), Is.EqualTo(553).Within(5));
            Assert.That(fit.EventsOf("delayedNeutrons"), Is.EqualTo(10).Within(2));
            Assert.That(fit.EventsOf("steadyState"), Is.EqualTo(3131).Within(3));
            Assert.That(oneSigma, Has.Count.EqualTo(1));
            Assert.That(0.5 * (oneSigma[0].High - oneSigma[0].Low), Is.EqualTo(43).Within(5));
            Assert.That(profile.BestFit, Is.EqualTo(fit.EventsOf("cevns")).Within(0.5));
        });
    }

    [TestCase(OneSidedShape.Mirror)]
    [TestCase(OneSidedShape.PositiveOnly)]
    public void ShapeSystematicsFit_ProfilesTheTable3Systematics(OneSidedShape oneSided)
    {
        // COHERENT (companion Table 2): 159 ± 43 CEvNS events, the ±43 including these shape systematics.
        var likelihood = Coherent2020LarRelease.ShapeSystematicsLikelihood(oneSided);
        var signal = likelihood.ProfileSignal(Coherent2020LarRelease.SignalComponent, 0, 400, 81);
        var plain = Coherent2020LarRelease.TemplateLikelihood().ProfileSignal(Coherent2020LarRelease.SignalComponent, 0, 400, 81);
        var fit = signal.Fit;
        TestContext.Out.WriteLine($"{oneSided}: {string.Join(", ", fit.Events.Select(p => $"{p.Key} {p.Value:F1}"))}; −2lnL {fit.MinusTwoLogLikelihood:F2} in {fit.Steps} steps");
        TestContext.Out.WriteLine($"θ: {string.Join(", ", fit.ShapeParameters.Select(p => $"{p.Key} {p.Value:F3}"))}");
        TestContext.Out.WriteLine($"CEvNS {signal.BestFit:F1}, 1σ {signal.OneSigma} (half-width {0.5 * (signal.OneSigma.High - signal.OneSigma.Low):F1}); Δ(−2lnL) at zero {signal.DeltaAtZero:F2}");
        TestContext.Out.WriteLine($"central templates only: CEvNS {plain.BestFit:F1}, 1σ {plain.OneSigma}; Δ at zero {plain.DeltaAtZero:F2}");
        Assert.Multiple(() =>
        {
            Assert.That(likelihood.ShapeParameters, Is.EqualTo(new[] { "cevnsF90", "cevnsTimingMean", "brnEnergy", "brnTimingMean", "brnTimingWidth" }));
            Assert.That(signal.BestFit, Is.InRange(100, 220));
            Assert.That(signal.OneSigma.High - signal.OneSigma.Low, Is.GreaterThan(plain.OneSigma.High - plain.OneSigma.Low));
            Assert.That(fit.MinusTwoLogLikelihood, Is.LessThan(plain.Fit.MinusTwoLogLikelihood));
            Assert.That(signal.DeltaAtZero, Is.GreaterThan(4));
            Assert.That(fit.ShapeParameters.Select(p => Math.Abs(p.Value)), Has.All.LessThan(3));
        });
    }

    [TestCase("cevnsF90", 1, "SystErrors/cevnspdf+1sigF90.txt", "brnpdf.txt")]
    [TestCase("cevnsF90", -1, "SystErrors/cevnspdf-1sigF90.txt", "brnpdf.txt")]
    [TestCase("cevnsTimingMean", 1, "SystErrors/cevnspdfCEvNSTimingMeanSyst.txt", "brnpdf.txt")]
    [TestCase("brnEnergy", 1, "cevnspdf.txt", "SystErrors/brnpdf+1sigEnergy.txt")]
    [TestCase("brnEnergy", -1, "cevnspdf.txt", "SystErrors/brnpdf-1sigEnergy.txt")]
    [TestCase("brnTimingMean", 1, "cevnspdf.txt", "SystErrors/brnpdf+1sigBRNTimingMean.txt")]
    [TestCase("brnTimingMean", -1, "cevnspdf.txt", "SystErrors/brnpdf-1sigBRNTimingMean.txt")]
    [TestCase("brnTimingWidth", 1, "cevnspdf.txt", "SystErrors/brnpdfBRNTimingWidthSyst.txt")]
    public void ShapeParameterAtOneSigma_IsTheSwappedTemplateFit(string name, double theta, string cevns, string brn)
    {
        var likelihood = Coherent2020LarRelease.ShapeSystematicsLikelihood();
        var held = likelihood.ShapeParameters.ToDictionary(n => n, _ => 0.0);
        held[name] = theta;
        var (shaped, swapped) = (likelihood.Fit(held), Coherent2020LarRelease.TemplateLikelihood(cevns, brn).Fit());
        Assert.That(shaped.EventsOf("cevns"), Is.EqualTo(swapped.EventsOf("cevns")).Within(1e-3));
        Assert.That(shaped.MinusTwoLogLikelihood, Is.EqualTo(swapped.MinusTwoLogLikelihood + 1).Within(1e-6), "the prior θ² = 1 on top");
    }
}

public class Coherent2020LarPredictionTests
{
    [Test(Description = "Release CV prediction 128 ± 17 CEvNS events in 0–120 keVee (companion Table 2; their flux and response model)")]
    public void StandardModelPrediction_IsWithinTheReleaseUncertainty()
    {
        var spectrum = Coherent2020LarRelease.PredictEnergySpectrum();
        var release = Coherent2020LarRelease.Read("cevnspdf.txt").Project(0);
        TestContext.Out.WriteLine($"ours {spectrum.Total:F2}: {string.Join(" ", spectrum.Values.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        TestContext.Out.WriteLine($"release {release.Sum():F2}: {string.Join(" ", release.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.That(spectrum.Total, Is.EqualTo(128).Within(17));
    }

    [Test(Description = "A response column without smearing and with efficiency 1 puts the whole node into one bin")]
    public void ResponseWithoutSmearingAndFullEfficiency_ConservesEvents()
    {
        var chain = new global::CoherentScattering.Detector.ResponseChain(global::CoherentScattering.Detector.LinearQuenching.Cenns10, 1,
            global::CoherentScattering.Detector.GaussianResolution.None, global::CoherentScattering.Detector.PerfectAcceptance.Instance, Coherent2020LarRelease.EnergyAxis);
        for (double t = 0.001; t < 0.15; t += 0.01)
        {
            Assert.That(chain.Column(t).Sum(), Is.EqualTo(1).Within(1e-15), $"T = {t} MeV");
        }
    }

    [Test(Description = "Gaussian columns with efficiency 1 sum to the Gaussian's mass inside the bins (erf)")]
    public void GaussianColumn_SumsToInRangeFraction()
    {
        var chain = new global::CoherentScattering.Detector.ResponseChain(global::CoherentScattering.Detector.LinearQuenching.Cenns10, 1,
            global::CoherentScattering.Detector.GaussianResolution.Cenns10, global::CoherentScattering.Detector.PerfectAcceptance.Instance, Coherent2020LarRelease.EnergyAxis);
        foreach (double t in new[] { 0.004, 0.02, 0.1 })
        {
            double x = global::CoherentScattering.Detector.LinearQuenching.Cenns10.ElectronEquivalentKiloelectronvolts(t * 1e3), sigma = 0.58 * Math.Sqrt(x);
            double expected = 0.5 * (MathNet.Numerics.SpecialFunctions.Erf((120 - x) / (sigma * Math.Sqrt(2))) - MathNet.Numerics.SpecialFunctions.Erf((0 - x) / (sigma * Math.Sqrt(2))));
            Assert.That(chain.Column(t).Sum(), Is.EqualTo(expected).Within(1e-10), $"T = {t} MeV");
        }
    }

    [Test(Description = "Signal template from the prediction: energy projection equals the prediction")]
    public void SignalTemplate_KeepsTheEnergySpectrum()
    {
        var spectrum = Coherent2020LarRelease.PredictEnergySpectrum();
        var template = Coherent2020LarRelease.SignalTemplate(spectrum);
        Assert.That(template.Project(0), Is.EqualTo(spectrum.Values).Within(1e-9));
        var fit = Coherent2020LarRelease.Likelihood(template).Fit();
        TestContext.Out.WriteLine($"model-signal fit: {string.Join(", ", fit.Events.Select(p => $"{p.Key} {p.Value:F1}"))}");
        Assert.That(fit.EventsOf("cevns"), Is.GreaterThan(0));
    }

    [Test(Description = "The analytic π-DAR arrival times at t₀ = 440 ns (LArParametersAnlA.yaml) reproduce the release CEvNS PDF's t_trig distribution: within 1 % of the total in every bin")]
    public void AnalyticTiming_MatchesTheReleaseTimeDistribution()
    {
        var (analytic, release) = (Coherent2020LarRelease.AnalyticTimingTemplate(), Coherent2020LarRelease.Read("cevnspdf.txt"));
        var (a, r) = (analytic.Project(2), release.Project(2));
        Assert.That(analytic.Project(0), Is.EqualTo(Coherent2020LarRelease.PredictEnergySpectrum().Values).Within(1e-9), "the in-window energy spectrum");
        for (int t = 0; t < a.Length; t++)
        {
            Assert.That(a[t] / analytic.Total, Is.EqualTo(r[t] / release.Total).Within(0.01), $"t_trig bin {t}");
        }
    }

    [Test(Description = "Analytic timing keeps the physics the release PDF factorises away: the prompt ν_μ (30 MeV) recoils are softer than the Michel ones, so the first time bins hold a softer spectrum")]
    public void AnalyticTiming_CorrelatesEnergyWithArrivalTime()
    {
        var template = Coherent2020LarRelease.AnalyticTimingTemplate();
        double MeanEnergy(Histogram h, int t0, int t1)
        {
            double sum = 0, weight = 0;
            for (int e = 0; e < 12; e++)
            {
                for (int f = 0; f < 8; f++)
                {
                    for (int t = t0; t < t1; t++)
                    {
                        double v = h.Values[(e * 8 + f) * 10 + t];
                        (sum, weight) = (sum + v * (5 + 10 * e), weight + v);
                    }
                }
            }

            return sum / weight;
        }

        Assert.That(MeanEnergy(template, 0, 2), Is.LessThan(MeanEnergy(template, 4, 10) - 1), "prompt-dominated bins are softer by more than 1 keVee");
        var release = Coherent2020LarRelease.Read("cevnspdf.txt");
        Assert.That(MeanEnergy(release, 0, 2), Is.EqualTo(MeanEnergy(release, 4, 10)).Within(1e-4), "the release PDF has one energy spectrum at all times (to its printed digits)");
    }

    [Test(Description = "The pulse-mean parameter: θ = 0 is the fit with the 440-ns template, θ = ±1 the fits with the 640/240-ns templates (prior θ² = 1 on top)")]
    public void PulseMeanParameter_InterpolatesTheAnalyticTemplates()
    {
        var likelihood = Coherent2020LarRelease.PulseMeanLikelihood();
        Assert.That(likelihood.ShapeParameters, Is.EqualTo(new[] { Coherent2020LarRelease.PulseMeanParameter }));
        foreach (var (theta, mean) in new[] { (0.0, 440.0), (1.0, 640.0), (-1.0, 240.0) })
        {
            var held = likelihood.Fit(new Dictionary<string, double> { [Coherent2020LarRelease.PulseMeanParameter] = theta });
            var direct = Coherent2020LarRelease.Likelihood(Coherent2020LarRelease.AnalyticTimingTemplate(PionDecayArrivalTime.Cenns10.WithPulseMean(mean))).Fit();
            Assert.That(held.EventsOf("cevns"), Is.EqualTo(direct.EventsOf("cevns")).Within(1e-3), $"t₀ = {mean} ns");
            Assert.That(held.MinusTwoLogLikelihood, Is.EqualTo(direct.MinusTwoLogLikelihood + theta * theta).Within(1e-6), $"t₀ = {mean} ns");
        }

        var fit = likelihood.Fit();
        double pulse = fit.ShapeParameters.Single().Value;
        TestContext.Out.WriteLine($"pulse mean profiled: θ = {pulse:F3} (t₀ = {440 + 200 * pulse:F0} ns), {string.Join(", ", fit.Events.Select(p => $"{p.Key} {p.Value:F1}"))}");
        Assert.That(pulse, Is.InRange(-3.0, 3.0));
    }
}
