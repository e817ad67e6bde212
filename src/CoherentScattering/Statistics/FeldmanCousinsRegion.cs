namespace CoherentScattering.Statistics;

/// <summary>
/// A confidence region in two parameters by the Neyman construction with the likelihood-ratio ordering of Feldman &amp;
/// Cousins (PRD 57, 3873 (1998)): the two-dimensional form of <see cref="FeldmanCousinsInterval"/>, with the same
/// pseudo-experiments (Poisson data and redrawn auxiliary measurements from the profiled expectation at each grid point,
/// every nuisance refitted at every grid point, the minimum over the whole grid).
/// </summary>
/// <remarks>
/// <para>Grid points are numbered x-major: point p = i·|y| + j is (x_i, y_j). A slice (<see cref="Construct"/> with
/// <c>points</c>) equals the same points of the whole construction bit for bit, so a job array of slices merged
/// (<see cref="Merge"/>) is the whole construction.</para>
/// <para>Cost: every pseudo-experiment is refitted at every grid point, so a construction costs
/// |grid|² × pseudo-experiments fits: 10⁴ points × 10³ pseudo-experiments are 10¹¹ fits, a job array's work.</para>
/// </remarks>
public sealed class FeldmanCousinsRegion
{
    private readonly double[] x, y, delta, critical;

    private FeldmanCousinsRegion(double[] x, double[] y, double[] delta, double[] critical, double confidenceLevel, int pseudoExperiments, int seed)
    {
        this.x = x;
        this.y = y;
        this.delta = delta;
        this.critical = critical;
        ConfidenceLevel = confidenceLevel;
        PseudoExperiments = pseudoExperiments;
        Seed = seed;
    }

    /// <summary>The grid of the first parameter.</summary>
    public IReadOnlyList<double> XGrid => x;

    /// <summary>The grid of the second parameter.</summary>
    public IReadOnlyList<double> YGrid => y;

    /// <summary>The data's t = −2 ln L(x, y) − min over the grid, x-major (point i·|y| + j).</summary>
    public IReadOnlyList<double> DeltaChiSquaredValues => delta;

    /// <summary>The critical values, x-major; null at the points a slice did not construct.</summary>
    public IReadOnlyList<double?> CriticalValues => critical.Select(c => double.IsNaN(c) ? (double?)null : c).ToArray();

    /// <summary>Whether every grid point was constructed (false for a slice before <see cref="Merge"/>).</summary>
    public bool IsComplete => !critical.Any(double.IsNaN);

    /// <summary>The confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Pseudo-experiments per grid point.</summary>
    public int PseudoExperiments { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The grid point of the data's minimum.</summary>
    public (double X, double Y) BestFit
    {
        get
        {
            int p = Array.IndexOf(delta, 0.0);
            return (x[p / y.Length], y[p % y.Length]);
        }
    }

    /// <summary>The data's t at (x_i, y_j).</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index outside its grid.</exception>
    public double DeltaChiSquared(int i, int j) => delta[Point(i, j)];

    /// <summary>The critical value at (x_i, y_j); null where a slice did not construct it.</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index outside its grid.</exception>
    public double? CriticalValue(int i, int j) => critical[Point(i, j)] is var c && double.IsNaN(c) ? null : c;

    /// <summary>Whether (x_i, y_j) is inside the confidence region (false where not constructed).</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index outside its grid.</exception>
    public bool IsAccepted(int i, int j) => delta[Point(i, j)] <= critical[Point(i, j)];

    /// <summary>The boundary of the region: where t − c changes sign, by marching squares (linear between grid points;
    /// points not constructed count as outside).</summary>
    public IReadOnlyList<ContourSegment> Boundary() => MarchingSquares.Segments(x, y, BoundaryField);

    /// <summary>The boundary of the region as connected lines, each with its points in order (the segments of
    /// <see cref="Boundary"/> joined; closed round parts inside the grid, open where the grid's edge cuts the region).</summary>
    public IReadOnlyList<ContourLine> BoundaryLines() => MarchingSquares.Lines(x, y, BoundaryField);

    private double BoundaryField(int i, int j)
    {
        double t = delta[i * y.Length + j], c = critical[i * y.Length + j];
        // An infinite t (a point no fit can reach) or an unconstructed point is outside, one unit beyond the boundary.
        return double.IsNaN(c) || !double.IsFinite(t) ? 1 : t - c;
    }

    /// <summary>Runs the construction.</summary>
    /// <param name="xGrid">The first parameter's grid: at least two strictly increasing finite values.</param>
    /// <param name="yGrid">The second parameter's grid: at least two strictly increasing finite values.</param>
    /// <param name="likelihoodsAt">The binned likelihoods of the data at (x, y), one per experiment (their −2 ln L add),
    /// the same experiments in the same order at every point; called once per grid point, possibly in parallel.</param>
    /// <param name="pseudoExperiments">Pseudo-experiments per grid point, in [10, 10⁶].</param>
    /// <param name="seed">The seed of the pseudo-experiments.</param>
    /// <param name="confidenceLevel">In (0, 1).</param>
    /// <param name="points">The grid points to construct, x-major indices (a slice of a job array); all when null.</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the construction.</param>
    /// <exception cref="ArgumentException">An invalid grid, count, level or slice, a grid of more than 10⁶ points, or
    /// likelihoods that differ in number or binning between grid points.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static FeldmanCousinsRegion Construct(IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid, Func<double, double, IReadOnlyList<BinnedPoissonLikelihood>> likelihoodsAt,
        int pseudoExperiments, int seed, double confidenceLevel = 0.9, IReadOnlyList<int>? points = null, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var (xs, ys) = CheckGrids(xGrid, yGrid);
        ArgumentNullException.ThrowIfNull(likelihoodsAt);
        var (delta, critical) = NeymanConstruction.Run(xs.Length * ys.Length, p => likelihoodsAt(xs[p / ys.Length], ys[p % ys.Length]), pseudoExperiments, seed,
            confidenceLevel, points, progress, cancellationToken);
        return new FeldmanCousinsRegion(xs, ys, delta, critical, confidenceLevel, pseudoExperiments, seed);
    }

