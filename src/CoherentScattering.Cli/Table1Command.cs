using System.Globalization;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary><c>table1</c>: all 15 rows of the paper's Table I, ours beside the paper's.</summary>
internal static class Table1Command
{
    public sealed record Result(Table1Row Row, IReadOnlyList<Interval> Intervals, ParameterProfile Profile);

    public static IReadOnlyList<Result> Compute(PaperAnalysis analysis) =>
        Table1.Rows.AsParallel().AsOrdered().Select(row =>
        {
            var profile = row.Profile(analysis);
            return new Result(row, profile.Intervals(0.9), profile);
        }).ToArray();

    public static void Run(PaperAnalysis analysis, bool json, TextWriter output)
    {
        var results = Compute(analysis);
        if (json)
        {
            output.WriteLine(ToJson(results));
            return;
        }

        Write(results, output, analysis.ComparesWithCoherent2017Data);
    }

    // The paper's column only where it applies: on the COHERENT 2017 preset.
    public static void Write(IReadOnlyList<Result> results, TextWriter o, bool comparesWithPaper = true)
    {
        if (!comparesWithPaper)
        {
            o.WriteLine("Table I rows — 90 % C.L. limits (Δχ² = 2.7055, two pulls) on this experiment:");
            foreach (var r in results)
            {
                o.WriteLine($"  {r.Row.Key,-12} {r.Row.Unit,-11} {string.Join(" ∪ ", r.Intervals.Select(i => Format(i.Low, i.High)))}");
            }

            return;
        }

        o.WriteLine("Table I — 90 % C.L. limits (Δχ² = 2.7055, two pulls); ours beside the paper's:");
        o.WriteLine($"  {"parameter",-12} {"unit",-11} {"this library",-40} {"paper",-30}");
        foreach (var r in results)
        {
            string ours = string.Join(" ∪ ", r.Intervals.Select(i => Format(i.Low, i.High)));
            string paper = string.Join(" ∪ ", r.Row.Paper.Select(p => Format(p[0], p[1])));
            o.WriteLine($"  {r.Row.Key,-12} {r.Row.Unit,-11} {ours,-40} {paper,-30}");
        }

        o.WriteLine("  Differences and their causes: docs/physics.md (errata).");
    }

    private static string Format(double low, double high) => string.Create(CultureInfo.InvariantCulture, $"[{low:G4}, {high:G4}]");

    public static string ToJson(IReadOnlyList<Result> results) => JsonOutput.Serialize(new Table1Document(JsonOutput.SchemaVersion,
        JsonOutput.Units([("rows.intervals", "rows.unit"), ("rows.paper", "rows.unit")]),
        results.Select(r => new Table1RowDocument(r.Row.Key, r.Row.Unit, JsonOutput.Pairs(r.Intervals), r.Row.Paper.Select(p => new[] { p[0], p[1] }).ToArray())).ToArray()),
        CliJsonContext.Default.Table1Document);
}
