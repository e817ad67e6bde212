using CoherentScattering.Statistics;

namespace CoherentScattering.Cli.Figures;

/// <summary>A line series.</summary>
internal sealed record Curve(string Label, double[] X, double[] Y, bool Thick = true, bool Dashed = false);

/// <summary>Data points with symmetric vertical error bars.</summary>
internal sealed record ErrorPoints(string Label, double[] X, double[] Y, double[] Error);

/// <summary>A contour line set (one confidence region): its segments (written to CSV) and the same as ordered lines (drawn).</summary>
internal sealed record ContourSet(string Label, IReadOnlyList<ContourSegment> Segments, IReadOnlyList<ContourLine> Lines, bool Dashed = false);

/// <summary>A shaded range of x (a 90 % C.L. interval), drawn across the panel's height.</summary>
internal sealed record XSpan(string Label, double Low, double High);

/// <summary>A filled confidence region on a grid: the allowed grid points (allowed[i, j] at (x_i, y_j)) shaded as their
/// cells, bounded by the contour <paramref name="Boundary"/>.</summary>
/// <param name="Label">Legend label.</param>
/// <param name="X">First-parameter grid.</param>
/// <param name="Y">Second-parameter grid.</param>
/// <param name="Allowed">Whether each grid point is allowed.</param>
/// <param name="Boundary">The region's contour (written to CSV).</param>
/// <param name="BoundaryLines">The same contour as ordered lines (drawn).</param>
/// <param name="Dashed">A dashed boundary.</param>
/// <param name="Opacity">Of the shading, in [0, 1]; 0 draws the boundary only.</param>
internal sealed record FilledRegion(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool[,] Allowed, IReadOnlyList<ContourSegment> Boundary,
    IReadOnlyList<ContourLine> BoundaryLines, bool Dashed = false,
    double Opacity = 0.2);

/// <summary>A marked point (best fit).</summary>
internal sealed record MarkedPoint(string Label, double X, double Y);

/// <summary>An expectation per bin, drawn as a step line; <paramref name="Column"/> names it in the CSV.</summary>
internal sealed record StepLine(string Label, string Column, IReadOnlyList<double> Values, bool Thick = false, bool Dashed = false);

/// <summary>Observed counts and expectations on shared bin edges (a fitted projection): the counts as points at the bin
/// centres with vertical errors below and above, each expectation a step line; written to CSV as one row per bin.</summary>
internal sealed record BinnedSeries(IReadOnlyList<double> Edges, string DataLabel, IReadOnlyList<double> Data,
    IReadOnlyList<double> ErrorLow, IReadOnlyList<double> ErrorHigh, IReadOnlyList<StepLine> Steps)
{
    public int Bins => Edges.Count - 1;
}

/// <summary>One plot panel: what is drawn, independent of the plotting library, and written both as CSV and PNG.</summary>
internal sealed record Panel(string FileStem, string Title, string XLabel, string YLabel)
{
    public IReadOnlyList<Curve> Curves { get; init; } = [];

    public IReadOnlyList<ErrorPoints> Points { get; init; } = [];

    public IReadOnlyList<ContourSet> Contours { get; init; } = [];

    public IReadOnlyList<MarkedPoint> Marks { get; init; } = [];

    public IReadOnlyList<XSpan> Spans { get; init; } = [];

    public IReadOnlyList<FilledRegion> Regions { get; init; } = [];

    /// <summary>The legend beside the plot (for panels whose curves fill the plot area).</summary>
    public bool LegendOutside { get; init; }

    /// <summary>Binned data and expectations; a panel that has them holds no other series (its CSV is their bin table).</summary>
    public BinnedSeries? Binned { get; init; }

    /// <summary>A horizontal reference line (e.g. Δχ² = 2.71 for 90 % C.L.).</summary>
    public (double Y, string Label)? HorizontalLine { get; init; }

    /// <summary>A caveat printed in the panel under its title (empty: none).</summary>
    public string Note { get; init; } = "";

    /// <summary>Axes given as log10 of the quantity.</summary>
    public bool LogX { get; init; }

    public bool LogY { get; init; }

    public (double Low, double High)? XRange { get; init; }

    public (double Low, double High)? YRange { get; init; }
}