    /// <summary>Combines slices of one construction (the same grids, data, pseudo-experiments and seed) into the whole.</summary>
    /// <param name="slices">Slices that together construct every grid point once.</param>
    /// <exception cref="ArgumentException">Slices of different constructions, overlapping slices, or a missing point.</exception>
    public static FeldmanCousinsRegion Merge(IEnumerable<FeldmanCousinsRegion> slices)
    {
        var parts = Guard.NoNulls(slices);
        if (parts.Length == 0)
        {
            throw new ArgumentException("Nothing to merge.", nameof(slices));
        }

        var first = parts[0];
        if (parts.Any(p => !p.x.SequenceEqual(first.x) || !p.y.SequenceEqual(first.y) || !p.delta.SequenceEqual(first.delta) || p.PseudoExperiments != first.PseudoExperiments
            || p.Seed != first.Seed || p.ConfidenceLevel != first.ConfidenceLevel))
        {
            throw new ArgumentException("The slices are of different constructions (grids, data, pseudo-experiments, seed or level).", nameof(slices));
        }

        return new FeldmanCousinsRegion(first.x, first.y, first.delta, NeymanConstruction.MergeCritical(parts.Select(p => p.critical), nameof(slices)),
            first.ConfidenceLevel, first.PseudoExperiments, first.Seed);
    }

    /// <summary>Restores a construction (or a slice) from its numbers, e.g. read back from a file a job wrote.</summary>
    /// <param name="xGrid">The first parameter's grid.</param>
    /// <param name="yGrid">The second parameter's grid.</param>
    /// <param name="deltaChiSquared">The data's t per grid point, x-major, finite and ≥ 0 with a zero.</param>
    /// <param name="criticalValues">The critical values per grid point, x-major: finite and ≥ 0, or null where this
    /// slice did not construct the point.</param>
    /// <param name="confidenceLevel">In (0, 1).</param>
    /// <param name="pseudoExperiments">In [10, 10⁶].</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentException">Inconsistent numbers.</exception>
    public static FeldmanCousinsRegion FromValues(IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid, IReadOnlyList<double> deltaChiSquared,
        IReadOnlyList<double?> criticalValues, double confidenceLevel, int pseudoExperiments, int seed)
    {
        var (xs, ys) = CheckGrids(xGrid, yGrid);
        var (d, c) = NeymanConstruction.CheckValues(deltaChiSquared, criticalValues, xs.Length * ys.Length, confidenceLevel, pseudoExperiments);
        return new FeldmanCousinsRegion(xs, ys, d, c, confidenceLevel, pseudoExperiments, seed);
    }

    /// <summary>The largest grid accepted (points).</summary>
    public const int MaxPoints = 1_000_000;

    private int Point(int i, int j) => Guard.Index(i, x.Length) * y.Length + Guard.Index(j, y.Length);

    private static (double[] X, double[] Y) CheckGrids(IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid)
    {
        double[] xs = Guard.Increasing(xGrid, 2), ys = Guard.Increasing(yGrid, 2);
        return (long)xs.Length * ys.Length <= MaxPoints ? (xs, ys)
            : throw new ArgumentException(Guard.Text($"A grid of {xs.Length} × {ys.Length} points exceeds the limit of {MaxPoints} points."), nameof(xGrid));
    }
}
