namespace CoherentScattering.Experiments;

/// <summary>An invalid experiment file: names the file and the JSON key path (e.g. <c>detector.composition[0].nucleus</c>).</summary>
public sealed class ExperimentFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file.</param>
    /// <param name="key">JSON key path.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">Underlying exception, if any.</param>
    public ExperimentFormatException(string fileName, string key, string problem, Exception? inner = null)
        : base($"{Guard.Excerpt(fileName)}: '{Guard.Excerpt(key)}': {problem}", inner)
    {
        FileName = fileName;
        Key = key;
    }

    /// <summary>The file.</summary>
    public string FileName { get; }

    /// <summary>The JSON key path.</summary>
    public string Key { get; }
}
