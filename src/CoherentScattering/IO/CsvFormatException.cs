namespace CoherentScattering.IO;

/// <summary>A malformed CSV file: names the file, the 1-based line and column, and what was wrong.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">File name or source description.</param>
    /// <param name="line">1-based line number (0 when the problem concerns the whole file).</param>
    /// <param name="column">1-based column number (0 when the problem concerns the whole line).</param>
    /// <param name="problem">What was wrong.</param>
    public CsvFormatException(string fileName, int line, int column, string problem)
        : base(Guard.Text($"{Guard.Excerpt(fileName)}, line {line}, column {column}: {problem}"))
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    /// <summary>File name or source description.</summary>
    public string FileName { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>1-based column number.</summary>
    public int Column { get; }
}
