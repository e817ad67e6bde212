namespace CoherentScattering.Statistics;

/// <summary>
/// A confidence interval in one parameter by the Neyman construction with the likelihood-ratio ordering of Feldman &amp;
/// Cousins (PRD 57, 3873 (1998)), for binned Poisson likelihoods: at each grid point θ_j the nuisances are fitted to the
/// data, pseudo-experiments are drawn from that profiled expectation, and each is refitted (every normalisation and shape
/// parameter) at every grid point; θ_j is accepted when the data's t_j = −2 ln L(θ_j) − min_θ −2 ln L(θ) lies at or
/// below the confidence-level quantile of the pseudo-experiments' t_j.
/// </summary>
/// <remarks>
/// <para>The minimum over θ is taken over the grid points, for the data and the pseudo-experiments alike, so t_j ≥ 0.
/// Each pseudo-experiment redraws the auxiliary measurements too: the centre of every Gaussian constraint is drawn about
/// its value fitted at θ_j with its width (a centre that depends on θ, as a signal prediction does, as the same relative
/// shift at every grid point; an auxiliary measurement may lie outside the nuisance's bounds), and the centre of every shape parameter's prior about
/// its fitted θ̂ with width 1 (Cowan, Cranmer, Gross &amp; Vitells, EPJC 71, 1554 (2011), §2, for the global
/// observables).</para>
/// <para>Deterministic: pseudo-experiment k of grid point j draws from its own generator seeded by (seed, j, k), so the
/// result does not depend on the number of threads, and a slice of the grid (<see cref="Construct"/> with
/// <c>points</c>) equals the same points of the whole construction.</para>
/// </remarks>
public sealed class FeldmanCousinsInterval
{
    private readonly double[] grid, delta, critical;

    private FeldmanCousinsInterval(double[] grid, double[] delta, double[] critical, double confidenceLevel, int pseudoExperiments, int seed)
    {
        this.grid = grid;
        this.delta = delta;
        this.critical = critical;
        ConfidenceLevel = confidenceLevel;
        PseudoExperiments = pseudoExperiments;
        Seed = seed;
    }

    /// <summary>The grid of the parameter.</summary>
    public IReadOnlyList<double> Grid => grid;

    /// <summary>The data's t_j = −2 ln L(θ_j) − min over the grid.</summary>
    public IReadOnlyList<double> DeltaChiSquared => delta;

    /// <summary>The confidence-level quantile of the pseudo-experiments' t_j at each grid point (Wilks' theorem would
    /// give 2.706 at 90 % everywhere); null at the points a slice did not construct.</summary>
    public IReadOnlyList<double?> CriticalValues => critical.Select(c => double.IsNaN(c) ? (double?)null : c).ToArray();

    /// <summary>Whether every grid point was constructed (false for a slice before <see cref="Merge"/>).</summary>
    public bool IsComplete => !critical.Any(double.IsNaN);

    /// <summary>Whether each grid point is inside the confidence region (false where not constructed).</summary>
    public IReadOnlyList<bool> Accepted => delta.Select((d, j) => d <= critical[j]).ToArray();

    /// <summary>The grid point of the data's minimum.</summary>
    public double BestFit => grid[Array.IndexOf(delta, 0.0)];

