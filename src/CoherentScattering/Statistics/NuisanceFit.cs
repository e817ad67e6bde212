namespace CoherentScattering.Statistics;

/// <summary>The minimum of Eq. (6) over the nuisance parameters for one predicted signal.</summary>
/// <param name="ChiSquared">χ² at the profiled minimum.</param>
/// <param name="SignalPull">ξ at the minimum.</param>
/// <param name="BackgroundPull">ζ at the minimum (zero for <see cref="PullTreatment.SignalOnly"/>).</param>
public readonly record struct NuisanceFit(double ChiSquared, double SignalPull, double BackgroundPull);
