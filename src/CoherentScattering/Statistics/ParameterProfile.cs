using MathNet.Numerics.RootFinding;

namespace CoherentScattering.Statistics;

/// <summary>
/// A one-parameter χ² profile: χ² on a grid, the refined best fit, and the allowed intervals at a confidence level,
/// found by bracketing every threshold crossing on the grid and refining it with Brent's method (so disjoint regions
/// are all found, provided the grid resolves them).
/// </summary>
public sealed class ParameterProfile
{
    private readonly Func<double, double> chiSquared;
    private readonly double[] grid;
    private readonly double[] values;

    private ParameterProfile(Func<double, double> chiSquared, double[] grid, double[] values, double bestFit, double minimum)
    {
        this.chiSquared = chiSquared;
        this.grid = grid;
        this.values = values;
        BestFit = bestFit;
        MinimumChiSquared = minimum;
    }

    /// <summary>Scans a model likelihood along a one-parameter family of models (Eq. 6, a spectral fit or a joint fit).</summary>
    /// <param name="likelihood">The likelihood (profiled over its nuisances at every point).</param>
    /// <param name="model">θ ↦ model; must be thread-safe.</param>
    /// <param name="low">Lower end of the scan.</param>
    /// <param name="high">Upper end, &gt; low.</param>
    /// <param name="points">Grid points, in [3, 10⁶].</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">As for the χ² overload, or a model the likelihood cannot evaluate.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ParameterProfile ScanModels(IModelLikelihood likelihood, Func<double, CrossSections.ICrossSectionModel> model, double low, double high, int points = 201,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(model);
        return Scan(x => ModelEvaluation.At(likelihood, () => model(x), $"θ = {x}"), low, high, points, progress, cancellationToken);
    }

    /// <summary>Scans χ²(θ) on a uniform grid and refines the minimum.</summary>
    /// <param name="chiSquared">χ² as a function of the parameter; must be thread-safe (grid points run in parallel).</param>
    /// <param name="low">Lower end of the scan.</param>
    /// <param name="high">Upper end, &gt; low.</param>
    /// <param name="points">Grid points, in [3, 10⁶].</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">low ≥ high, a range too narrow for the points in double precision, or χ² not
    /// finite at a grid or refinement point.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ParameterProfile Scan(Func<double, double> chiSquared, double low, double high, int points = 201,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chiSquared);
        Guard.Finite(low);
        Guard.Finite(high);
        if (!(high > low))
        {
            throw new ArgumentException(Guard.Text($"The scan range needs low < high, got [{low}, {high}]."), nameof(high));
        }

        Guard.InRange(points, 3, 1_000_000);
        var grid = Statistics.Grid.Points(low, high, points);
        var values = new double[points];

        // Grid points are independent: evaluated in parallel, each into its own slot (identical to a serial scan).
        Numerics.ParallelGrid.For(points, i => values[i] = chiSquared(grid[i]), progress, cancellationToken);
        for (int i = 0; i < points; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(Guard.Text($"χ² is not finite at {grid[i]} (got {values[i]})."), nameof(chiSquared));
            }
        }

        var finite = Checked(chiSquared);
        int best = Array.IndexOf(values, values.Min());
        double a = grid[Math.Max(best - 1, 0)], b = grid[Math.Min(best + 1, points - 1)];
        // Tolerance relative to the grid step (any unit); golden section also stops at the spacing of doubles.
        double x = Numerics.GoldenSection.Minimize(finite, a, b, 1e-9 * (b - a), cancellationToken);
        double fx = finite(x);
        return fx < values[best]
            ? new ParameterProfile(finite, grid, values, x, fx)
            : new ParameterProfile(finite, grid, values, grid[best], values[best]);
    }

    // χ² refused when not finite at a refinement point, naming the scanned function.
    private static Func<double, double> Checked(Func<double, double> chiSquared) => x =>
    {
        double v = chiSquared(x);
        return double.IsFinite(v) ? v : throw new ArgumentException(Guard.Text($"χ² is not finite at {x} (got {v})."), nameof(chiSquared));
    };

    /// <summary>The parameter value at the minimum χ².</summary>
    public double BestFit { get; }

    /// <summary>The minimum χ².</summary>
    public double MinimumChiSquared { get; }

    /// <summary>The scan grid.</summary>
    public IReadOnlyList<double> Grid => grid;

    /// <summary>χ² at the grid points.</summary>
    public IReadOnlyList<double> ChiSquared => values;

    /// <summary>Δχ² = χ² − χ²_min at the grid points (≥ 0).</summary>
    public IReadOnlyList<double> DeltaChiSquared => values.Select(v => v - MinimumChiSquared).ToArray();

    /// <summary>Writes the profile as CSV: columns parameter, chi2, delta_chi2 (round-trips through <see cref="IO.CsvTable"/>).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="parameterName">Name of the parameter column.</param>
    public void WriteCsv(TextWriter writer, string parameterName = "parameter") =>
        IO.CsvTable.Write(Guard.NotNull(writer), [IO.CsvTable.CheckColumnName(parameterName, nameof(parameterName)), "chi2", "delta_chi2"], [grid, values, DeltaChiSquared],
            [Guard.Text($"best fit {BestFit:R}, chi2_min {MinimumChiSquared:R}")]);

    /// <summary>The allowed intervals where Δχ² ≤ the threshold for the confidence level (one degree of freedom).</summary>
    /// <param name="confidenceLevel">CL in (0, 1), default 0.9 (Δχ² = 2.7055).</param>
    public IReadOnlyList<Interval> Intervals(double confidenceLevel = 0.9) =>
        IntervalsBelow(ChiSquaredThreshold.For(confidenceLevel, 1));

    /// <summary>The intervals where Δχ² ≤ a given threshold.</summary>
    /// <param name="deltaChiSquared">Threshold, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold that is not positive and finite.</exception>
    public IReadOnlyList<Interval> IntervalsBelow(double deltaChiSquared)
    {
        Guard.Positive(deltaChiSquared);
        double level = MinimumChiSquared + deltaChiSquared;

        // The grid, with the refined best fit inserted: a minimum narrower than the grid step is still bracketed.
        var xs = new List<double>(grid);
        var fs = new List<double>(values);
        int at = xs.BinarySearch(BestFit);
        if (at < 0)
        {
            xs.Insert(~at, BestFit);
            fs.Insert(~at, MinimumChiSquared);
        }

        var result = new List<Interval>();
        double? start = fs[0] <= level ? xs[0] : null;
        bool startIsEdge = start is not null;
        for (int i = 0; i + 1 < xs.Count; i++)
        {
            bool inside = fs[i] <= level, nextInside = fs[i + 1] <= level;
            if (inside == nextInside)
            {
                continue;
            }

            // Brent in t ∈ [0, 1] across the bracket: both of its stopping rules (|Δt| and |χ² − level|) are then
            // independent of the parameter's unit.
            double a = xs[i], width = xs[i + 1] - xs[i];
            double root = a + Crossing(u => chiSquared(a + u * width) - level, fs[i] - level) * width;
            if (!inside)
            {
                start = root;
                startIsEdge = false;
            }
            else
            {
                result.Add(new Interval(start!.Value, root, startIsEdge, false));
                start = null;
            }
        }

        if (start is not null)
        {
            result.Add(new Interval(start.Value, xs[^1], startIsEdge, true));
        }

        return result;
    }

    // The root in t ∈ [0, 1] of g with g(0), g(1) of opposite signs: Brent's method, and bisection (60 halvings, to the
    // resolution of t) when Brent does not converge.
    private static double Crossing(Func<double, double> g, double g0)
    {
        if (Brent.TryFindRoot(g, 0, 1, 1e-12, 200, out double t) && t >= 0 && t <= 1)
        {
            return t;
        }

        double lo = 0, hi = 1;
        bool lowNegative = g0 < 0;
        for (int k = 0; k < 60; k++)
        {
            double mid = 0.5 * (lo + hi);
            if ((g(mid) < 0) == lowNegative)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
