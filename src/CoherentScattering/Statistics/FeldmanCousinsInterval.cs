using MathNet.Numerics.Distributions;

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
        Guard.InRange(pseudoExperiments, 10, 1_000_000);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), Guard.Text($"confidenceLevel = {confidenceLevel} must lie in (0, 1)."));
        }

        var slice = (points ?? Enumerable.Range(0, g.Length)).ToArray();
        if (slice.Length == 0 || slice.Any(j => j < 0 || j >= g.Length) || slice.Distinct().Count() != slice.Length)
        {
            throw new ArgumentException(Guard.Text($"points must be distinct grid indices in [0, {g.Length - 1}]."), nameof(points));
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var likelihoods = new BinnedPoissonLikelihood[g.Length][];
        Parallel.For(0, g.Length, options, j => likelihoods[j] = Guard.NoNulls(likelihoodsAt(g[j]) ?? throw new ArgumentException("likelihoodsAt returned null.", nameof(likelihoodsAt))));
        int experiments = likelihoods[0].Length;
        if (experiments == 0 || likelihoods.Any(l => l.Length != experiments || l.Zip(likelihoods[0]).Any(p => !p.First.Data.SameBinning(p.Second.Data)
            || !p.First.Components.Select(c => c.Name).SequenceEqual(p.Second.Components.Select(c => c.Name)) || !p.First.ShapeParameters.SequenceEqual(p.Second.ShapeParameters))))
        {
            throw new ArgumentException("likelihoodsAt must give the same experiments, binned alike, with the same components and shape parameters, at every grid point.", nameof(likelihoodsAt));
        }

        // The data: −2 ln L at every grid point, relative to the grid minimum.
        var data = new double[g.Length];
        Parallel.For(0, g.Length, options, j => data[j] = likelihoods[j].Sum(l => l.Fit().MinusTwoLogLikelihood));
        double minimum = data.Min();
        var delta = data.Select(d => d - minimum).ToArray();
        var critical = new double[g.Length];
        Array.Fill(critical, double.NaN);

        long done = 0, total = (long)slice.Length * pseudoExperiments;
        foreach (int j in slice)
        {
            var fits = likelihoods[j].Select(l => l.Fit()).ToArray();
            var expected = likelihoods[j].Select((l, e) => l.Expected(fits[e]).Values.ToArray()).ToArray();
            var statistic = new double[pseudoExperiments];
            Parallel.For(0, pseudoExperiments, options, k =>
            {
                var random = new Random(SeedOf(seed, j, k));
                var counts = expected.Select(mu => Draw(mu, random)).ToArray();
                var pseudoData = counts.Select((n, e) => Histogram.Owning([.. likelihoods[0][e].Data.Axes], n)).ToArray();
                var logTerms = counts.Select(BinnedPoissonLikelihood.LogTerm).ToArray();
                var auxiliary = fits.Select((fit, e) => Auxiliary(likelihoods[j][e], fit, random)).ToArray();
                double best = double.PositiveInfinity, atJ = 0;
                for (int i = 0; i < g.Length; i++)
                {
                    double f = 0;
                    for (int e = 0; e < experiments; e++)
                    {
                        var (scale, offset, shapes) = auxiliary[e];
                        f += FitOrInfinity(likelihoods[i][e].WithData(pseudoData[e], counts[e], logTerms[e], scale, offset, shapes));
                    }

                    best = Math.Min(best, f);
                    atJ = i == j ? f : atJ;
                }

                statistic[k] = atJ - best;
                long now = Interlocked.Increment(ref done);
                if (progress is not null && now % 64 == 0)
                {
                    progress.Report((double)now / total);
                }
            });

            Array.Sort(statistic);
            critical[j] = statistic[QuantileIndex(confidenceLevel, pseudoExperiments)];
        }

        progress?.Report(1);
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
        var critical = new double[first.grid.Length];
        Array.Fill(critical, double.NaN);
        foreach (var p in parts)
        {
            if (!p.grid.SequenceEqual(first.grid) || !p.delta.SequenceEqual(first.delta) || p.PseudoExperiments != first.PseudoExperiments || p.Seed != first.Seed
                || p.ConfidenceLevel != first.ConfidenceLevel)
            {
                throw new ArgumentException("The slices are of different constructions (grid, data, pseudo-experiments, seed or level).", nameof(slices));
            }

            for (int j = 0; j < critical.Length; j++)
            {
                if (!double.IsNaN(p.critical[j]))
                {
                    critical[j] = double.IsNaN(critical[j]) ? p.critical[j] : throw new ArgumentException(Guard.Text($"Grid point {j} is in two slices."), nameof(slices));
                }
            }
        }

        int missing = Array.FindIndex(critical, double.IsNaN);
        return missing < 0 ? new FeldmanCousinsInterval(first.grid, first.delta, critical, first.ConfidenceLevel, first.PseudoExperiments, first.Seed)
            : throw new ArgumentException(Guard.Text($"Grid point {missing} is in no slice."), nameof(slices));
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
        var d = Guard.FiniteArray(deltaChiSquared);
        var c = Guard.NotNull(criticalValues).Select(x => x ?? double.NaN).ToArray();
        if (d.Length != g.Length || c.Length != g.Length)
        {
            throw new ArgumentException(Guard.Text($"deltaChiSquared and criticalValues need {g.Length} values each."), nameof(deltaChiSquared));
        }

        if (d.Any(x => x < 0) || !d.Contains(0.0) || c.Any(x => !double.IsNaN(x) && !(x >= 0 && x <= double.MaxValue)))
        {
            throw new ArgumentException("deltaChiSquared must be ≥ 0 with its minimum 0, criticalValues finite and ≥ 0 (null where not constructed).", nameof(deltaChiSquared));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), Guard.Text($"confidenceLevel = {confidenceLevel} must lie in (0, 1)."));
        }

        return new FeldmanCousinsInterval(g, d, c, confidenceLevel, Guard.InRange(pseudoExperiments, 10, 1_000_000), seed);
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

    // The redrawn auxiliary measurements of one pseudo-experiment: each constrained normalisation's observed centre drawn
    // about its fitted value from the split normal its penalty implies (above N̂_k with width σ_L, below with σ_U),
    // expressed as a scale of the centre c_k (so that a centre that depends on the parameter, as a signal prediction does,
    // moves in proportion at every grid point) or, for c_k = 0, as an offset; each shape prior's centre drawn as θ̂ + z.
    private static (double[] Scale, double[] Offset, double[] Shapes) Auxiliary(BinnedPoissonLikelihood likelihood, TemplateFit fit, Random random)
    {
        var components = likelihood.Components;
        var scale = new double[components.Count];
        var offset = new double[components.Count];
        for (int k = 0; k < components.Count; k++)
        {
            var n = components[k].Normalisation;
            scale[k] = 1;
            if (n.IsFree)
            {
                continue;
            }

            // The penalty uses the lower width where the value lies below the centre, i.e. where the observed centre lies
            // above the value: a split normal about N̂, above with probability σ_L/(σ_L + σ_U).
            double lower = n.LowerWidth ?? n.UpperWidth ?? 0, upper = n.UpperWidth ?? n.LowerWidth ?? 0;
            double z = Math.Abs(Normal.Sample(random, 0, 1)), u = random.NextDouble();
            double observed = fit.EventsOf(n.Name) + (u * (lower + upper) < lower ? lower * z : -upper * z);
            (scale[k], offset[k]) = n.Central != 0 ? (observed / n.Central, 0.0) : (1.0, observed);
        }

        var shapes = fit.ShapeParameters.Select(p => p.Value + Normal.Sample(random, 0, 1)).ToArray();
        return (scale, offset, shapes);
    }

    // −2 ln L at the fit; +∞ where the pseudo-data hold counts that this point's templates cannot fill.
    private static double FitOrInfinity(BinnedPoissonLikelihood likelihood)
    {
        try
        {
            return likelihood.Fit().MinusTwoLogLikelihood;
        }
        catch (InvalidOperationException)
        {
            return double.PositiveInfinity;
        }
    }

    // The index of the level's quantile among n sorted values: the smallest k with (k + 1)/n ≥ level, in integers where
    // the product rounds (0.68 × 300 = 204.00000000000003 must give 203).
    internal static int QuantileIndex(double level, int n) => Math.Clamp((int)Math.Ceiling(level * n - 1e-9 * n) - 1, 0, n - 1);

    // Poisson counts with the given means (a mean of 0 gives 0).
    private static double[] Draw(double[] mu, Random random)
    {
        var counts = new double[mu.Length];
        for (int i = 0; i < mu.Length; i++)
        {
            counts[i] = mu[i] > 0 ? Poisson.Sample(random, mu[i]) : 0;
        }

        return counts;
    }

    // A 32-bit seed per (seed, grid point, pseudo-experiment): the SplitMix64 finaliser of their combination.
    private static int SeedOf(int seed, int point, int experiment)
    {
        unchecked
        {
            ulong z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)point * 0xBF58476D1CE4E5B9UL + (ulong)experiment * 0x94D049BB133111EBUL + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }
}
