using System.Globalization;
using System.Text.Json;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

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

    public static Result Compute(IReadOnlyList<string> experiments, string key, (double Low, double High)? range = null, int? points = null)
    {
        var parameter = ModelParameter.Find(key, range) is var found && points is { } n ? found with { Points = n } : found;
        var parts = experiments.Select(LikelihoodOf).ToArray();
        IModelLikelihood likelihood = parts.Length == 1 ? parts[0] : new JointLikelihood(parts);
        return new Result(experiments, parameter, ParameterProfile.ScanModels(likelihood, parameter.Model, parameter.Low, parameter.High, parameter.Points));
    }

    public static void Run(IReadOnlyList<string> experiments, string key, bool json, TextWriter output, (double Low, double High)? range = null, int? points = null)
    {
        var r = Compute(experiments, key, range, points);
        output.WriteLine(json ? ToJson(r) : Describe(r));
    }

    /// <summary>Grid points of a Feldman–Cousins construction (over the parameter's scan range).</summary>
    public const int FeldmanCousinsPoints = 41;

    /// <summary>The Feldman–Cousins construction of a parameter on spectral fits (a slice of its grid when
    /// <paramref name="shard"/> is given: the points j with j mod N = i).</summary>
    /// <exception cref="ArgumentException">A counting experiment (pseudo-experiments need binned data).</exception>
    public static FeldmanCousinsInterval FeldmanCousins(IReadOnlyList<string> experiments, string key, int pseudoExperiments, int seed, (int Index, int Count)? shard = null,
        (double Low, double High)? range = null, IProgress<double>? progress = null, int? gridPoints = null)
    {
        var parameter = ModelParameter.Find(key, range) with { Points = gridPoints ?? FeldmanCousinsPoints };
        var parts = SpectralLikelihoods(experiments);
        var grid = Grid.Linear(parameter.Low, parameter.High, parameter.Points);
        int[]? points = shard is { } s ? SlicePoints(parameter.Points, s) : null;
        return FeldmanCousinsInterval.Construct(grid, x => parts.Select(p => p.For(parameter.Model(x))).ToArray(), pseudoExperiments, seed, ConfidenceLevel, points, progress);
    }

    /// <summary>The binned likelihoods of the experiments, for pseudo-experiments.</summary>
    /// <exception cref="ArgumentException">A counting experiment.</exception>
    public static SpectralLikelihood[] SpectralLikelihoods(IReadOnlyList<string> experiments) =>
        experiments.Select(e => LikelihoodOf(e) as SpectralLikelihood
            ?? throw new ArgumentException($"--feldman-cousins needs binned spectral fits; '{Short(e)}' is a counting experiment.")).ToArray();

    /// <summary>The grid points of shard i of N among <paramref name="size"/>: those p with p mod N = i.</summary>
    /// <exception cref="ArgumentException">A shard that holds no point.</exception>
    public static int[] SlicePoints(int size, (int Index, int Count) shard) =>
        shard.Index < size ? Enumerable.Range(0, size).Where(j => j % shard.Count == shard.Index).ToArray()
            : throw new ArgumentException($"shard {shard.Index}/{shard.Count} holds none of the {size} grid points: use at most {size} shards.");

    public static void RunFeldmanCousins(Options options, TextWriter output)
    {
        var key = options.Parameter!;
        FeldmanCousinsInterval fc;
        using (var progress = new ConsoleProgress("Feldman–Cousins"))
        {
            fc = FeldmanCousins(options.Experiments, key, options.FeldmanCousins!.Value, options.Seed, options.Shard, options.Range, progress, options.Points);
        }

        if (options.Shard is { } shard)
        {
            File.WriteAllText(options.OutputDirectory!, SliceJson(options.Experiments, key, fc));
            output.WriteLine($"slice {shard.Index}/{shard.Count} of the Feldman–Cousins construction of {key} written to {options.OutputDirectory}; combine the slices with: merge FILE… [--json]");
            return;
        }

        output.WriteLine(options.Json ? FeldmanCousinsJson(options.Experiments, key, fc) : DescribeFeldmanCousins(options.Experiments, ModelParameter.Find(key, options.Range), fc));
    }

    /// <summary><c>merge FILE… [--json]</c>: the slices of one Feldman–Cousins construction combined.</summary>
    public static void RunMerge(IReadOnlyList<string> files, bool json, TextWriter output)
    {
        if (files.Count == 0)
        {
            throw new UsageException("merge needs the slice files: merge FILE… [--json].");
        }

        var roots = files.Select(ReadSliceFile).ToArray();
        int regions = roots.Count(r => RegionFitCommand.IsRegionSlice(r.Root));
        if (regions > 0)
        {
            if (regions < roots.Length)
            {
                throw new ArgumentException("the slices mix an interval's and a region's construction.");
            }

            RegionFitCommand.Merge(roots, json, output);
            return;
        }

        var slices = roots.Select(r => ReadSlice(r.Name, r.Root)).ToArray();
        var (experiments, key) = (slices[0].Experiments, slices[0].Parameter);
        if (slices.Any(s => s.Parameter != key || !s.Experiments.SequenceEqual(experiments)))
        {
            throw new ArgumentException("the slices are of different fits (experiments or parameter).");
        }

        var fc = FeldmanCousinsInterval.Merge(slices.Select(s => s.Interval));
        output.WriteLine(json ? FeldmanCousinsJson(experiments, key, fc) : DescribeFeldmanCousins(experiments, ModelParameter.Find(key), fc));
    }

    // The units of a 1-D document: the parameter's unit for the keys holding parameter values, Δχ² dimensionless.
    private static (string, string)[] ParameterUnits(string key, params string[] parameterKeys)
    {
        string unit = ModelParameter.Find(key).Unit;
        return [.. parameterKeys.Select(k => (k, unit)), ("deltaChiSquared", "1"), ("criticalValues", "1"), ("profile", Bracket(unit) + ", 1]: [parameter, Δχ²]")];
    }

    private static string Bracket(string unit) => "[" + (unit.Length == 0 ? "1" : unit);

    private static string SliceJson(IReadOnlyList<string> experiments, string key, FeldmanCousinsInterval fc) => JsonOutput.Serialize(
        new IntervalSliceDocument(JsonOutput.SchemaVersion, JsonOutput.Units(ParameterUnits(key, "grid")), SliceFormat, experiments, key, fc.ConfidenceLevel,
            fc.PseudoExperiments, fc.Seed, fc.Grid, fc.DeltaChiSquared, fc.CriticalValues), CliJsonContext.Default.IntervalSliceDocument);

    private const string SliceFormat = "cevns-feldman-cousins-slice/1";

    // A slice file: its name and root element, checked to be a slice (of an interval or of a region).
    private static (string Name, JsonElement Root) ReadSliceFile(string file)
    {
        string name = Path.GetFileName(file);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
                && (format.GetString() == SliceFormat || RegionFitCommand.IsRegionSlice(root))
                ? (name, root)
                : throw new FormatException($"{name}: not a Feldman–Cousins slice (\"format\": \"{SliceFormat}\" or a region's).");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: {e.Message}", e);
        }
    }

    /// <summary>Reads one slice's contents; every malformed key a format error naming the file.</summary>
    public static T Slice<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new FormatException(e.Message.StartsWith(name, StringComparison.Ordinal) ? e.Message : $"{name}: {e.Message}", e);
        }
    }

    private static (IReadOnlyList<string> Experiments, string Parameter, FeldmanCousinsInterval Interval) ReadSlice(string name, JsonElement root) => Slice(name, () =>
    {
        var interval = FeldmanCousinsInterval.FromValues(JsonOutput.ReadNumbers(root, "grid", name), JsonOutput.ReadNumbers(root, "deltaChiSquared", name),
            JsonOutput.ReadOptionalNumbers(root, "criticalValues"), root.GetProperty("confidenceLevel").GetDouble(), root.GetProperty("pseudoExperiments").GetInt32(),
            root.GetProperty("seed").GetInt32());
        return ((IReadOnlyList<string>)root.GetProperty("experiments").EnumerateArray().Select(x => x.GetString() ?? "").ToArray(), root.GetProperty("parameter").GetString() ?? "", interval);
    });

    private static string FeldmanCousinsJson(IReadOnlyList<string> experiments, string key, FeldmanCousinsInterval fc) =>
        FitJson(experiments, key, fc.BestFit, fc.Intervals(), fc.ConfidenceLevel, "feldman-cousins", fc.Grid, fc.DeltaChiSquared);

    // The JSON of a 1-D fit (the keys of issue 11, in order).
    private static string FitJson(IReadOnlyList<string> experiments, string key, double bestFit, IEnumerable<Interval> intervals, double confidenceLevel, string method,
        IReadOnlyList<double> grid, IReadOnlyList<double> delta) => JsonOutput.Serialize(
        new ParameterFitDocument(JsonOutput.SchemaVersion, JsonOutput.Units(ParameterUnits(key, "bestFit", "intervals")), experiments, key, bestFit,
            JsonOutput.Pairs(intervals), confidenceLevel, method, JsonOutput.Profile(grid, delta)), CliJsonContext.Default.ParameterFitDocument);

    private static string DescribeFeldmanCousins(IReadOnlyList<string> experiments, ModelParameter parameter, FeldmanCousinsInterval fc)
    {
        string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        var wilks = FeldmanCousinsInterval.FromValues(fc.Grid, fc.DeltaChiSquared, fc.Grid.Select(_ => (double?)ChiSquaredThreshold.For(ConfidenceLevel, 1)).ToArray(),
            fc.ConfidenceLevel, fc.PseudoExperiments, fc.Seed).Intervals();
        return string.Join(Environment.NewLine,
            $"{parameter.Label} on {string.Join(" + ", experiments)}: Feldman–Cousins, {fc.PseudoExperiments} pseudo-experiments at each of {fc.Grid.Count} points (seed {fc.Seed}):",
            $"  90 % C.L.: {string.Join(" ∪ ", fc.Intervals().Select(i => $"[{G(i.Low)}, {G(i.High)}]"))}; on the same grid by Wilks (Δ = 2.706): {string.Join(" ∪ ", wilks.Select(i => $"[{G(i.Low)}, {G(i.High)}]"))}",
            $"  critical Δ from {G(fc.CriticalValues.Min() ?? 0)} to {G(fc.CriticalValues.Max() ?? 0)} (Wilks: 2.706)");
    }

    public static string ToJson(Result r) =>
        FitJson(r.Experiments, r.Parameter.Key, r.Profile.BestFit, r.Intervals, ConfidenceLevel, "wilks", r.Profile.Grid, r.Profile.DeltaChiSquared);

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
