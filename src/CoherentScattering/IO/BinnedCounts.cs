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
        this.low = low.ToArray();
        this.high = high.ToArray();
        this.counts = counts.ToArray();
        this.uncertainty = uncertainty.ToArray();
        int n = this.low.Length;
        if (n == 0 || this.high.Length != n || this.counts.Length != n || this.uncertainty.Length != n)
        {
            throw new ArgumentException("A binned spectrum needs at least one bin and equal numbers of edges, counts and uncertainties.", nameof(low));
        }

        for (int i = 0; i < n; i++)
        {
            if (!(this.high[i] > this.low[i]) || !double.IsFinite(this.low[i]) || !double.IsFinite(this.high[i]))
            {
                throw new ArgumentException(Guard.Text($"bin {i}: needs finite low < high, got [{this.low[i]}, {this.high[i]}]."), nameof(high));
            }

            if (!double.IsFinite(this.counts[i]) || !(this.uncertainty[i] >= 0) || !double.IsFinite(this.uncertainty[i]))
            {
                throw new ArgumentException(Guard.Text($"bin {i}: counts must be finite and the uncertainty finite and ≥ 0."), nameof(counts));
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
    /// <exception cref="CsvFormatException">Malformed file (file, line, column named).</exception>
    public static BinnedCounts Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a binned spectrum from CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for error messages.</param>
    /// <exception cref="CsvFormatException">Malformed text.</exception>
    public static BinnedCounts Parse(TextReader reader, string source)
    {
        var table = CsvTable.Parse(reader, source, expectedColumns: 4);
        return new BinnedCounts(table.Column(0), table.Column(1), table.Column(2), table.Column(3));
    }

    /// <summary>Writes the spectrum as CSV (round-trips exactly).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="comments">Optional comment lines.</param>
    public void WriteCsv(TextWriter writer, IEnumerable<string>? comments = null) =>
        CsvTable.Write(writer, ["low", "high", "counts", "uncertainty"], [low, high, counts, uncertainty], comments);
}
