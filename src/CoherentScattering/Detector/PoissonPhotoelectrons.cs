using MathNet.Numerics;

namespace CoherentScattering.Detector;

/// <summary>Photoelectron counting statistics: a true mean μ (PE) is reconstructed as an integer count n with the
/// Poisson probability P(n; μ) = μⁿ e^{−μ}/n!. The efficiency is evaluated at the count n, and n lands in the bin
/// [lo, hi) that holds it.</summary>
/// <remarks>The sum runs over n within μ ± (10√μ + 10), outside which the Poisson mass is below 1e-15. μ = 0 gives
/// n = 0 with certainty.</remarks>
public sealed class PoissonPhotoelectrons : IResolution
{
    /// <summary>The single instance.</summary>
    public static PoissonPhotoelectrons Instance { get; } = new();

    private PoissonPhotoelectrons() { }

    /// <inheritdoc />
    public string Name => "Poisson photoelectron statistics";

    /// <summary>P(n; μ).</summary>
    /// <param name="count">n ≥ 0.</param>
    /// <param name="mean">μ ≥ 0, at most 1e9.</param>
    public static double Probability(int count, double mean)
    {
        Guard.InRange(count, 0, int.MaxValue);
        Guard.InRange(mean, 0.0, 1e9);
        return mean == 0 ? (count == 0 ? 1 : 0) : Math.Exp(count * Math.Log(mean) - mean - SpecialFunctions.GammaLn(count + 1.0));
    }

    /// <inheritdoc />
    public void Distribute(double trueValue, IReadOnlyList<double> edges, IAcceptance efficiency, Span<double> column)
    {
        double mu = Guard.InRange(trueValue, 0.0, 1e9);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(efficiency);
        double spread = 10 * Math.Sqrt(mu) + 10;
        int first = (int)Math.Max(0, Math.Floor(Math.Max(mu - spread, edges[0]))), last = (int)Math.Ceiling(Math.Min(mu + spread, edges[^1]));
        if (first > last)
        {
            return;
        }

        // P(first; μ) once, then P(n + 1) = P(n) μ/(n + 1); the bin index walks up with n.
        double p = Probability(first, mu);
        int b = GaussianResolution.BinOf(edges, first);
        for (int n = first; n <= last; n++)
        {
            while (b < column.Length && (b < 0 ? n >= edges[0] : n >= edges[b + 1]))
            {
                b++;
            }

            if (b >= 0 && b < column.Length)
            {
                column[b] += p * efficiency.Evaluate(n);
            }

            p *= mu / (n + 1);
        }
    }
}
