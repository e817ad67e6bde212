using System.Globalization;

namespace CoherentScattering.Statistics;

/// <summary>A closed interval [Low, High] of an allowed parameter range.</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end.</param>
/// <param name="LowIsScanEdge">True when the lower end is the edge of the scanned range (the region continues beyond).</param>
/// <param name="HighIsScanEdge">True when the upper end is the edge of the scanned range.</param>
/// <exception cref="ArgumentOutOfRangeException">An end that is not finite, or High &lt; Low.</exception>
public readonly record struct Interval(double Low, double High, bool LowIsScanEdge = false, bool HighIsScanEdge = false)
{
    /// <summary>Lower end.</summary>
    public double Low { get; } = Guard.Finite(Low);

    /// <summary>Upper end, ≥ Low.</summary>
    public double High { get; } = Guard.Finite(High) >= Low ? High
        : throw new ArgumentOutOfRangeException(nameof(High), Guard.Text($"High must be at least Low = {Low}, got {High}."));

    /// <summary>Whether x lies inside.</summary>
    /// <param name="x">The value.</param>
    public bool Contains(double x) => x >= Low && x <= High;

    /// <summary>The interval as text: "[low, high]", an end that is the edge of the scanned range marked
    /// " (scan edge)", e.g. "[0.1, 0.45 (scan edge)]" (the region may continue beyond that end).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Low:G5}{(LowIsScanEdge ? ScanEdge : "")}, {High:G5}{(HighIsScanEdge ? ScanEdge : "")}]");

    private const string ScanEdge = " (scan edge)";
}
