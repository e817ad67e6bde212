using System.Text;
using System.Text.Json;

namespace CoherentScattering.Cli;

/// <summary>Writes indented JSON with invariant number formatting. Every document of the tool starts with
/// <c>"schemaVersion"</c> (<see cref="SchemaVersion"/>, raised when a key changes meaning or is removed) and
/// <c>"units"</c>, the unit of each quantity by key ("1" for a dimensionless number; a dotted path for a key inside an
/// array of objects, e.g. <c>bins.events</c>).</summary>
internal static class JsonOutput
{
    /// <summary>The version of the tool's JSON documents.</summary>
    public const int SchemaVersion = 1;

    /// <summary>A JSON document: schemaVersion, units, then the properties the body writes.</summary>
    public static string Document(IEnumerable<(string Key, string Unit)> units, Action<Utf8JsonWriter> body) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("units");
        foreach (var (key, unit) in units)
        {
            w.WriteString(key, unit.Length == 0 ? "1" : unit);
        }

        w.WriteEndObject();
        body(w);
        w.WriteEndObject();
    });

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteInterval(Utf8JsonWriter w, double low, double high)
    {
        w.WriteStartArray();
        w.WriteNumberValue(low);
        w.WriteNumberValue(high);
        w.WriteEndArray();
    }

    /// <summary>An array of intervals [[low, high], …] under a name (a value, when the name is null).</summary>
    public static void WriteIntervals(Utf8JsonWriter w, string? name, IEnumerable<CoherentScattering.Statistics.Interval> intervals) =>
        WritePairs(w, name, intervals.Select(i => (i.Low, i.High)));

    /// <summary>A profile [[x, Δχ²], …] under the name <c>profile</c>.</summary>
    public static void WriteProfile(Utf8JsonWriter w, IReadOnlyList<double> grid, IReadOnlyList<double> delta) =>
        WritePairs(w, "profile", grid.Select((x, i) => (x, delta[i])));

    /// <summary>An array of pairs [[a, b], …] under a name (a value, when the name is null).</summary>
    public static void WritePairs(Utf8JsonWriter w, string? name, IEnumerable<(double A, double B)> pairs)
    {
        StartArray(w, name);

        foreach (var (a, b) in pairs)
        {
            WriteInterval(w, a, b);
        }

        w.WriteEndArray();
    }

    /// <summary>An array of strings under a name.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>An array of numbers under a name (a value, when the name is null).</summary>
    public static void WriteNumbers(Utf8JsonWriter w, string? name, IEnumerable<double> values)
    {
        StartArray(w, name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>An array of numbers or nulls under a name (a value, when the name is null).</summary>
    public static void WriteOptionalNumbers(Utf8JsonWriter w, string? name, IEnumerable<double?> values)
    {
        StartArray(w, name);
        foreach (var v in values)
        {
            if (v is { } value)
            {
                w.WriteNumberValue(value);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>The numbers or nulls of an array property.</summary>
    /// <exception cref="KeyNotFoundException">The property is missing.</exception>
    /// <exception cref="InvalidOperationException">An element that is neither a number nor null.</exception>
    public static double?[] ReadOptionalNumbers(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? (double?)null : x.GetDouble()).ToArray();

    /// <summary>The numbers of an array property.</summary>
    /// <exception cref="FormatException">A null, naming the file and property.</exception>
    public static double[] ReadNumbers(JsonElement root, string property, string file) =>
        ReadOptionalNumbers(root, property).Select(x => x ?? throw new FormatException($"{file}: \"{property}\" holds a null.")).ToArray();

    private static void StartArray(Utf8JsonWriter w, string? name)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }
    }
}
