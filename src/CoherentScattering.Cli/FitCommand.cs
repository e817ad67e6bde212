using System.Globalization;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary><c>fit --experiment coherent-2020-lar|coherent-2017-csi-spectral|coherent-2021-csi|FILE.json [--signal model|release]
/// [--timing release|analytic] [--systematics] [--json]</c>: the binned Poisson fit of a COHERENT release (CENNS-10 in
/// energy × F90 × t_trig, CsI 2017 and the CsI full data set of 2021 in PE × time; the presets are spectral-fit JSON
/// files embedded in the library) or of
/// any spectral-fit JSON file, the CEvNS count floating freely and the backgrounds constrained. For CENNS-10,
/// <c>--timing analytic</c> gives the model's template π-DAR arrival times with the proton-pulse mean profiled, and
/// <c>--systematics</c> profiles the release's shape systematics (companion Table 3).</summary>
internal static class FitCommand
{
    public const string LarPreset = "coherent-2020-lar";
    public const string CsiPreset = "coherent-2017-csi-spectral";
    public const string Csi2021Preset = "coherent-2021-csi";

    /// <summary>The result of one spectral fit.</summary>
    public sealed record Result(string Experiment, string Signal, double PredictedSignal, SignalProfile Cevns, string Timing = "release", bool Systematics = false)
    {
        public TemplateFit Fit => Cevns.Fit;

        public Interval OneSigma => Cevns.OneSigma;

        public double DeltaAtZero => Cevns.DeltaAtZero;

        public ParameterProfile Profile => Cevns.Profile;

        /// <summary>The 90 % C.L. interval (Wilks, Δχ² = 2.71) holding the best fit.</summary>
        public Interval Ninety
        {
            get
            {
                var intervals = Profile.Intervals(0.9);
                double best = Fit.EventsOf(SpectralLikelihood.SignalComponent);
                return intervals.FirstOrDefault(i => i.Contains(best), intervals[0]);
            }
        }
    }

    public static Result Compute(string experiment, string signal) => Compute(experiment, signal, "release", false);

    public static Result Compute(string experiment, string signal, string timing, bool systematics)
    {
        var (likelihood, predicted, name) = Likelihood(experiment, signal, timing, systematics);
        var (high, points) = SignalGrid(predicted);
        return new Result(name, signal, predicted, likelihood.ProfileSignal(SpectralLikelihood.SignalComponent, 0, high, points), timing, systematics);
    }

    /// <summary>The CEvNS grid of the profile: 0 – 400 events in steps of 10, extended in the same steps to 2.5 × the
    /// prediction rounded up to a hundred when that is larger (the CsI 2021 data set predicts 337).</summary>
    public static (double High, int Points) SignalGrid(double predicted)
    {
        double high = Math.Max(400, 100 * Math.Ceiling(2.5 * predicted / 100));
        return (high, (int)(high / 10) + 1);
    }

    /// <summary>The likelihood of one spectral fit, the library's predicted CEvNS events in its region and the fit's
    /// name: a spectral preset or a spectral-fit JSON file (<see cref="SpectralExperimentFile"/>), the CEvNS count free.</summary>
    /// <exception cref="UsageException">A <paramref name="signal"/> other than <c>model</c> or <c>release</c>.</exception>
    /// <exception cref="ArgumentException">An experiment without a spectral fit, or <c>release</c> without a release
    /// template.</exception>
    public static (BinnedPoissonLikelihood Likelihood, double PredictedSignal, string Name) Likelihood(string experiment, string signal) =>
        Likelihood(experiment, signal, "release", false);

