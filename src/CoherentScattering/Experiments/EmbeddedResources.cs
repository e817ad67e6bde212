namespace CoherentScattering.Experiments;

// <summary>Access to the files embedded in the package (experiment presets and the COHERENT 2017 data release).</summary>
internal static class EmbeddedResources
{
    public static TextReader Open(string logicalName)
    {
        var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from the CoherentScattering assembly.");
        return new StreamReader(stream);
    }

    public static string ReadAll(string logicalName)
    {
        using var reader = Open(logicalName);
        return reader.ReadToEnd();
    }
}
