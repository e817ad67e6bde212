namespace CoherentScattering.Statistics;

/// <summary>One axis of a binned histogram: a name, a unit and strictly increasing bin edges.</summary>
public sealed class HistogramAxis
{
    private readonly double[] edges;

    /// <summary>Creates an axis.</summary>
    /// <param name="name">Name for reports (e.g. "energy").</param>
    /// <param name="unit">Unit (e.g. "keVee"; empty for dimensionless).</param>
    /// <param name="edges">Strictly increasing, finite bin edges (2 to 100 001).</param>
    /// <exception cref="ArgumentException">Fewer than two or more than 100 001 edges, or edges not finite and increasing.</exception>
    public HistogramAxis(string name, string unit, IEnumerable<double> edges)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Unit = Guard.NotNull(unit);
        this.edges = Guard.Increasing(edges, 2);
        if (this.edges.Length > 100_001)
        {
            throw new ArgumentException(Guard.Text($"An axis may have at most 100 000 bins, got {this.edges.Length - 1}."), nameof(edges));
        }
    }

    /// <summary>Uniform bins of a given width from low to high.</summary>
    /// <param name="name">Axis name.</param>
    /// <param name="unit">Unit.</param>
    /// <param name="low">Lower edge.</param>
    /// <param name="high">Upper edge, &gt; low.</param>
    /// <param name="bins">Number of bins, in [1, 100 000].</param>
    public static HistogramAxis Uniform(string name, string unit, double low, double high, int bins)
    {
        Guard.InRange(bins, 1, 100_000);
        return new HistogramAxis(name, unit, Grid.Linear(low, high, bins + 1));
    }

    /// <summary>Axis name.</summary>
    public string Name { get; }

    /// <summary>Unit.</summary>
    public string Unit { get; }

    /// <summary>Bin edges.</summary>
    public IReadOnlyList<double> Edges => edges;

    /// <summary>Number of bins.</summary>
    public int Count => edges.Length - 1;

    /// <summary>Centre of bin i.</summary>
    /// <param name="i">Bin index.</param>
    public double Centre(int i) => 0.5 * (edges[Guard.Index(i, Count)] + edges[i + 1]);

    /// <summary>The bin whose centre is x within 1e-6 of its width, or −1.</summary>
    /// <param name="x">A bin centre.</param>
    public int BinOfCentre(double x)
    {
        int i = Array.BinarySearch(edges, x);
        int b = i >= 0 ? i : ~i - 1;
        return b >= 0 && b < Count && Math.Abs(Centre(b) - x) <= 1e-6 * (edges[b + 1] - edges[b]) ? b : -1;
    }

    /// <summary>Same name, unit and edges (to 1e-9 of the bin width).</summary>
    /// <param name="other">The other axis.</param>
    public bool SameBinning(HistogramAxis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Count != other.Count)
        {
            return false;
        }

        double tolerance = 1e-9 * (edges[^1] - edges[0]);
        for (int i = 0; i < edges.Length; i++)
        {
            if (!(Math.Abs(edges[i] - other.edges[i]) <= tolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"{Name} [{edges[0]}, {edges[^1]}] {Unit} in {Count} bins");
}
