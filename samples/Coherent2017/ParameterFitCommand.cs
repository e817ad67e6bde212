using System.Globalization;
using System.Text.Json;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace Coherent2017;

/// <summary><c>fit --experiment A [--experiment B …] --parameter KEY [--json]</c>: the profile of −2 ln L in one model
/// parameter on the spectral fits of one or more experiments (a joint likelihood: the sum of each experiment's −2 ln L,
/// each profiled over its own normalisations; nothing is shared between experiments), with its 90 % C.L. intervals by
/// Wilks' theorem (Δ = 2.706).</summary>
internal static class ParameterFitCommand
{
    public const double ConfidenceLevel = 0.9;

    /// <summary>The result of one parameter fit.</summary>
    public sealed record Result(IReadOnlyList<string> Experiments, ModelParameter Parameter, ParameterProfile Profile)
    {
        public IReadOnlyList<Interval> Intervals => Profile.Intervals(ConfidenceLevel);
    }

    /// <summary>The model likelihood of an experiment: a spectral preset or file (its model template, normalisation
    /// constrained as in its JSON), or the counting preset <c>coherent-2017-csi</c> or a counting file (Eq. 6).</summary>
    /// <exception cref="ArgumentException">An unknown name or a file that is neither.</exception>
    public static IModelLikelihood LikelihoodOf(string experiment)
    {
        if (SpectralExperimentFile.Presets.Contains(experiment))
        {
            return SpectralExperimentFile.LoadPreset(experiment).ModelLikelihood();
        }

        if (ExperimentFile.Presets.Contains(experiment))
        {
            return ExperimentFile.LoadPreset(experiment).CreateCountingLikelihood();
        }

        if (!File.Exists(experiment))
        {
            throw new ArgumentException($"no experiment '{Short(experiment)}': name a JSON file or a preset ({string.Join(", ", SpectralExperimentFile.Presets.Concat(ExperimentFile.Presets))}).");
        }

        // A counting experiment has a "measurement"; anything else is read as a spectral fit (whose reader names what is wrong).
        bool counting;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(experiment));
            counting = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("measurement", out _);
        }
        catch (JsonException)
        {
            counting = false;
        }

        return counting ? ExperimentFile.Load(experiment).CreateCountingLikelihood() : SpectralExperimentFile.Load(experiment).ModelLikelihood();
    }

    public static Result Compute(IReadOnlyList<string> experiments, string key)
    {
        var parameter = ModelParameter.Find(key);
        var parts = experiments.Select(LikelihoodOf).ToArray();
        IModelLikelihood likelihood = parts.Length == 1 ? parts[0] : new JointLikelihood(parts);
        return new Result(experiments, parameter, ParameterProfile.ScanModels(likelihood, parameter.Model, parameter.Low, parameter.High, parameter.Points));
    }

    public static void Run(IReadOnlyList<string> experiments, string key, bool json, TextWriter output)
    {
        var r = Compute(experiments, key);
        output.WriteLine(json ? ToJson(r) : Describe(r));
    }

    public static string ToJson(Result r) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("experiments");
        foreach (var e in r.Experiments)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
        w.WriteString("parameter", r.Parameter.Key);
        w.WriteNumber("bestFit", r.Profile.BestFit);
        w.WriteStartArray("intervals");
        foreach (var i in r.Intervals)
        {
            JsonOutput.WriteInterval(w, i.Low, i.High);
        }

        w.WriteEndArray();
        w.WriteNumber("confidenceLevel", ConfidenceLevel);
        w.WriteString("method", "wilks");
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
        string unit = r.Parameter.Unit.Length > 0 ? $" [{r.Parameter.Unit}]" : "";
        string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        string Bound(Interval i) =>
            $"[{(i.LowIsScanEdge ? "≤ " : "")}{G(i.Low)}, {G(i.High)}{(i.HighIsScanEdge ? " (scan edge)" : "")}]";
        return string.Join(Environment.NewLine,
            $"{r.Parameter.Label}{unit} on {string.Join(" + ", r.Experiments)} ({(r.Experiments.Count > 1 ? "joint likelihood, each experiment's own nuisances" : "spectral or counting likelihood")}):",
            $"  best fit {G(r.Profile.BestFit)}; 90 % C.L. (Wilks, Δ = 2.706): {string.Join(" ∪ ", r.Intervals.Select(Bound))}",
            $"  scanned {G(r.Parameter.Low)} … {G(r.Parameter.High)} on {r.Parameter.Points} points");
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
