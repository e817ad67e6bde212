namespace CoherentScattering.IO;

/// <summary>
/// A measured (or predicted) binned spectrum: bins [low, high) of an observable with counts and their uncertainties.
/// CSV format: header, then columns low, high, counts, uncertainty (<c>#</c> comments allowed).
/// </summary>
public sealed class BinnedCounts
{
    private readonly double[] low, high, counts, uncertainty;

    /// <summary>Creates the spectrum.</summary>
    /// <param name="low">Lower bin edges.</param>
    /// <param name="high">Upper bin edges (each &gt; its lower edge).</param>
    /// <param name="counts">Counts (finite; may be negative for background-subtracted residuals).</param>
    /// <param name="uncertainty">1σ uncertainties (≥ 0).</param>
    /// <exception cref="ArgumentException">Unequal lengths, no bins, a bin with low ≥ high, non-finite values, negative uncertainty.</exception>
    public BinnedCounts(IReadOnlyList<double> low, IReadOnlyList<double> high, IReadOnlyList<double> counts, IReadOnlyList<double> uncertainty)
    {
        this.low = Guard.NotNull(low).ToArray();
        this.high = Guard.NotNull(high).ToArray();
        this.counts = Guard.NotNull(counts).ToArray();
        this.uncertainty = Guard.NotNull(uncertainty).ToArray();
        int n = this.low.Length;
        if (n == 0 || this.high.Length != n || this.counts.Length != n || this.uncertainty.Length != n)
        {
            throw new ArgumentException("A binned spectrum needs at least one bin and equal numbers of edges, counts and uncertainties.", nameof(low));
        }

        for (int i = 0; i < n; i++)
        {
            if (!(this.high[i] > this.low[i]) || !double.IsFinite(this.low[i]) || !double.IsFinite(this.high[i]))
            {
                throw TableRow.Error(Guard.Text($"bin {i}: needs finite low < high, got [{this.low[i]}, {this.high[i]}]."), nameof(high), i, 1);
            }

            if (!double.IsFinite(this.counts[i]) || !(this.uncertainty[i] >= 0) || !double.IsFinite(this.uncertainty[i]))
            {
                throw double.IsFinite(this.counts[i])
                    ? TableRow.Error(Guard.Text($"bin {i}: the uncertainty must be finite and ≥ 0, got {this.uncertainty[i]}."), nameof(uncertainty), i, 3)
                    : TableRow.Error(Guard.Text($"bin {i}: the count must be finite, got {this.counts[i]}."), nameof(counts), i, 2);
            }
        }
    }

    /// <summary>Number of bins.</summary>
    public int Count => low.Length;

    /// <summary>Lower edges.</summary>
    public IReadOnlyList<double> Low => low;

    /// <summary>Upper edges.</summary>
    public IReadOnlyList<double> High => high;

    /// <summary>Counts.</summary>
    public IReadOnlyList<double> Counts => counts;

    /// <summary>Uncertainties.</summary>
    public IReadOnlyList<double> Uncertainty => uncertainty;

    /// <summary>Reads a binned spectrum from CSV.</summary>
    /// <param name="path">File path.</param>
    /// <exception cref="CsvFormatException">Malformed file or invalid bins (file, line, column named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static BinnedCounts Load(string path)
    {
        using var reader = InputFile.OpenText(path, nameof(path));
        return Parse(reader, InputFile.DisplayName(path));
    }

    /// <summary>Reads a binned spectrum from CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for error messages.</param>
    /// <exception cref="CsvFormatException">Malformed text.</exception>
    public static BinnedCounts Parse(TextReader reader, string source)
    {
        var table = CsvTable.Parse(reader, source, expectedColumns: 4);
        return table.Build(t => new BinnedCounts(t.Column(0), t.Column(1), t.Column(2), t.Column(3)));
    }

    /// <summary>Writes the spectrum as CSV (round-trips exactly).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="comments">Optional comment lines.</param>
    public void WriteCsv(TextWriter writer, IEnumerable<string>? comments = null) =>
        CsvTable.Write(writer, ["low", "high", "counts", "uncertainty"], [low, high, counts, uncertainty], comments);
}
