namespace CoherentScattering.Rates;

/// <summary>Expected events in one analysis bin [Low, High) of the observable.</summary>
/// <param name="Low">Lower edge in the detector's observable unit.</param>
/// <param name="High">Upper edge.</param>
/// <param name="Events">Expected events.</param>
/// <exception cref="ArgumentOutOfRangeException">A value that is not finite, or High ≤ Low.</exception>
public readonly record struct BinEvents(double Low, double High, double Events)
{
    /// <summary>Lower edge.</summary>
    public double Low { get; } = Guard.Finite(Low);

    /// <summary>Upper edge, &gt; Low.</summary>
    public double High { get; } = Guard.Finite(High) > Low ? High
        : throw new ArgumentOutOfRangeException(nameof(High), Guard.Text($"High must exceed Low = {Low}, got {High}."));

    /// <summary>Expected (or measured) events; may be negative for background-subtracted residuals.</summary>
    public double Events { get; } = Guard.Finite(Events);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"BinEvents {{ Low = {Low}, High = {High}, Events = {Events} }}");
}
