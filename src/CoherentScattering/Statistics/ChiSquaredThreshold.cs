namespace CoherentScattering.Statistics;

/// <summary>Δχ² thresholds for a confidence level from the χ² distribution's quantile (Wilks): 2.7055 for one
/// parameter at 90 %, 4.6052 for two.</summary>
public static class ChiSquaredThreshold
{
    /// <summary>The quantile of the χ² distribution with the given degrees of freedom.</summary>
    /// <param name="confidenceLevel">CL in (0, 1), e.g. 0.9.</param>
    /// <param name="degreesOfFreedom">Number of scanned parameters, in [1, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public static double For(double confidenceLevel, int degreesOfFreedom)
    {
        Guard.InRange(confidenceLevel, 1e-12, 1 - 1e-12);
        Guard.InRange(degreesOfFreedom, 1, 100);
        return MathNet.Numerics.Distributions.ChiSquared.InvCDF(degreesOfFreedom, confidenceLevel);
    }
}