    /// <summary>The same with the CENNS-10 variants: analytic arrival times with the pulse mean profiled, or the release's
    /// shape systematics profiled.</summary>
    /// <exception cref="UsageException">A <paramref name="timing"/> other than <c>release</c> or <c>analytic</c>.</exception>
    /// <exception cref="ArgumentException">A variant on another experiment, or an impossible combination.</exception>
    public static (BinnedPoissonLikelihood Likelihood, double PredictedSignal, string Name) Likelihood(string experiment, string signal, string timing, bool systematics)
    {
        if (signal is not ("model" or "release"))
        {
            throw new UsageException($"--signal must be 'model' or 'release', got '{Short(signal)}'.");
        }

        if (timing is not ("release" or "analytic"))
        {
            throw new UsageException($"--timing must be 'release' or 'analytic', got '{Short(timing)}'.");
        }

        if (timing == "analytic" || systematics)
        {
            if (experiment != LarPreset)
            {
                throw new ArgumentException($"--timing analytic and --systematics apply to {LarPreset} only (the CENNS-10 release's PDFs and shape systematics).");
            }

            double predicted = Coherent2020LarRelease.PredictEnergySpectrum().Total;
            if (timing == "analytic")
            {
                return systematics ? throw new ArgumentException("choose --timing analytic (the pulse mean profiled) or --systematics (the release's shape systematics), not both.")
                    : signal == "release" ? throw new ArgumentException("--timing analytic builds the model's template: use --signal model.")
                    : (Coherent2020LarRelease.PulseMeanLikelihood(), predicted, LarPreset);
            }

            return (signal == "release" ? Coherent2020LarRelease.ShapeSystematicsLikelihood() : Coherent2020LarRelease.ModelShapeSystematicsLikelihood(), predicted, LarPreset);
        }

        if (signal == "release")
        {
            return experiment == LarPreset
                ? (Coherent2020LarRelease.TemplateLikelihood(), Coherent2020LarRelease.PredictEnergySpectrum().Total, LarPreset)
                : throw new ArgumentException($"only {LarPreset} has a release CEvNS template: use --signal model.");
        }

        SpectralExperiment spectral;
        if (SpectralExperimentFile.Presets.Contains(experiment))
        {
            spectral = SpectralExperimentFile.LoadPreset(experiment);
        }
        else if (experiment.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(experiment))
        {
            spectral = SpectralExperimentFile.Load(experiment);
        }
        else
        {
            throw new ArgumentException($"no spectral fit is available for '{Short(experiment)}': name a spectral-fit JSON file or a preset ({string.Join(", ", SpectralExperimentFile.Presets)}).");
        }

        var template = spectral.SignalTemplate();
        return (spectral.Likelihood(template), template.Total, spectral.Name);
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    public static void Run(string experiment, string signal, string timing, bool systematics, bool json, TextWriter output)
    {
        var r = Compute(experiment, signal, timing, systematics);
        output.WriteLine(json ? ToJson(r) : Describe(r));
    }

    private static readonly (string, string)[] FitUnits =
    [
        ("predictedSignal", "events"), ("bestFitSignal", "events"), ("signalInterval1Sigma", "events"), ("signalInterval90", "events"),
        ("deltaChi2AtZeroSignal", "1"), ("nuisances", "events (normalisations); 1σ of the constraint (shape parameters θ)"), ("profile", "[events, 1]: [CEvNS events, Δ(−2 ln L)]"),
    ];

    public static string ToJson(Result r)
    {
        var nuisances = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in r.Fit.Events.Where(p => p.Key != Coherent2020LarRelease.SignalComponent).Concat(r.Fit.ShapeParameters))
        {
            nuisances[name] = value; // normalisations in events, shape parameters θ in units of their 1σ
        }

        return JsonOutput.Serialize(new SpectralFitDocument(JsonOutput.SchemaVersion, JsonOutput.Units(FitUnits), r.Experiment, r.PredictedSignal,
            r.Fit.EventsOf(Coherent2020LarRelease.SignalComponent), [r.OneSigma.Low, r.OneSigma.High], [r.Ninety.Low, r.Ninety.High], r.DeltaAtZero, nuisances,
            JsonOutput.Profile(r.Profile.Grid, r.Profile.DeltaChiSquared)), CliJsonContext.Default.SpectralFitDocument);
    }

