using MathNet.Numerics.Distributions;

namespace CoherentScattering.Sources;

/// <summary>
/// Neutrino arrival times at a pion-decay-at-rest source: a Gaussian proton pulse (mean t₀, width σ) convolved with the
/// π⁺ lifetime for the prompt ν_μ, and with the π⁺ and μ⁺ lifetimes for the delayed ν_e and ν̄_μ (flight times over a
/// few tens of metres, ~0.1 µs, are common to all and absorbed in t₀).
/// </summary>
/// <remarks>
/// Prompt: an exponentially modified Gaussian, CDF F_τ(t) = Φ(z) − exp(−(t − t₀)/τ + σ²/2τ²) Φ(z − σ/τ), z = (t − t₀)/σ.
/// Delayed: the sum of two exponential times has density (e^{−t/τ_μ} − e^{−t/τ_π})/(τ_μ − τ_π), hence
/// F(t) = [τ_μ F_{τ_μ}(t) − τ_π F_{τ_π}(t)]/(τ_μ − τ_π). The exponential term is evaluated in logarithms (with the
/// asymptotic ln Φ(y) ≈ −y²/2 − ln(−y√(2π)) below y = −30), so that σ/τ = 6 (CENNS-10's pulse and the π lifetime)
/// neither overflows nor cancels. Lifetimes from <see cref="PhysicalConstants"/> (PDG 2022). CENNS-10
/// (<c>LArParametersAnlA.yaml</c>): t₀ = 440 ± 200 ns, σ = 150 ns.
/// </remarks>
public sealed class PionDecayArrivalTime
{
    /// <summary>The CENNS-10 proton pulse: mean 440 ns, width 150 ns.</summary>
    public static PionDecayArrivalTime Cenns10 { get; } = new(440, 150);

    /// <summary>Creates the model.</summary>
    /// <param name="pulseMeanNs">t₀ in ns, |t₀| ≤ 1e6 (the pulse offset; a nuisance in fits).</param>
    /// <param name="pulseWidthNs">σ in ns, in [1, 1e5].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public PionDecayArrivalTime(double pulseMeanNs, double pulseWidthNs)
    {
        PulseMeanNs = Guard.Magnitude(pulseMeanNs, 1e6);
        PulseWidthNs = Guard.InRange(pulseWidthNs, 1.0, 1e5);
    }

    /// <summary>t₀ in ns.</summary>
    public double PulseMeanNs { get; }

    /// <summary>σ in ns.</summary>
    public double PulseWidthNs { get; }

    /// <summary>The same pulse shifted to another mean (a nuisance step).</summary>
    /// <param name="pulseMeanNs">t₀ in ns.</param>
    public PionDecayArrivalTime WithPulseMean(double pulseMeanNs) => new(pulseMeanNs, PulseWidthNs);

    /// <summary>P(arrival ≤ t) for the prompt ν_μ.</summary>
    /// <param name="timeNs">t in ns, finite.</param>
    public double PromptCumulative(double timeNs) => Clamp(Emg(Guard.Finite(timeNs), PhysicalConstants.ChargedPionLifetimeNs));

    /// <summary>P(arrival ≤ t) for the delayed ν_e and ν̄_μ.</summary>
    /// <param name="timeNs">t in ns, finite.</param>
    public double DelayedCumulative(double timeNs)
    {
        double tp = PhysicalConstants.ChargedPionLifetimeNs, tm = PhysicalConstants.MuonLifetimeNs;
        double t = Guard.Finite(timeNs);
        return Clamp((tm * Emg(t, tm) - tp * Emg(t, tp)) / (tm - tp));
    }

    /// <summary>The probabilities of time bins: prompt (<paramref name="delayed"/> false) or delayed.</summary>
    /// <param name="edgesNs">Strictly increasing bin edges in ns (at least two).</param>
    /// <param name="delayed">True for ν_e and ν̄_μ, false for the prompt ν_μ.</param>
    /// <returns>One probability per bin (the mass outside the bins is lost, as a time cut loses it).</returns>
    /// <exception cref="ArgumentException">Edges not finite and increasing.</exception>
    public double[] BinProbabilities(IEnumerable<double> edgesNs, bool delayed)
    {
        var edges = Guard.Increasing(edgesNs, 2);
        Func<double, double> cdf = delayed ? DelayedCumulative : PromptCumulative;
        var cumulative = edges.Select(cdf).ToArray();
        return Enumerable.Range(0, edges.Length - 1).Select(i => Math.Max(0, cumulative[i + 1] - cumulative[i])).ToArray();
    }

    private static double Clamp(double p) => Math.Clamp(p, 0.0, 1.0);

    // CDF of Gaussian(t₀, σ) ⊗ Exp(τ): Φ(z) − exp(−(t − t₀)/τ + σ²/2τ² + ln Φ(z − σ/τ)).
    private double Emg(double t, double tau)
    {
        double sigma = PulseWidthNs, z = (t - PulseMeanNs) / sigma;
        double logTail = -(t - PulseMeanNs) / tau + sigma * sigma / (2 * tau * tau) + LogNormalCdf(z - sigma / tau);
        return Normal.CDF(0, 1, z) - Math.Exp(Math.Min(logTail, 0));
    }

    // ln Φ(y), with the asymptotic series where Φ underflows.
    private static double LogNormalCdf(double y)
    {
        if (y > -30)
        {
            return Math.Log(Normal.CDF(0, 1, y));
        }

        double y2 = y * y;
        return -0.5 * y2 - Math.Log(-y * Math.Sqrt(2 * Math.PI)) + Math.Log(1 - 1 / y2 + 3 / (y2 * y2));
    }
}
