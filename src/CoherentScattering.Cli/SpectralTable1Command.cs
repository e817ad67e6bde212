using System.Globalization;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary><c>table1 --spectral</c>: the 15 parameters of Table I on the spectral fits (CsI 2017 and CsI 2021 in PE ×
/// time, CENNS-10, and each CsI set jointly with CENNS-10), 90 % C.L. by Wilks, beside the counting analysis (Eq. 6) and
/// the paper.</summary>
internal static class SpectralTable1Command
{
    /// <summary>The fits of a row: counting, CsI 2017 and CsI 2021 spectral, CENNS-10, and the two joint fits.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Experiments)> Fits =
    [
        ("counting", ["coherent-2017-csi"]),
        ("CsI 2017 PE × t", ["coherent-2017-csi-spectral"]),
        ("CsI 2021 PE × t", ["coherent-2021-csi"]),
        ("CENNS-10", ["coherent-2020-lar"]),
        ("CsI 2017 + CENNS-10", ["coherent-2017-csi-spectral", "coherent-2020-lar"]),
        ("CsI 2021 + CENNS-10", ["coherent-2021-csi", "coherent-2020-lar"]),
    ];

    /// <summary>One row: the intervals of each fit, or the reason it cannot be evaluated.</summary>
    public sealed record Row(Table1Row Parameter, IReadOnlyList<(IReadOnlyList<Interval>? Intervals, string? Failure)> Fits);

    public static IReadOnlyList<Row> Compute() => Table1.Rows.Select(row => new Row(row, Fits.Select(fit =>
    {
        try
        {
            return ((IReadOnlyList<Interval>?)ParameterFitCommand.Compute(fit.Experiments, row.Key).Intervals, (string?)null);
        }
        catch (ArgumentException e)
        {
            // A fit that cannot evaluate a row (a 1/T model on a region that starts at T = 0) shows why instead.
            return (null, e.Message.Contains("diverges", StringComparison.Ordinal) ? "1/T at T = 0" : "not evaluable");
        }
    }).ToArray())).ToArray();

    public static void Run(bool json, TextWriter output)
    {
        var rows = Compute();
        output.WriteLine(json ? ToJson(rows) : Describe(rows));
    }

    private static string Format(IReadOnlyList<Interval>? intervals, string? failure) =>
        intervals is null ? $"({failure})" : string.Join(" ∪ ", intervals.Select(i => string.Create(CultureInfo.InvariantCulture, $"[{i.Low:G3}, {i.High:G3}]")));

    public static string Describe(IReadOnlyList<Row> rows)
    {
        string Paper(Row r) => string.Join(" ∪ ", r.Parameter.Paper.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p[0]:G3}, {p[1]:G3}]")));
        // Each column as wide as its widest cell.
        var cells = rows.Select(r => (IReadOnlyList<string>)[r.Parameter.Key, Paper(r), .. r.Fits.Select(f => Format(f.Intervals, f.Failure))]).ToArray();
        IReadOnlyList<string> header = ["parameter", "paper", .. Fits.Select(f => f.Name)];
        var widths = header.Select((h, c) => Math.Max(h.Length, cells.Max(row => row[c].Length)) + 1).ToArray();
        string Line(IReadOnlyList<string> row) => "  " + string.Join(" ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd();
        var lines = new List<string> { "Table I on the spectral fits — 90 % C.L. (Wilks, Δ = 2.706), 201 points over each row's range; counting = Eq. (6):", Line(header) };
        lines.AddRange(cells.Select(Line));
        lines.Add("  Units as Table I (magnetic moments 1e-10 μ_B, charge radii 1e-32 cm²); joint fits: each experiment with its own nuisances.");
        return string.Join(Environment.NewLine, lines);
    }

    public static string ToJson(IReadOnlyList<Row> rows) => JsonOutput.Serialize(new SpectralTable1Document(JsonOutput.SchemaVersion,
        JsonOutput.Units([("rows.fits", "rows.unit")]), ParameterFitCommand.ConfidenceLevel, "wilks", rows.Select(r =>
        {
            var fits = new OrderedDictionary<string, System.Text.Json.Nodes.JsonNode?>(StringComparer.Ordinal);
            for (int f = 0; f < Fits.Count; f++)
            {
                var (intervals, failure) = r.Fits[f];
                fits[string.Join("+", Fits[f].Experiments)] = intervals is null
                    ? System.Text.Json.Nodes.JsonValue.Create(failure)
                    : new System.Text.Json.Nodes.JsonArray(intervals.Select(i => (System.Text.Json.Nodes.JsonNode?)new System.Text.Json.Nodes.JsonArray(i.Low, i.High)).ToArray());
            }

            return new SpectralTable1RowDocument(r.Parameter.Key, r.Parameter.Unit, fits);
        }).ToArray()), CliJsonContext.Default.SpectralTable1Document);
}
