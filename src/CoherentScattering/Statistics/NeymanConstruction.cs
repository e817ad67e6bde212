using MathNet.Numerics.Distributions;

namespace CoherentScattering.Statistics;

// The Neyman construction with the likelihood-ratio ordering (Feldman & Cousins, PRD 57, 3873 (1998)) over the points of
// a grid of any dimension, numbered 0 … size − 1: the engine of FeldmanCousinsInterval (1-D) and FeldmanCousinsRegion
// (2-D). The data's t_j and each pseudo-experiment's statistic are relative to the minimum over every grid point.
internal static class NeymanConstruction
{
    // <summary>The data's t_j at every point and the critical value at the points of the slice (NaN elsewhere).</summary>
    public static (double[] Delta, double[] Critical) Run(int size, Func<int, IReadOnlyList<BinnedPoissonLikelihood>> likelihoodsAt, int pseudoExperiments, int seed,
        double confidenceLevel, IReadOnlyList<int>? points, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.InRange(pseudoExperiments, 10, 1_000_000);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), Guard.Text($"confidenceLevel = {confidenceLevel} must lie in (0, 1)."));
        }

        var slice = (points ?? Enumerable.Range(0, size)).ToArray();
        if (slice.Length == 0 || slice.Any(j => j < 0 || j >= size) || slice.Distinct().Count() != slice.Length)
        {
            throw new ArgumentException(Guard.Text($"points must be distinct grid indices in [0, {size - 1}]."), nameof(points));
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var likelihoods = new BinnedPoissonLikelihood[size][];
        Parallel.For(0, size, options, j => likelihoods[j] = Guard.NoNulls(likelihoodsAt(j) ?? throw new ArgumentException("likelihoodsAt returned null.", nameof(likelihoodsAt))));
        int experiments = likelihoods[0].Length;
        if (experiments == 0 || likelihoods.Any(l => l.Length != experiments || l.Zip(likelihoods[0]).Any(p => !p.First.Data.SameBinning(p.Second.Data)
            || !p.First.Components.Select(c => c.Name).SequenceEqual(p.Second.Components.Select(c => c.Name)) || !p.First.ShapeParameters.SequenceEqual(p.Second.ShapeParameters))))
        {
            throw new ArgumentException("likelihoodsAt must give the same experiments, binned alike, with the same components and shape parameters, at every grid point.", nameof(likelihoodsAt));
        }

        // The data: −2 ln L at every grid point, relative to the grid minimum.
        var data = new double[size];
        Parallel.For(0, size, options, j => data[j] = likelihoods[j].Sum(l => l.Fit().MinusTwoLogLikelihood));
        double minimum = data.Min();
        var delta = data.Select(d => d - minimum).ToArray();
        var critical = new double[size];
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
                for (int i = 0; i < size; i++)
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
        return (delta, critical);
    }

    // <summary>The critical values of slices combined: each point's from the one slice that constructed it.</summary>
    public static double[] MergeCritical(IEnumerable<double[]> slices, string parameterName)
    {
        double[]? critical = null;
        foreach (var part in slices)
        {
            critical ??= Enumerable.Repeat(double.NaN, part.Length).ToArray();
            for (int j = 0; j < critical.Length; j++)
            {
                if (!double.IsNaN(part[j]))
                {
                    critical[j] = double.IsNaN(critical[j]) ? part[j] : throw new ArgumentException(Guard.Text($"Grid point {j} is in two slices."), parameterName);
                }
            }
        }

        int missing = Array.FindIndex(critical ?? [], double.IsNaN);
        return critical is not null && missing < 0 ? critical : throw new ArgumentException(Guard.Text($"Grid point {missing} is in no slice."), parameterName);
    }

    // <summary>The numbers of a construction or slice, checked: t ≥ 0 with a zero, critical values finite and ≥ 0 (NaN
    // where not constructed), one of each per grid point.</summary>
    public static (double[] Delta, double[] Critical) CheckValues(IReadOnlyList<double> deltaChiSquared, IReadOnlyList<double?> criticalValues, int points, double confidenceLevel,
        int pseudoExperiments)
    {
        var d = Guard.FiniteArray(deltaChiSquared);
        var c = Guard.NotNull(criticalValues).Select(x => x ?? double.NaN).ToArray();
        if (d.Length != points || c.Length != points)
        {
            throw new ArgumentException(Guard.Text($"deltaChiSquared and criticalValues need {points} values each."), nameof(deltaChiSquared));
        }

        if (d.Any(x => x < 0) || !d.Contains(0.0) || c.Any(x => !double.IsNaN(x) && !(x >= 0 && x <= double.MaxValue)))
        {
            throw new ArgumentException("deltaChiSquared must be ≥ 0 with its minimum 0, criticalValues finite and ≥ 0 (null where not constructed).", nameof(deltaChiSquared));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), Guard.Text($"confidenceLevel = {confidenceLevel} must lie in (0, 1)."));
        }

        Guard.InRange(pseudoExperiments, 10, 1_000_000);
        return (d, c);
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
