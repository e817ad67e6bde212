using System.Text.Json;

namespace CoherentScattering.Cli;

/// <summary>The tool's JSON: typed documents (<see cref="CliJsonContext"/>, indented, invariant numbers), each starting
/// with <c>"schemaVersion"</c> (<see cref="SchemaVersion"/>, raised when a key changes meaning or is removed) and
/// <c>"units"</c>, the unit of each quantity by key ("1" for a dimensionless number; a dotted path for a key inside an
/// array of objects, e.g. <c>bins.events</c>); and the readers of the slice files.</summary>
internal static class JsonOutput
{
    /// <summary>The version of the tool's JSON documents.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The units object of a document: "1" for a dimensionless number.</summary>
    public static OrderedDictionary<string, string> Units(IEnumerable<(string Key, string Unit)> units)
    {
        var result = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, unit) in units)
        {
            result[key] = unit.Length == 0 ? "1" : unit;
        }

        return result;
    }

    /// <summary>A typed document serialised by the source-generated context.</summary>
    public static string Serialize<T>(T document, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(document, type);

    /// <summary>Intervals as [[low, high], …].</summary>
    public static double[][] Pairs(IEnumerable<CoherentScattering.Statistics.Interval> intervals) => intervals.Select(i => new[] { i.Low, i.High }).ToArray();

    /// <summary>A profile as [[x, Δχ²], …].</summary>
    public static double[][] Profile(IReadOnlyList<double> grid, IReadOnlyList<double> delta) => grid.Select((x, i) => new[] { x, delta[i] }).ToArray();

    /// <summary>The numbers or nulls of an array property.</summary>
    /// <exception cref="KeyNotFoundException">The property is missing.</exception>
    /// <exception cref="InvalidOperationException">An element that is neither a number nor null.</exception>
    public static double?[] ReadOptionalNumbers(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? (double?)null : x.GetDouble()).ToArray();

    /// <summary>The numbers of an array property.</summary>
    /// <exception cref="FormatException">A null, naming the file and property.</exception>
    public static double[] ReadNumbers(JsonElement root, string property, string file) =>
        ReadOptionalNumbers(root, property).Select(x => x ?? throw new FormatException($"{file}: \"{property}\" holds a null.")).ToArray();
}
