namespace CoherentScattering.Statistics;

/// <summary>
/// A two-parameter χ² map on a grid: the minimum and best-fit point, Δχ² everywhere, and the contour lines of a
/// confidence level (marching squares with linear interpolation, so every disjoint part of a region is drawn).
/// </summary>
/// <remarks>Cells are independent, so <see cref="ScanByRow"/>
/// evaluates rows in parallel; the result is identical to a serial scan.</remarks>
public sealed class ParameterMap
{
    private readonly double[] x;
    private readonly double[] y;
    private readonly double[,] chi2; // [ix, iy]

    private ParameterMap(double[] x, double[] y, double[,] chi2)
    {
        this.x = x;
        this.y = y;
        this.chi2 = chi2;
        double min = double.PositiveInfinity;
        int bi = 0, bj = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < y.Length; j++)
            {
                if (chi2[i, j] < min)
                {
                    (min, bi, bj) = (chi2[i, j], i, j);
                }
            }
        }

        (MinimumChiSquared, BestFit) = Refine(bi, bj);
    }

    // The grid minimum refined by the paraboloid through its 3×3 neighbourhood (in index coordinates), when that
    // paraboloid has a minimum inside the neighbourhood; otherwise the grid point itself.
    private (double Minimum, (double X, double Y) At) Refine(int i, int j)
    {
        double f0 = chi2[i, j];
        if (i == 0 || j == 0 || i == x.Length - 1 || j == y.Length - 1)
        {
            return (f0, (x[i], y[j]));
        }

        double b = 0.5 * (chi2[i + 1, j] - chi2[i - 1, j]), c = 0.5 * (chi2[i, j + 1] - chi2[i, j - 1]);
        double d = 0.5 * (chi2[i + 1, j] + chi2[i - 1, j]) - f0, g = 0.5 * (chi2[i, j + 1] + chi2[i, j - 1]) - f0;
        double e = 0.25 * (chi2[i + 1, j + 1] - chi2[i + 1, j - 1] - chi2[i - 1, j + 1] + chi2[i - 1, j - 1]);
        double det = 4 * d * g - e * e;
        if (!(d > 0 && det > 0))
        {
            return (f0, (x[i], y[j]));
        }

        double u = (-2 * g * b + e * c) / det, v = (-2 * d * c + e * b) / det;
        if (Math.Abs(u) > 1 || Math.Abs(v) > 1)
        {
            return (f0, (x[i], y[j]));
        }

        double predicted = f0 + b * u + c * v + d * u * u + e * u * v + g * v * v;
        double X(double t) => t >= 0 ? x[i] + t * (x[i + 1] - x[i]) : x[i] + t * (x[i] - x[i - 1]);
        double Y(double t) => t >= 0 ? y[j] + t * (y[j + 1] - y[j]) : y[j] + t * (y[j] - y[j - 1]);
        // A χ² that is non-negative on the whole grid is non-negative everywhere: a paraboloid dipping below zero (a flat
        // valley of exact fits) is an extrapolation artefact, so the estimate is not allowed below zero then.
        bool nonNegative = f0 >= 0;
        return predicted < f0 && (!nonNegative || predicted >= 0) ? (predicted, (X(u), Y(v))) : (f0, (x[i], y[j]));
    }

    /// <summary>Scans a model likelihood over a two-parameter family of models (Eq. 6, a spectral fit or a joint fit).</summary>
    /// <param name="likelihood">The likelihood (profiled over its nuisances at every point).</param>
    /// <param name="model">(x, y) ↦ model; must be thread-safe.</param>
    /// <param name="xGrid">First-parameter grid (at least 2 points).</param>
    /// <param name="yGrid">Second-parameter grid (at least 2 points).</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">As for the χ² overload, or a model the likelihood cannot evaluate.</exception>
    public static ParameterMap ScanModels(IModelLikelihood likelihood, Func<double, double, CrossSections.ICrossSectionModel> model, IReadOnlyList<double> xGrid,
        IReadOnlyList<double> yGrid, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(model);
        return Scan((x, y) => ModelEvaluation.At(likelihood, () => model(x, y), $"(x, y) = ({x}, {y})"), xGrid, yGrid, progress, cancellationToken);
    }

    /// <summary>Scans χ²(x, y) on a grid.</summary>
    /// <param name="chiSquared">χ²(x, y); must be thread-safe (rows run in parallel).</param>
    /// <param name="xGrid">First-parameter grid (at least 2 points).</param>
    /// <param name="yGrid">Second-parameter grid (at least 2 points).</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">A grid with fewer than 2 points, not finite or not strictly increasing, or a non-finite χ².</exception>
    public static ParameterMap Scan(Func<double, double, double> chiSquared, IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chiSquared);
        double[] xs = Guard.Increasing(xGrid, 2), ys = Guard.Increasing(yGrid, 2);
        return Create(xs, ys, Evaluate(yv => xv => chiSquared(xv, yv), xs, ys, progress, cancellationToken), nameof(chiSquared));
    }

    /// <summary>Scans a map row by row: for each y, <paramref name="rowFactory"/> prepares x → χ² once (for example the
    /// parameter-free integrals of that row), then the row is evaluated.</summary>
    /// <param name="rowFactory">y ↦ (x ↦ χ²); must be thread-safe.</param>
    /// <param name="xGrid">First-parameter grid.</param>
    /// <param name="yGrid">Second-parameter grid.</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">A grid with fewer than 2 points, not finite or not strictly increasing, or a non-finite χ².</exception>
    public static ParameterMap ScanByRow(Func<double, Func<double, double>> rowFactory, IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rowFactory);
        double[] xs = Guard.Increasing(xGrid, 2), ys = Guard.Increasing(yGrid, 2);
        return Create(xs, ys, Evaluate(rowFactory, xs, ys, progress, cancellationToken), nameof(rowFactory));
    }

    // values[i, j] = rowFactory(ys[j])(xs[i]), rows in parallel.
    private static double[,] Evaluate(Func<double, Func<double, double>> rowFactory, double[] xs, double[] ys, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if ((long)xs.Length * ys.Length > MaxPoints)
        {
            throw new ArgumentException(Guard.Text($"A map of {xs.Length} × {ys.Length} points exceeds the limit of {MaxPoints} points."), "xGrid");
        }

        var values = new double[xs.Length, ys.Length];
        Numerics.ParallelGrid.For(ys.Length, j =>
        {
            var row = rowFactory(ys[j]) ?? throw new ArgumentException(Guard.Text($"The factory returned null for {ys[j]}."), nameof(rowFactory));
            for (int i = 0; i < xs.Length; i++)
            {
                values[i, j] = row(xs[i]);
            }
        }, progress, cancellationToken);
        return values;
    }

    /// <summary>The largest number of grid points a map may have.</summary>
    public const int MaxPoints = 25_000_000;

    private static ParameterMap Create(double[] xs, double[] ys, double[,] values, string function)
    {
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ys.Length; j++)
            {
                if (!double.IsFinite(values[i, j]))
                {
                    throw new ArgumentException(Guard.Text($"χ² is not finite at ({xs[i]}, {ys[j]}) (got {values[i, j]})."), function);
                }
            }
        }

        return new ParameterMap(xs, ys, values);
    }

    /// <summary>Scans a map column by column: for each x, <paramref name="columnFactory"/> prepares y → χ² once (for
    /// example a mediator mass on the x axis, with the rate's dependence on the coupling fitted per mass).</summary>
    /// <param name="columnFactory">x ↦ (y ↦ χ²); must be thread-safe.</param>
    /// <param name="xGrid">First-parameter grid.</param>
    /// <param name="yGrid">Second-parameter grid.</param>
    /// <param name="progress">Optional progress in [0, 1].</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">A grid with fewer than 2 points, not finite or not strictly increasing, or a non-finite χ².</exception>
    public static ParameterMap ScanByColumn(Func<double, Func<double, double>> columnFactory, IReadOnlyList<double> xGrid, IReadOnlyList<double> yGrid,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columnFactory);
        double[] xs = Guard.Increasing(xGrid, 2), ys = Guard.Increasing(yGrid, 2);
        double[,] transposed;
        try
        {
            transposed = Evaluate(columnFactory, ys, xs, progress, cancellationToken);
        }
        catch (ArgumentException e) when (e.ParamName == "rowFactory")
        {
            throw new ArgumentException(e.Message.Replace(" (Parameter 'rowFactory')", "", StringComparison.Ordinal), nameof(columnFactory), e);
        }
        var values = new double[xs.Length, ys.Length];
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ys.Length; j++)
            {
                values[i, j] = transposed[j, i];
            }
        }

        return Create(xs, ys, values, nameof(columnFactory));
    }

    /// <summary>Writes the map as CSV in long format: columns x, y, chi2, delta_chi2 (x varies fastest within each y).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="xName">Name of the x column.</param>
    /// <param name="yName">Name of the y column.</param>
    public void WriteCsv(TextWriter writer, string xName = "x", string yName = "y")
    {
        ArgumentNullException.ThrowIfNull(writer);
        IO.CsvTable.CheckColumnName(xName, nameof(xName));
        IO.CsvTable.CheckColumnName(yName, nameof(yName));
        int n = x.Length * y.Length;
        double[] xs = new double[n], ys = new double[n], c = new double[n], d = new double[n];
        for (int j = 0, k = 0; j < y.Length; j++)
        {
            for (int i = 0; i < x.Length; i++, k++)
            {
                (xs[k], ys[k], c[k], d[k]) = (x[i], y[j], chi2[i, j], DeltaChiSquared(i, j));
            }
        }

        IO.CsvTable.Write(writer, [xName, yName, "chi2", "delta_chi2"], [xs, ys, c, d],
            [Guard.Text($"best fit ({BestFit.X:R}, {BestFit.Y:R}), chi2_min {MinimumChiSquared:R}")]);
    }

    /// <summary>First-parameter grid.</summary>
    public IReadOnlyList<double> XGrid => x;

    /// <summary>Second-parameter grid.</summary>
    public IReadOnlyList<double> YGrid => y;

    /// <summary>Minimum χ²: the grid minimum refined by the paraboloid through its 3×3 neighbourhood (never above the grid minimum).</summary>
    public double MinimumChiSquared { get; }

    /// <summary>Position of <see cref="MinimumChiSquared"/>.</summary>
    public (double X, double Y) BestFit { get; }

    /// <summary>χ² at grid point (i, j).</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index out of range.</exception>
    public double ChiSquared(int i, int j) => chi2[Guard.Index(i, x.Length), Guard.Index(j, y.Length)];

    /// <summary>Δχ² = χ² − χ²_min at grid point (i, j), ≥ 0.</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index out of range.</exception>
    public double DeltaChiSquared(int i, int j) => ChiSquared(i, j) - MinimumChiSquared;

    /// <summary>Whether grid point (i, j) is inside the region of a confidence level (two degrees of freedom).</summary>
    /// <param name="i">Index into <see cref="XGrid"/>.</param>
    /// <param name="j">Index into <see cref="YGrid"/>.</param>
    /// <param name="confidenceLevel">CL, default 0.9 (Δχ² = 4.6052).</param>
    public bool IsAllowed(int i, int j, double confidenceLevel = 0.9) => DeltaChiSquared(i, j) <= ChiSquaredThreshold.For(confidenceLevel, 2);

    /// <summary>Contour lines of Δχ² at a confidence level for two degrees of freedom.</summary>
    /// <param name="confidenceLevel">CL, default 0.9.</param>
    public IReadOnlyList<ContourSegment> Contour(double confidenceLevel = 0.9) => ContourAt(ChiSquaredThreshold.For(confidenceLevel, 2));

    /// <summary>Contour lines where Δχ² equals a threshold (marching squares; saddles resolved by the cell average).</summary>
    /// <param name="deltaChiSquared">Threshold, &gt; 0.</param>
    public IReadOnlyList<ContourSegment> ContourAt(double deltaChiSquared)
    {
        Guard.Positive(deltaChiSquared);
        double level = MinimumChiSquared + deltaChiSquared;
        return MarchingSquares.Segments(x, y, (i, j) => chi2[i, j] - level);
    }

    /// <summary>The contour of a confidence level for two degrees of freedom as connected lines, each with its points in
    /// order (the segments of <see cref="Contour"/> joined).</summary>
    /// <param name="confidenceLevel">CL, default 0.9.</param>
    public IReadOnlyList<ContourLine> ContourLines(double confidenceLevel = 0.9) => ContourLinesAt(ChiSquaredThreshold.For(confidenceLevel, 2));

    /// <summary>The lines where Δχ² equals a threshold, each with its points in order: one closed line round every part
    /// of the region inside the grid, one open line, ending on the grid's edge at both ends, for every part the scan
    /// range cuts (the segments of <see cref="ContourAt"/> joined).</summary>
    /// <param name="deltaChiSquared">Threshold, &gt; 0.</param>
    public IReadOnlyList<ContourLine> ContourLinesAt(double deltaChiSquared)
    {
        Guard.Positive(deltaChiSquared);
        double level = MinimumChiSquared + deltaChiSquared;
        return MarchingSquares.Lines(x, y, (i, j) => chi2[i, j] - level);
    }
}
