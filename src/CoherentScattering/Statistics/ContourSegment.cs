namespace CoherentScattering.Statistics;

/// <summary>One straight piece of a contour line, from (X1, Y1) to (X2, Y2), in parameter coordinates.</summary>
/// <param name="X1">Start, first parameter.</param>
/// <param name="Y1">Start, second parameter.</param>
/// <param name="X2">End, first parameter.</param>
/// <param name="Y2">End, second parameter.</param>
public readonly record struct ContourSegment(double X1, double Y1, double X2, double Y2);
