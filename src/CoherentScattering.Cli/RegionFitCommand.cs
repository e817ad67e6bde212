using System.Globalization;
using System.Text.Json;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary><c>fit --experiment A [--experiment B …] --parameter X --parameter Y [--range …] [--points N]
/// [--feldman-cousins N [--seed S] [--shard i/N --out FILE]] [--json]</c>: the 90 % C.L. region of two model parameters
/// on one or more experiments (a joint likelihood, each experiment profiled over its own nuisances at every point), by
/// Wilks' theorem for two degrees of freedom (Δ = 4.605) or by the Feldman–Cousins construction.</summary>
internal static class RegionFitCommand
{
    /// <summary>Grid points per parameter of a Wilks region and of a Feldman–Cousins region (without --points).</summary>
    public const int DefaultPoints = 101, FeldmanCousinsPoints = 21;

    private const string SliceFormat = "cevns-feldman-cousins-region-slice/1";

    /// <summary>The two parameters, each over its range (or its --range) on --points points (or <paramref name="defaultPoints"/>).</summary>
    public static (ModelParameter X, ModelParameter Y) Parameters(Options options, int defaultPoints)
    {
        int points = options.Points ?? defaultPoints;
        var x = ModelParameter.Find(options.Parameter!, options.Range) with { Points = points };
        var y = ModelParameter.Find(options.SecondParameter!, options.SecondRange) with { Points = points };
        return (x, y);
    }

    public static ParameterMap Compute(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y)
    {
        var parts = experiments.Select(ParameterFitCommand.LikelihoodOf).ToArray();
        IModelLikelihood likelihood = parts.Length == 1 ? parts[0] : new JointLikelihood(parts);
        return ParameterMap.ScanModels(likelihood, ModelParameter.Pair(x, y), Grid.Linear(x.Low, x.High, x.Points), Grid.Linear(y.Low, y.High, y.Points));
    }

    public static FeldmanCousinsRegion FeldmanCousins(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y, int pseudoExperiments, int seed,
        (int Index, int Count)? shard, IProgress<double>? progress = null)
    {
        var parts = ParameterFitCommand.SpectralLikelihoods(experiments);
        var model = ModelParameter.Pair(x, y);
        int size = x.Points * y.Points;
        int[]? points = shard is { } s ? ParameterFitCommand.SlicePoints(size, s) : null;
        return FeldmanCousinsRegion.Construct(Grid.Linear(x.Low, x.High, x.Points), Grid.Linear(y.Low, y.High, y.Points),
            (a, b) => parts.Select(p => p.For(model(a, b))).ToArray(), pseudoExperiments, seed, ParameterFitCommand.ConfidenceLevel, points, progress);
    }

    public static void Run(Options options, TextWriter output)
    {
        if (options.FeldmanCousins is not { } toys)
        {
            var (x, y) = Parameters(options, DefaultPoints);
            var map = Compute(options.Experiments, x, y);
            output.WriteLine(options.Json ? WilksJson(options.Experiments, x, y, map) : DescribeWilks(options.Experiments, x, y, map));
            return;
        }

        var (fx, fy) = Parameters(options, FeldmanCousinsPoints);
        FeldmanCousinsRegion fc;
        using (var progress = new ConsoleProgress("Feldman–Cousins"))
        {
            fc = FeldmanCousins(options.Experiments, fx, fy, toys, options.Seed, options.Shard, progress);
        }

        if (options.Shard is { } shard)
        {
            File.WriteAllText(options.OutputDirectory!, SliceJson(options.Experiments, fx, fy, fc));
            output.WriteLine($"slice {shard.Index}/{shard.Count} of the Feldman–Cousins region of {fx.Key} × {fy.Key} written to {options.OutputDirectory}; combine the slices with: merge FILE… [--json]");
            return;
        }

        output.WriteLine(options.Json ? FeldmanCousinsJson(options.Experiments, fx.Key, fy.Key, fc) : DescribeFeldmanCousins(options.Experiments, fx, fy, fc));
    }

