namespace CoherentScattering.Rates;

/// <summary>Expected events in one analysis bin [Low, High) of the observable.</summary>
/// <param name="Low">Lower edge in the detector's observable unit.</param>
/// <param name="High">Upper edge.</param>
/// <param name="Events">Expected events.</param>
public readonly record struct BinEvents(double Low, double High, double Events);