    public static string Describe(Result r)
    {
        var fit = r.Fit;
        string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        string significance = $"Δ(−2 ln L) at zero CEvNS: {r.DeltaAtZero.ToString("F2", CultureInfo.InvariantCulture)} ({Math.Sqrt(Math.Max(r.DeltaAtZero, 0)).ToString("F1", CultureInfo.InvariantCulture)}σ)";
        string ninety = $"90 % [{F(r.Ninety.Low)}, {F(r.Ninety.High)}]";
        if (r.Experiment == Csi2021Preset)
        {
            return string.Join(Environment.NewLine,
                "COHERENT CsI[Na] full data set (2021), binned Poisson fit in PE × arrival time (0–60 PE, 0–6 µs, the paper's bins; signal: this library's Standard-Model prediction through the release's response and the analytic π-DAR arrival times × the timing efficiency — the release's flux file in energy × time is missing):",
                $"  predicted CEvNS in the region: {F(r.PredictedSignal)}",
                $"  fitted CEvNS {F(fit.EventsOf("cevns"))}, 1σ [{F(r.OneSigma.Low)}, {F(r.OneSigma.High)}], {ninety}   (COHERENT 2021: 306 ± 20)",
                $"  steady state {F(fit.EventsOf("steadyState"))} (1286 ± 2.1 %), BRN {F(fit.EventsOf("promptNeutrons"))} (18.4 ± 25 %), NIN {F(fit.EventsOf("neutrinoInducedNeutrons"))} (5.6 ± 35.7 %)",
                "  " + significance);
        }

        if (r.Experiment is not (CsiPreset or LarPreset))
        {
            return string.Join(Environment.NewLine,
                $"{r.Experiment}, binned Poisson fit (signal: this library's Standard-Model prediction):",
                $"  predicted CEvNS in the region: {F(r.PredictedSignal)}",
                $"  fitted CEvNS {F(fit.EventsOf("cevns"))}, 1σ [{F(r.OneSigma.Low)}, {F(r.OneSigma.High)}], {ninety}",
                "  " + string.Join(", ", fit.Events.Where(p => p.Key != "cevns").Select(p => $"{p.Key} {F(p.Value)}")),
                "  " + significance);
        }

        if (r.Experiment == CsiPreset)
        {
            return string.Join(Environment.NewLine,
                "COHERENT 2017 CsI[Na], binned Poisson fit in PE × arrival time (6–30 PE, t < 6 µs; signal: this library's Standard-Model prediction through 0.0878 × 13.348 PE/keVee × the release's time PDFs):",
                $"  predicted CEvNS in the region: {F(r.PredictedSignal)}",
                $"  fitted CEvNS {F(fit.EventsOf("cevns"))}, 1σ [{F(r.OneSigma.Low)}, {F(r.OneSigma.High)}]   (COHERENT 2017: 134 ± 22, 6.7σ)",
                $"  prompt neutrons {F(fit.EventsOf("promptNeutrons"))} (5.42 ± 25 %), steady state {F(fit.EventsOf("steadyState"))} (405 ± 20 from the anticoincidence window)",
                "  " + significance);
        }

        string template = r.Signal == "release" ? "the release's CEvNS template"
            : r.Timing == "analytic" ? "this library's Standard-Model prediction, F90 from the release, π-DAR arrival times"
            : "this library's Standard-Model prediction spread with the release's (F90, t) shape";
        string shapes = r.Fit.ShapeParameters.Count == 0 ? "shape systematics not profiled here"
            : "θ: " + string.Join(", ", r.Fit.ShapeParameters.Select(p => $"{p.Key} {p.Value.ToString("+0.00;−0.00", CultureInfo.InvariantCulture)}"))
              + (r.Timing == "analytic" ? $" (pulse mean {F(440 + 200 * r.Fit.ShapeParameters[0].Value)} ns; 440 ± 200)" : "");
        return string.Join(Environment.NewLine,
            $"CENNS-10 liquid argon, binned Poisson fit in energy × F90 × t_trig (signal: {template}{(r.Systematics ? "; the release's shape systematics profiled" : "")}):",
            $"  predicted CEvNS (this library, 0–120 keVee): {F(r.PredictedSignal)}   (release central value 128 ± 17)",
            $"  fitted CEvNS {F(fit.EventsOf("cevns"))}, 1σ [{F(r.OneSigma.Low)}, {F(r.OneSigma.High)}]   (COHERENT: 159 ± 43)",
            $"  prompt BRN {F(fit.EventsOf("promptNeutrons"))} (553 ± 34), delayed BRN {F(fit.EventsOf("delayedNeutrons"))} (10 ± 11), steady state {F(fit.EventsOf("steadyState"))} (3131 ± 23)",
            $"  {significance}; {shapes}");
    }
}
