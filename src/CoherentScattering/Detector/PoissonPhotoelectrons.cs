using MathNet.Numerics;

namespace CoherentScattering.Detector;

/// <summary>Photoelectron counting statistics: a true mean μ (PE) is reconstructed as an integer count n with the
/// Poisson probability P(n; μ) = μⁿ e^{−μ}/n!. The efficiency is evaluated at the count n, and n lands in the bin
/// [lo, hi) that holds it.</summary>
/// <remarks>The sum runs over n within μ ± (10√μ + 10), outside which the Poisson mass is below 1e-15. μ = 0 gives
/// n = 0 with certainty.</remarks>
public sealed class PoissonPhotoelectrons : IResolution, IPreparableResolution
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

    /// <summary>At most this many counts are tabulated by a prepared response.</summary>
    internal const int MaxPreparedCounts = 100_000;

    IPreparedResolution? IPreparableResolution.Prepare(double[] edges, IAcceptance efficiency)
    {
        double low = Math.Ceiling(Math.Max(edges[0], 0)), high = Math.Ceiling(edges[^1]) - 1; // counts n with edges[0] ≤ n < edges[^1]
        return high - low < MaxPreparedCounts ? new Prepared(edges, efficiency, (int)low, (int)Math.Max(high, low - 1)) : null;
    }

    // The counts of the bins tabulated once: each count's bin and efficiency a(n), ln n! and 1/n. A column is then
    // P(n₀; μ) once and the recurrence P(n + 1) = P(n) μ/(n + 1) over the counts within μ ± (10√μ + 10).
    private sealed class Prepared : IPreparedResolution
    {
        private readonly int first, last;
        private readonly int[] bin;
        private readonly double[] efficiency, logFactorial, reciprocal; // reciprocal: 1/(n + 1)

        public Prepared(double[] edges, IAcceptance acceptance, int first, int last)
        {
            this.first = first;
            this.last = last;
            int count = Math.Max(last - first + 1, 0);
            bin = new int[count];
            efficiency = new double[count];
            logFactorial = new double[count];
            reciprocal = new double[count];
            for (int j = 0; j < count; j++)
            {
                int n = first + j;
                bin[j] = GaussianResolution.BinOf(edges, n);
                efficiency[j] = acceptance.Evaluate(n);
                logFactorial[j] = SpecialFunctions.GammaLn(n + 1.0);
                reciprocal[j] = 1.0 / (n + 1);
            }
        }

        public void Distribute(double trueValue, Span<double> column)
        {
            double mu = Guard.InRange(trueValue, 0.0, 1e9), spread = 10 * Math.Sqrt(mu) + 10;
            int lo = (int)Math.Max(first, Math.Floor(mu - spread)), hi = (int)Math.Min(last, Math.Ceiling(mu + spread));
            if (lo > hi)
            {
                return;
            }

            if (mu == 0)
            {
                if (lo == 0)
                {
                    column[bin[0]] += efficiency[0];
                }

                return;
            }

            double p = Math.Exp(lo * Math.Log(mu) - mu - logFactorial[lo - first]);
            int j = lo - first, end = hi - first;
            while (j <= end)
            {
                // The counts of one bin summed locally, then added once.
                int b = bin[j];
                double sum = 0;
                for (; j <= end && bin[j] == b; j++)
                {
                    sum += p * efficiency[j];
                    p *= mu * reciprocal[j];
                }

                column[b] += sum;
            }
        }
    }
}
