using System.Globalization;

namespace CoherentScattering.IO;

/// <summary>
/// A numeric CSV table in the library's documented format: lines starting with <c>#</c> are comments, blank lines are
/// ignored, the first other line is a header of column names, every following line holds exactly as many
/// comma-separated invariant-culture numbers as the header has names. The last line needs no trailing newline.
/// <see cref="ParseWhitespace"/> and <see cref="LoadWhitespace"/> read whitespace-separated tables whose header is
/// optional (the COHERENT data releases).
/// </summary>
public sealed class CsvTable
{
    private readonly double[][] rows;
    private readonly int[] lines; // 1-based file line of each row

    private CsvTable(string source, IReadOnlyList<string> columns, double[][] rows, int[] lines)
    {
        Source = source;
        Columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    /// <summary>The file name or description the table was read from.</summary>
    public string Source { get; }

    /// <summary>Column names from the header.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => rows.Length;

    // <summary>The 1-based file line of data row <paramref name="row"/>.</summary>
    internal int LineOf(int row) => lines[row];

    /// <summary>A copy of one column.</summary>
    /// <param name="index">0-based column index.</param>
    public double[] Column(int index)
    {
        Guard.InRange(index, 0, Columns.Count - 1);
        return rows.Select(r => r[index]).ToArray();
    }

    /// <summary>Reads a table from a file.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <param name="expectedColumns">Required number of columns, or 0 to accept the header's count.</param>
    /// <exception cref="CsvFormatException">Malformed content (file, line and column named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">A directory, an unreadable path, or expectedColumns negative.</exception>
    public static CsvTable Load(string path, int expectedColumns = 0)
    {
        Guard.InRange(expectedColumns, 0, 10_000);
        using var reader = InputFile.OpenText(path, nameof(path));
        return Parse(reader, InputFile.DisplayName(path), expectedColumns);
    }

    /// <summary>Reads a table from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <param name="expectedColumns">Required number of columns, or 0 to accept the header's count.</param>
    /// <exception cref="CsvFormatException">Malformed content (file, line and column named).</exception>
    public static CsvTable Parse(TextReader reader, string source, int expectedColumns = 0)
    {
        Guard.InRange(expectedColumns, 0, 10_000);
        return Parse(reader, source, expectedColumns, headerOptional: false);
    }

    // <summary>A column name the format can hold: not empty, no comma or line break, not starting with '#'.</summary>
    internal static string CheckColumnName(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        return name.Trim().Length > 0 && name.IndexOfAny([',', '\n', '\r']) < 0 && !name.TrimStart().StartsWith('#') && name.Length <= 256 ? name
            : throw new ArgumentException($"Column name '{Guard.Excerpt(name)}' is empty, longer than 256 characters, contains a comma or line break, or starts with '#'.", paramName);
    }

    // <summary>Builds a typed object from the table; an invalid value becomes a <see cref="CsvFormatException"/> naming
    // this table's file and the line of the offending row (whole-table problems name line 0).</summary>
    internal T Build<T>(Func<CsvTable, T> create)
    {
        try
        {
            return create(this);
        }
        catch (ArgumentException e)
        {
            bool row = TableRow.TryGet(e, out int r, out int c) && r >= 0 && r < lines.Length;
            throw new CsvFormatException(Source, row ? lines[r] : 0, row ? c + 1 : 0, StripParameter(e));
        }
    }

    private static string StripParameter(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;

    // <summary>Reads a table whose header line may be absent (third-party files such as the COHERENT release).</summary>
    internal static CsvTable Parse(TextReader reader, string source, int expectedColumns, bool headerOptional) =>
        Parse(reader, source, expectedColumns, headerOptional, whitespace: false);

    /// <summary>Reads a table of whitespace-separated numbers (the format of the COHERENT data releases): lines starting
    /// with <c>#</c> are comments, blank lines are ignored, cells are separated by any run of spaces or tabs, and every
    /// row holds as many numbers as the first. The first other line may be a header of column names; when it holds
    /// numbers it is the first data row and the columns are named <c>column1</c>, <c>column2</c>, …. The last line needs
    /// no trailing newline.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <param name="expectedColumns">Required number of columns, or 0 to accept the first line's count.</param>
    /// <exception cref="CsvFormatException">Malformed content: a row with another number of values than the first, a
    /// value that is not a finite number, or no data (file, line and column named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">expectedColumns negative or above 10 000.</exception>
    public static CsvTable ParseWhitespace(TextReader reader, string source, int expectedColumns = 0)
    {
        Guard.InRange(expectedColumns, 0, 10_000);
        return Parse(reader, source, expectedColumns, headerOptional: true, whitespace: true);
    }

    /// <summary>Reads a table of whitespace-separated numbers from a file, in the format of
    /// <see cref="ParseWhitespace"/> (the header line optional).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="expectedColumns">Required number of columns, or 0 to accept the first line's count.</param>
    /// <exception cref="CsvFormatException">Malformed content (file, line and column named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">A directory, an unreadable path, or expectedColumns negative.</exception>
    public static CsvTable LoadWhitespace(string path, int expectedColumns = 0)
    {
        Guard.InRange(expectedColumns, 0, 10_000);
        using var reader = InputFile.OpenText(path, nameof(path));
        return ParseWhitespace(reader, InputFile.DisplayName(path), expectedColumns);
    }

    private static CsvTable Parse(TextReader reader, string source, int expectedColumns, bool headerOptional, bool whitespace)
    {
        ArgumentNullException.ThrowIfNull(reader);
        source = Guard.Excerpt(source ?? "(text)");
        string[]? header = null;
        var data = new List<double[]>();
        var dataLines = new List<int>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            string[] cells = whitespace ? trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : trimmed.Split(',');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                if (expectedColumns > 0 && header.Length != expectedColumns)
                {
                    throw new CsvFormatException(source, lineNumber, 0, $"header has {header.Length} columns, expected {expectedColumns}.");
                }

                if (headerOptional && header.All(h => double.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    header = Enumerable.Range(1, cells.Length).Select(i => Guard.Text($"column{i}")).ToArray();
                }
                else if (header.Any(h => double.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    throw new CsvFormatException(source, lineNumber, 0, "the first non-comment line must be a header of column names, found numbers.");
                }
                else
                {
                    continue;
                }
            }

            if (cells.Length != header.Length)
            {
                throw new CsvFormatException(source, lineNumber, Math.Min(cells.Length, header.Length) + 1,
                    $"expected {header.Length} {(whitespace ? "whitespace" : "comma")}-separated values, found {cells.Length}.");
            }

            var row = new double[cells.Length];
            for (int c = 0; c < cells.Length; c++)
            {
                if (!double.TryParse(cells[c].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]) || !double.IsFinite(row[c]))
                {
                    throw new CsvFormatException(source, lineNumber, c + 1, $"'{Guard.Excerpt(cells[c].Trim())}' is not a finite number.");
                }
            }

            data.Add(row);
            dataLines.Add(lineNumber);
        }

        if (header is null)
        {
            throw new CsvFormatException(source, lineNumber, 0, "no header line found (the file is empty or only comments).");
        }

        if (data.Count == 0)
        {
            throw new CsvFormatException(source, lineNumber, 0, "no data rows after the header.");
        }

        return new CsvTable(source, header, data.ToArray(), dataLines.ToArray());
    }

    /// <summary>Writes columns as CSV in the same format (optional comment lines, header, rows; round-trip precision).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="columnNames">Header names.</param>
    /// <param name="columns">Column data, all of equal length.</param>
    /// <param name="comments">Optional comment lines (written with a leading <c>#</c>).</param>
    /// <exception cref="ArgumentException">Columns of unequal length or not matching the names.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<double>> columns, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Guard.NoNulls(columnNames);
        Guard.NoNulls(columns);
        if (columnNames.Count != columns.Count || columns.Count == 0)
        {
            throw new ArgumentException("columnNames and columns must have the same, non-zero, count.", nameof(columns));
        }

        int n = columns[0].Count;
        if (columns.Any(c => c.Count != n))
        {
            throw new ArgumentException("All columns must have the same length.", nameof(columns));
        }

        foreach (var comment in Guard.NoNulls(comments ?? [], nameof(comments)))
        {
            writer.WriteLine("# " + comment.ReplaceLineEndings(" "));
        }

        foreach (string name in columnNames)
        {
            CheckColumnName(name, nameof(columnNames));
        }

        writer.WriteLine(string.Join(",", columnNames));
        for (int i = 0; i < n; i++)
        {
            writer.WriteLine(string.Join(",", columns.Select(c => c[i].ToString("R", CultureInfo.InvariantCulture))));
        }
    }
}