    /// <summary>Whether a file is a slice of a region (rather than of a 1-D interval).</summary>
    public static bool IsRegionSlice(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String && f.GetString() == SliceFormat;

    /// <summary>The slices of one region combined.</summary>
    public static void Merge(IReadOnlyList<(string Name, JsonElement Root)> files, bool json, TextWriter output)
    {
        var slices = files.Select(f => ReadSlice(f.Name, f.Root)).ToArray();
        var (experiments, xKey, yKey) = (slices[0].Experiments, slices[0].X, slices[0].Y);
        if (slices.Any(s => s.X != xKey || s.Y != yKey || !s.Experiments.SequenceEqual(experiments)))
        {
            throw new ArgumentException("the slices are of different fits (experiments or parameters).");
        }

        var fc = FeldmanCousinsRegion.Merge(slices.Select(s => s.Region));
        output.WriteLine(json ? FeldmanCousinsJson(experiments, xKey, yKey, fc)
            : DescribeFeldmanCousins(experiments, ModelParameter.Find(xKey) with { Points = fc.XGrid.Count }, ModelParameter.Find(yKey) with { Points = fc.YGrid.Count }, fc));
    }

    // The units of a region document: x and y in their parameters' units, Δχ² dimensionless.
    private static (string, string)[] RegionUnits(string xUnit, string yUnit)
    {
        string x = xUnit.Length == 0 ? "1" : xUnit, y = yUnit.Length == 0 ? "1" : yUnit;
        return [("x", x), ("y", y), ("bestFit", $"[{x}, {y}]"), ("deltaChiSquared", "1"), ("criticalValues", "1"), ("boundary", $"[{x}, {y}, {x}, {y}]: segments [x1, y1, x2, y2]"), ("boundaryLines", $"[[{x}, {y}], …]: ordered polylines, a closed one repeating its first point")];
    }

    private static string SliceJson(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y, FeldmanCousinsRegion fc) => JsonOutput.Serialize(
        new RegionSliceDocument(JsonOutput.SchemaVersion, JsonOutput.Units(RegionUnits(x.Unit, y.Unit)), SliceFormat, experiments, [x.Key, y.Key], fc.ConfidenceLevel,
            fc.PseudoExperiments, fc.Seed, fc.XGrid, fc.YGrid, fc.DeltaChiSquaredValues, fc.CriticalValues), CliJsonContext.Default.RegionSliceDocument);

    private static (IReadOnlyList<string> Experiments, string X, string Y, FeldmanCousinsRegion Region) ReadSlice(string name, JsonElement root) => ParameterFitCommand.Slice(name, () =>
    {
        var parameters = root.GetProperty("parameters").EnumerateArray().Select(p => p.GetString() ?? "").ToArray();
        if (parameters.Length != 2)
        {
            throw new FormatException($"{name}: \"parameters\" must hold two keys.");
        }

        var region = FeldmanCousinsRegion.FromValues(JsonOutput.ReadNumbers(root, "x", name), JsonOutput.ReadNumbers(root, "y", name), JsonOutput.ReadNumbers(root, "deltaChiSquared", name),
            JsonOutput.ReadOptionalNumbers(root, "criticalValues"), root.GetProperty("confidenceLevel").GetDouble(), root.GetProperty("pseudoExperiments").GetInt32(),
            root.GetProperty("seed").GetInt32());
        return ((IReadOnlyList<string>)root.GetProperty("experiments").EnumerateArray().Select(x => x.GetString() ?? "").ToArray(), parameters[0], parameters[1], region);
    });

    // The JSON of a 2-D region: Δχ² and the acceptance per grid point as rows of x (deltaChiSquared[i][j] at (x_i, y_j)),
    // the best fit, and the boundary as segments [x1, y1, x2, y2].
    private static string RegionJson(IReadOnlyList<string> experiments, string xKey, string yKey, (double X, double Y) bestFit, double confidenceLevel, string method,
        IReadOnlyList<double> x, IReadOnlyList<double> y, Func<int, int, double> delta, Func<int, int, bool> allowed, Func<int, int, double?>? critical,
        IReadOnlyList<ContourSegment> boundary, IReadOnlyList<ContourLine> lines) => JsonOutput.Serialize(new RegionDocument(JsonOutput.SchemaVersion,
        JsonOutput.Units(RegionUnits(ModelParameter.Find(xKey).Unit, ModelParameter.Find(yKey).Unit)), experiments, [xKey, yKey], [bestFit.X, bestFit.Y], confidenceLevel,
        method, x, y, Rows(x.Count, y.Count, delta), critical is null ? null : Rows(x.Count, y.Count, critical), Rows(x.Count, y.Count, allowed),
        boundary.Select(s => new[] { s.X1, s.Y1, s.X2, s.Y2 }).ToArray(), lines.Select(l => l.Points.Select(p => new[] { p.X, p.Y }).ToArray()).ToArray()),
        CliJsonContext.Default.RegionDocument);

    // Values on the grid as rows of x: rows[i][j] at (x_i, y_j).
    private static T[][] Rows<T>(int nx, int ny, Func<int, int, T> value) =>
        Enumerable.Range(0, nx).Select(i => Enumerable.Range(0, ny).Select(j => value(i, j)).ToArray()).ToArray();

    public static string WilksJson(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y, ParameterMap map) =>
        RegionJson(experiments, x.Key, y.Key, map.BestFit, ParameterFitCommand.ConfidenceLevel, "wilks", map.XGrid, map.YGrid, map.DeltaChiSquared,
            (i, j) => map.IsAllowed(i, j, ParameterFitCommand.ConfidenceLevel), null, map.Contour(ParameterFitCommand.ConfidenceLevel),
            map.ContourLines(ParameterFitCommand.ConfidenceLevel));

    private static string FeldmanCousinsJson(IReadOnlyList<string> experiments, string xKey, string yKey, FeldmanCousinsRegion fc) =>
        RegionJson(experiments, xKey, yKey, fc.BestFit, fc.ConfidenceLevel, "feldman-cousins", fc.XGrid, fc.YGrid, fc.DeltaChiSquared, fc.IsAccepted, fc.CriticalValue, fc.Boundary(),
            fc.BoundaryLines());

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

    // The allowed grid points' extent along each axis (the region's shadow on it).
    private static string Extent(IReadOnlyList<double> x, IReadOnlyList<double> y, Func<int, int, bool> allowed)
    {
        var cells = (from i in Enumerable.Range(0, x.Count) from j in Enumerable.Range(0, y.Count) where allowed(i, j) select (i, j)).ToArray();
        return cells.Length == 0 ? "no grid point allowed"
            : $"{cells.Length} of {x.Count * y.Count} grid points allowed; x in [{G(x[cells.Min(c => c.i)])}, {G(x[cells.Max(c => c.i)])}], y in [{G(y[cells.Min(c => c.j)])}, {G(y[cells.Max(c => c.j)])}] (grid points)";
    }

    private static string Header(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y) =>
        $"{x.Label} × {y.Label} on {string.Join(" + ", experiments)} ({(experiments.Count > 1 ? "joint likelihood, each experiment's own nuisances" : "spectral or counting likelihood")}), {x.Points} × {y.Points} points over [{G(x.Low)}, {G(x.High)}] × [{G(y.Low)}, {G(y.High)}]:";

    public static string DescribeWilks(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y, ParameterMap map) => string.Join(Environment.NewLine,
        Header(experiments, x, y),
        $"  best fit ({G(map.BestFit.X)}, {G(map.BestFit.Y)}); 90 % C.L. region (Wilks, 2 parameters, Δ = 4.605): {Extent(map.XGrid, map.YGrid, (i, j) => map.IsAllowed(i, j))}",
        "  the region's Δχ² map and boundary: --json");

    private static string DescribeFeldmanCousins(IReadOnlyList<string> experiments, ModelParameter x, ModelParameter y, FeldmanCousinsRegion fc)
    {
        var critical = fc.CriticalValues.Select(c => c ?? 0).ToArray();
        return string.Join(Environment.NewLine,
            Header(experiments, x, y),
            $"  Feldman–Cousins, {fc.PseudoExperiments} pseudo-experiments at each point (seed {fc.Seed}); best fit ({G(fc.BestFit.X)}, {G(fc.BestFit.Y)})",
            $"  90 % C.L. region: {Extent(fc.XGrid, fc.YGrid, fc.IsAccepted)}",
            $"  by Wilks on the same grid (Δ = 4.605): {Extent(fc.XGrid, fc.YGrid, (i, j) => fc.DeltaChiSquared(i, j) <= ChiSquaredThreshold.For(fc.ConfidenceLevel, 2))}",
            $"  critical Δ from {G(critical.Min())} to {G(critical.Max())} (Wilks: 4.605)");
    }
}
