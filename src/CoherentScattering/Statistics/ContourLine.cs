namespace CoherentScattering.Statistics;

/// <summary>One connected contour line in parameter coordinates: the crossings of the level, in order along the line,
/// each joined to the next by a straight piece.</summary>
/// <remarks>A closed line (<see cref="IsClosed"/>) goes round a region inside the grid; its last point repeats its
/// first, so drawing <see cref="Points"/> in order draws the whole loop. An open line starts and ends on the edge of the
/// grid (the region continues beyond the scanned range).</remarks>
public sealed class ContourLine
{
    internal ContourLine((double X, double Y)[] points, bool isClosed)
    {
        Points = Array.AsReadOnly(points);
        IsClosed = isClosed;
    }

    /// <summary>The points in order along the line (at least two; a closed line ends on its first point).</summary>
    public IReadOnlyList<(double X, double Y)> Points { get; }

    /// <summary>Whether the line closes on itself (true) or ends on the edge of the grid at both ends (false).</summary>
    public bool IsClosed { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Guard.Text($"ContourLine {{ {(IsClosed ? "closed" : "open")}, {Points.Count} points, ({Points[0].X}, {Points[0].Y}) → ({Points[^1].X}, {Points[^1].Y}) }}");
}
