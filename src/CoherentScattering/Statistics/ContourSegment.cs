namespace CoherentScattering.Statistics;

/// <summary>One straight piece of a contour line, from (X1, Y1) to (X2, Y2), in parameter coordinates.</summary>
/// <param name="X1">Start, first parameter.</param>
/// <param name="Y1">Start, second parameter.</param>
/// <param name="X2">End, first parameter.</param>
/// <param name="Y2">End, second parameter.</param>
/// <exception cref="ArgumentOutOfRangeException">A coordinate that is not finite.</exception>
public readonly record struct ContourSegment(double X1, double Y1, double X2, double Y2)
{
    /// <summary>Start, first parameter.</summary>
    public double X1 { get; } = Guard.Finite(X1);

    /// <summary>Start, second parameter.</summary>
    public double Y1 { get; } = Guard.Finite(Y1);

    /// <summary>End, first parameter.</summary>
    public double X2 { get; } = Guard.Finite(X2);

    /// <summary>End, second parameter.</summary>
    public double Y2 { get; } = Guard.Finite(Y2);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"ContourSegment {{ ({X1}, {Y1}) → ({X2}, {Y2}) }}");
}
