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
}
