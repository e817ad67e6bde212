using System.Globalization;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace Coherent2017;

/// <summary><c>fit --experiment coherent-2020-lar [--signal model|release] [--json]</c>: the binned Poisson fit of the
/// CENNS-10 release in energy × F90 × t_trig, the CEvNS count floating freely and the backgrounds constrained.</summary>
internal static class FitCommand
{
    public const string LarPreset = "coherent-2020-lar";

    /// <summary>The result of one spectral fit.</summary>
    public sealed record Result(string Experiment, string Signal, double PredictedSignal, TemplateFit Fit, Interval OneSigma, double DeltaAtZero, ParameterProfile Profile);

    public static Result Compute(string experiment, string signal)
    {
        if (experiment != LarPreset)
        {
            throw new ArgumentException($"no spectral fit is available for '{(experiment.Length > 60 ? experiment[..60] + "…" : experiment)}' yet; available: {LarPreset}.");
        }

        var prediction = Coherent2020LarRelease.PredictEnergySpectrum();
        var likelihood = signal switch
        {
            "release" => Coherent2020LarRelease.TemplateLikelihood(),
            "model" => Coherent2020LarRelease.Likelihood(Coherent2020LarRelease.SignalTemplate(prediction)),
            _ => throw new UsageException($"--signal must be 'model' or 'release', got '{signal}'."),
        };
        const string s = Coherent2020LarRelease.SignalComponent;
        var fit = likelihood.Fit();
        var profile = likelihood.Profile(s, 0, 400, 41);
        var oneSigma = profile.IntervalsBelow(1.0).First(i => i.Contains(fit.EventsOf(s)) || i.Contains(profile.BestFit));
        double atZero = likelihood.Fit(new Dictionary<string, double> { [s] = 0 }).MinusTwoLogLikelihood - fit.MinusTwoLogLikelihood;
        return new Result(experiment, signal, prediction.Total, fit, oneSigma, atZero, profile);
    }

    public static void Run(string experiment, string signal, bool json, TextWriter output)
    {
        var r = Compute(experiment, signal);
        output.WriteLine(json ? ToJson(r) : Describe(r));
    }

    public static string ToJson(Result r) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("experiment", r.Experiment);
        w.WriteNumber("predictedSignal", r.PredictedSignal);
        w.WriteNumber("bestFitSignal", r.Fit.EventsOf(Coherent2020LarRelease.SignalComponent));
        w.WritePropertyName("signalInterval1Sigma");
        JsonOutput.WriteInterval(w, r.OneSigma.Low, r.OneSigma.High);
        w.WriteNumber("deltaChi2AtZeroSignal", r.DeltaAtZero);
        w.WriteStartObject("nuisances");
        foreach (var (name, value) in r.Fit.Events.Where(p => p.Key != Coherent2020LarRelease.SignalComponent))
        {
            w.WriteNumber(name, value);
        }

        w.WriteEndObject();
        w.WriteStartArray("profile");
        var delta = r.Profile.DeltaChiSquared;
        for (int i = 0; i < r.Profile.Grid.Count; i++)
        {
            JsonOutput.WriteInterval(w, r.Profile.Grid[i], delta[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Describe(Result r)
    {
        var fit = r.Fit;
        string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        return string.Join(Environment.NewLine,
            $"CENNS-10 liquid argon, binned Poisson fit in energy × F90 × t_trig (signal: {(r.Signal == "model" ? "this library's Standard-Model prediction spread with the release's (F90, t) shape" : "the release's CEvNS template")}):",
            $"  predicted CEvNS (this library, 0–120 keVee): {F(r.PredictedSignal)}   (release central value 128 ± 17)",
            $"  fitted CEvNS {F(fit.EventsOf("cevns"))}, 1σ [{F(r.OneSigma.Low)}, {F(r.OneSigma.High)}]   (COHERENT: 159 ± 43)",
            $"  prompt BRN {F(fit.EventsOf("promptNeutrons"))} (553 ± 34), delayed BRN {F(fit.EventsOf("delayedNeutrons"))} (10 ± 11), steady state {F(fit.EventsOf("steadyState"))} (3131 ± 23)",
            $"  Δ(−2 ln L) at zero CEvNS: {r.DeltaAtZero.ToString("F2", CultureInfo.InvariantCulture)} ({Math.Sqrt(Math.Max(r.DeltaAtZero, 0)).ToString("F1", CultureInfo.InvariantCulture)}σ); shape systematics not profiled here");
    }
}
