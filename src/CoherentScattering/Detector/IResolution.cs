namespace CoherentScattering.Detector;

/// <summary>The resolution step of a response chain: how a true observable value spreads over reconstructed values.</summary>
public interface IResolution
{
    /// <summary>Name for reports.</summary>
    string Name { get; }

    /// <summary>The probability density of the reconstructed value x for a true value (0 outside its support), and the
    /// interval outside which it is negligible (below 1e-12 of the total); a width of zero means no smearing.</summary>
    /// <param name="trueValue">The true observable, ≥ 0.</param>
    /// <returns>The centre and standard deviation of the spread.</returns>
    (double Centre, double Width) Spread(double trueValue);
}
