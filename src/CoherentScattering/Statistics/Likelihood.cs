namespace CoherentScattering.Statistics;

/// <summary>
/// The χ² of paper Eq. (6) with the nuisance parameters profiled in closed form:
/// χ²(N) = min_{ξ,ζ} [(N_meas − N(1+ξ) − B(1+ζ))²/σ² + (ξ/σ_ξ)² + (ζ/σ_ζ)²].
/// </summary>
/// <remarks>
/// The bracket is quadratic in (ξ, ζ). With D = N_meas − N − B and the residual r = D − Nξ − Bζ, stationarity gives
/// ξ = σ_ξ² N r/σ², ζ = σ_ζ² B r/σ², hence r = D σ²/(σ² + σ_ξ²N² + σ_ζ²B²) and
/// χ²_min = D² / (σ² + σ_ξ² N² + σ_ζ² B²). For <see cref="PullTreatment.SignalOnly"/> the σ_ζ² B² term is absent.
/// Tested against a numerical minimiser. Thread-safe and allocation-free.
/// </remarks>
public sealed class Likelihood
{
    /// <summary>Creates the likelihood.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <param name="treatment">Which pulls are profiled (both by default, as in Eq. 6).</param>
    /// <exception cref="ArgumentNullException">No measurement.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined treatment.</exception>
    public Likelihood(CountingMeasurement measurement, PullTreatment treatment = PullTreatment.SignalAndBackground)
    {
        Measurement = Guard.NotNull(measurement);
        Treatment = Guard.Defined(treatment);
    }

    /// <summary>The measurement.</summary>
    public CountingMeasurement Measurement { get; }

    /// <summary>The pull treatment.</summary>
    public PullTreatment Treatment { get; }

    /// <summary>χ² profiled over the pulls, for a predicted signal N.</summary>
    /// <param name="predictedSignal">N in [0, 1e250].</param>
    /// <exception cref="ArgumentOutOfRangeException">N negative, not finite or above 1e250.</exception>
    public double ChiSquared(double predictedSignal) => Fit(predictedSignal).ChiSquared;

    /// <summary>The profiled minimum and the pulls at it.</summary>
    /// <param name="predictedSignal">N in [0, 1e250].</param>
    /// <exception cref="ArgumentOutOfRangeException">N negative, not finite or above 1e250.</exception>
    public NuisanceFit Fit(double predictedSignal)
    {
        double n = Guard.InRange(predictedSignal, 0.0, Guard.QuantityLimit);
        var m = Measurement;
        double b = m.BeamOnBackground, s2 = m.StatisticalVariance;
        double xi2 = m.SignalUncertainty * m.SignalUncertainty;
        double zeta2 = Treatment == PullTreatment.SignalAndBackground ? m.BackgroundUncertainty * m.BackgroundUncertainty : 0.0;
        double d = m.ObservedEvents - n - b;
        // Everything scaled by s = max(|D|, N, 1) so that huge predictions give a huge finite χ², not ∞/∞.
        double scale = Math.Max(Math.Max(Math.Abs(d), n), 1.0);
        double ds = d / scale, ns = n / scale;
        double denominator = (s2 + zeta2 * b * b) / (scale * scale) + xi2 * ns * ns; // (σ² + σ_ξ²N² + σ_ζ²B²)/s²
        double chi2 = ds * ds / denominator;
        double rOverS2 = ds / (scale * denominator); // r/σ² = D/(σ² + σ_ξ²N² + σ_ζ²B²)
        return new NuisanceFit(chi2, xi2 * n * rOverS2, zeta2 * b * rOverS2);
    }

    /// <summary>The bracket of Eq. (6) at given pulls, before minimisation (for checks and plots).</summary>
    /// <param name="predictedSignal">N.</param>
    /// <param name="signalPull">ξ.</param>
    /// <param name="backgroundPull">ζ (ignored for <see cref="PullTreatment.SignalOnly"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">N negative, a value not finite, or |N|, |ξ|, |ζ| above 1e100 (the
    /// bracket would leave the double range).</exception>
    public double ChiSquaredAt(double predictedSignal, double signalPull, double backgroundPull)
    {
        Guard.InRange(predictedSignal, 0.0, 1e100);
        Guard.Magnitude(signalPull, 1e100);
        Guard.Magnitude(backgroundPull, 1e100);
        var m = Measurement;
        double zeta = Treatment == PullTreatment.SignalAndBackground ? backgroundPull : 0.0;
        double residual = m.ObservedEvents - predictedSignal * (1 + signalPull) - m.BeamOnBackground * (1 + zeta);
        double sigma = Math.Sqrt(m.StatisticalVariance), r = residual / sigma; // r² without overflow of residual²
        double chi2 = r * r + Math.Pow(signalPull / m.SignalUncertainty, 2);
        chi2 = Treatment == PullTreatment.SignalAndBackground ? chi2 + Math.Pow(zeta / m.BackgroundUncertainty, 2) : chi2;
        return Guard.FiniteResult(chi2, nameof(predictedSignal), "the χ² bracket of Eq. (6)");
    }
}
