using CoherentScattering.Statistics;

namespace Coherent2017.Figures;

/// <summary>A line series.</summary>
internal sealed record Curve(string Label, double[] X, double[] Y, bool Thick = true, bool Dashed = false);

/// <summary>Data points with symmetric vertical error bars.</summary>
internal sealed record ErrorPoints(string Label, double[] X, double[] Y, double[] Error);

/// <summary>A contour line set (one confidence region).</summary>
internal sealed record ContourSet(string Label, IReadOnlyList<ContourSegment> Segments, bool Dashed = false);

/// <summary>A marked point (best fit).</summary>
internal sealed record MarkedPoint(string Label, double X, double Y);

/// <summary>One plot panel: what is drawn, independent of the plotting library, and written both as CSV and PNG.</summary>
internal sealed record Panel(string FileStem, string Title, string XLabel, string YLabel)
{
    public IReadOnlyList<Curve> Curves { get; init; } = [];

    public IReadOnlyList<ErrorPoints> Points { get; init; } = [];

    public IReadOnlyList<ContourSet> Contours { get; init; } = [];

    public IReadOnlyList<MarkedPoint> Marks { get; init; } = [];

    /// <summary>A horizontal reference line (e.g. Δχ² = 2.71 for 90 % C.L.).</summary>
    public (double Y, string Label)? HorizontalLine { get; init; }

    /// <summary>Axes given as log10 of the quantity.</summary>
    public bool LogX { get; init; }

    public bool LogY { get; init; }

    public (double Low, double High)? XRange { get; init; }

    public (double Low, double High)? YRange { get; init; }
}