    /// <summary>The confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Pseudo-experiments per grid point.</summary>
    public int PseudoExperiments { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The accepted region as intervals: runs of accepted grid points, each end placed where t_j − c_j changes
    /// sign (linear between the last accepted and the first rejected point; at the accepted point when its neighbour was
    /// not constructed), flagged where it is the scan edge.</summary>
    public IReadOnlyList<Interval> Intervals()
    {
        var result = new List<Interval>();
        int n = grid.Length;
        for (int j = 0; j < n; j++)
        {
            if (!(delta[j] <= critical[j]))
            {
                continue;
            }

            int start = j;
            while (j + 1 < n && delta[j + 1] <= critical[j + 1])
            {
                j++;
            }

            double low = start == 0 ? grid[0] : Crossing(start - 1, start), high = j == n - 1 ? grid[n - 1] : Crossing(j, j + 1);
            result.Add(new Interval(low, high, start == 0, j == n - 1));
        }

        return result;
    }

    // Where t − c crosses zero between grid points a (one side) and b (the other).
    private double Crossing(int a, int b)
    {
        double fa = delta[a] - critical[a], fb = delta[b] - critical[b];
        return !double.IsFinite(fa) ? grid[b] : !double.IsFinite(fb) ? grid[a] : fa == fb ? 0.5 * (grid[a] + grid[b]) : grid[a] + (grid[b] - grid[a]) * fa / (fa - fb);
    }

    /// <summary>Runs the construction.</summary>
    /// <param name="grid">The parameter's grid: at least two strictly increasing finite values.</param>
    /// <param name="likelihoodsAt">The binned likelihoods of the data at a parameter value, one per experiment (their
    /// −2 ln L add), the same experiments in the same order at every value; called once per grid point, possibly in
    /// parallel.</param>
    /// <param name="pseudoExperiments">Pseudo-experiments per grid point, in [10, 10⁶].</param>
    /// <param name="seed">The seed of the pseudo-experiments.</param>
    /// <param name="confidenceLevel">In (0, 1).</param>
    /// <param name="points">The grid indices to construct (a slice of a job array); all when null. The data's t_j is
    /// relative to the minimum over the whole grid either way.</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the construction.</param>
    /// <exception cref="ArgumentException">An invalid grid, count, level or slice, or likelihoods that differ in number or
    /// binning between grid points.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static FeldmanCousinsInterval Construct(IReadOnlyList<double> grid, Func<double, IReadOnlyList<BinnedPoissonLikelihood>> likelihoodsAt, int pseudoExperiments, int seed,
        double confidenceLevel = 0.9, IReadOnlyList<int>? points = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var g = CheckGrid(grid);
        ArgumentNullException.ThrowIfNull(likelihoodsAt);
        var (delta, critical) = NeymanConstruction.Run(g.Length, j => likelihoodsAt(g[j]), pseudoExperiments, seed, confidenceLevel, points, progress, cancellationToken);
        return new FeldmanCousinsInterval(g, delta, critical, confidenceLevel, pseudoExperiments, seed);
    }

    /// <summary>Combines slices of one construction (the same grid, data, pseudo-experiments and seed) into the whole:
    /// each grid point's critical value from the slice that constructed it.</summary>
    /// <param name="slices">Slices that together construct every grid point once.</param>
    /// <exception cref="ArgumentException">Slices of different constructions, overlapping slices, or a missing point.</exception>
    public static FeldmanCousinsInterval Merge(IEnumerable<FeldmanCousinsInterval> slices)
    {
        var parts = Guard.NoNulls(slices);
        if (parts.Length == 0)
        {
            throw new ArgumentException("Nothing to merge.", nameof(slices));
        }

        var first = parts[0];
        if (parts.Any(p => !p.grid.SequenceEqual(first.grid) || !p.delta.SequenceEqual(first.delta) || p.PseudoExperiments != first.PseudoExperiments || p.Seed != first.Seed
            || p.ConfidenceLevel != first.ConfidenceLevel))
        {
            throw new ArgumentException("The slices are of different constructions (grid, data, pseudo-experiments, seed or level).", nameof(slices));
        }

        var critical = NeymanConstruction.MergeCritical(parts.Select(p => p.critical), nameof(slices));
        return new FeldmanCousinsInterval(first.grid, first.delta, critical, first.ConfidenceLevel, first.PseudoExperiments, first.Seed);
    }

    /// <summary>Restores a construction (or a slice) from its numbers, e.g. read back from a file a job wrote.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="deltaChiSquared">The data's t_j, one per grid point, finite and ≥ 0 with a zero.</param>
    /// <param name="criticalValues">The critical values, one per grid point: finite and ≥ 0, or null for a point this
    /// slice did not construct.</param>
    /// <param name="confidenceLevel">In (0, 1).</param>
    /// <param name="pseudoExperiments">In [10, 10⁶].</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentException">Inconsistent numbers.</exception>
    public static FeldmanCousinsInterval FromValues(IReadOnlyList<double> grid, IReadOnlyList<double> deltaChiSquared, IReadOnlyList<double?> criticalValues,
        double confidenceLevel, int pseudoExperiments, int seed)
    {
        var g = CheckGrid(grid);
        var (d, c) = NeymanConstruction.CheckValues(deltaChiSquared, criticalValues, g.Length, confidenceLevel, pseudoExperiments);
        return new FeldmanCousinsInterval(g, d, c, confidenceLevel, pseudoExperiments, seed);
    }

    private static double[] CheckGrid(IReadOnlyList<double> grid)
    {
        var g = Guard.FiniteArray(grid);
        if (g.Length < 2 || g.Zip(g.Skip(1)).Any(p => !(p.Second > p.First)))
        {
            throw new ArgumentException("grid needs at least two strictly increasing values.", nameof(grid));
        }

        return g;
    }

    internal static int QuantileIndex(double level, int n) => NeymanConstruction.QuantileIndex(level, n);
}
