using System.Text.Json;

namespace CoherentScattering.Experiments;

// The JSON primitives of the reader: objects with their required and optional keys, strings and numbers, each error
// naming the key.
internal sealed partial class ExperimentReader
{
    private void Object(JsonElement e, string key, string[] required, string[] optional)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error(key, $"must be a JSON object, found {e.ValueKind}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            string name = PropertyName(property, key);
            if (!required.Contains(name, StringComparer.Ordinal) && !optional.Contains(name, StringComparer.Ordinal))
            {
                throw Error(Join(key, Guard.Excerpt(name)), $"unknown key; valid keys here: {string.Join(", ", required.Concat(optional))}.");
            }

            if (!seen.Add(name))
            {
                throw Error(Join(key, name), "duplicate key: each key may appear only once in an object.");
            }
        }

        foreach (string name in required)
        {
            if (!e.TryGetProperty(name, out _))
            {
                throw Error(Join(key, name), "missing required key.");
            }
        }
    }

    private static string Join(string parent, string name) => parent == "$" ? name : parent + "." + name;

    private string PropertyName(JsonProperty property, string parent)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw Error(parent, "a key is not valid text (a lone UTF-16 surrogate).", ex);
        }
    }

    private string String(JsonElement e, string key)
    {
        string? value = e.ValueKind == JsonValueKind.String ? AnyText(e, key) : null;
        return !string.IsNullOrWhiteSpace(value) ? value
            : throw Error(key, $"must be a non-empty string, found {e.ValueKind}.");
    }

    // The text of a JSON string, possibly empty; a lone UTF-16 surrogate is a format error.
    private string AnyText(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            throw Error(key, $"must be a string, found {e.ValueKind}.");
        }

        try
        {
            return e.GetString() ?? "";
        }
        catch (InvalidOperationException ex)
        {
            throw Error(key, "must be valid text (found a lone UTF-16 surrogate).", ex);
        }
    }

    private double Number(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double v) && double.IsFinite(v) ? v
            : throw Error(key, $"must be a finite number, found {e.ValueKind} {Guard.Excerpt(e.GetRawText())}.");

    private double Positive(JsonElement e, string key)
    {
        double v = Number(e, key);
        return v > 0 ? v : throw Error(key, Guard.Text($"must be > 0, got {v}."));
    }
}
