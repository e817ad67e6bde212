using System.Text;
using System.Text.Json;

namespace Coherent2017;

/// <summary>Writes indented JSON with invariant number formatting.</summary>
internal static class JsonOutput
{
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
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

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

    /// <summary>An array of numbers under a name.</summary>
    public static void WriteNumbers(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }
}
