using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
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

    // <summary>At most this many counts are tabulated by a prepared response.</summary>
    internal const int MaxPreparedCounts = 100_000;

    IPreparedResolution? IPreparableResolution.Prepare(double[] edges, IAcceptance efficiency)
    {
        double low = Math.Ceiling(Math.Max(edges[0], 0)), high = Math.Ceiling(edges[^1]) - 1; // counts n with edges[0] ≤ n < edges[^1]
        return high - low < MaxPreparedCounts ? new Prepared(edges, efficiency, (int)low, (int)Math.Max(high, low - 1)) : null;
    }

    // The counts of the bins tabulated once: each count's bin and efficiency a(n), ln n! and 1/n. A column is then
    // P(n₀; μ) once and the recurrence P(n + 1) = P(n) μ/(n + 1) over the counts within μ ± (10√μ + 10). Several columns
    // are computed four at a time, one vector lane per column (the recurrences are independent).
    private sealed class Prepared : IPreparedResolution
    {
        // Means above this use the one-column path: below it P(n; μ) ≥ e^{−μ} for every count up to μ never underflows,
        // so a lane can start its recurrence below its own window.
        private const double VectorMaxMean = 600;
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

        public void DistributeMany(ReadOnlySpan<double> trueValues, Span<double> columns)
        {
            int nodes = trueValues.Length, bins = columns.Length / Math.Max(nodes, 1), width = Vector256<double>.Count;
            int groups = Vector256.IsHardwareAccelerated ? nodes / width : 0;
            var start = groups * width <= 1024 ? stackalloc double[groups * width] : new double[groups * width]; // ln P(n_start; μ), then P
            var window = groups <= 256 ? stackalloc int[groups * 2] : new int[groups * 2]; // per group: n_start, n_end (−1: one-column path)
            for (int g = 0; g < groups; g++)
            {
                int nStart = int.MaxValue, nEnd = -1;
                for (int l = 0; l < width; l++)
                {
                    double mu = trueValues[g * width + l];
                    if (!(mu > 0 && mu <= VectorMaxMean))
                    {
                        nEnd = -2;
                        break;
                    }

                    double spread = 10 * Math.Sqrt(mu) + 10;
                    int lo = (int)Math.Max(first, Math.Floor(mu - spread)), hi = (int)Math.Min(last, Math.Ceiling(mu + spread));
                    if (lo <= hi)
                    {
                        nStart = Math.Min(nStart, lo);
                        nEnd = Math.Max(nEnd, hi);
                    }
                }

                (window[2 * g], window[2 * g + 1]) = (nStart, nEnd);
                for (int l = 0; l < width; l++)
                {
                    double mu = trueValues[g * width + l];
                    start[g * width + l] = nEnd >= 0 ? nStart * Math.Log(mu) - mu - logFactorial[nStart - first] : 0;
                }
            }

            TensorPrimitives.Exp(start, start);
            for (int g = 0; g < groups; g++)
            {
                int nStart = window[2 * g], nEnd = window[2 * g + 1];
                if (nEnd == -2)
                {
                    for (int l = 0; l < width; l++)
                    {
                        Distribute(trueValues[g * width + l], columns.Slice((g * width + l) * bins, bins));
                    }
                }
                else if (nEnd >= 0)
                {
                    Lanes(trueValues.Slice(g * width, width), Vector256.Create<double>(start.Slice(g * width, width)), nStart, nEnd, columns.Slice(g * width * bins, width * bins), bins);
                }
            }

            for (int k = groups * width; k < nodes; k++)
            {
                Distribute(trueValues[k], columns.Slice(k * bins, bins));
            }
        }

        // Four columns: lane l holds P(n; μ_l) from n_start, and adds it where n lies in its own window μ_l ± (10√μ_l + 10).
        private void Lanes(ReadOnlySpan<double> means, Vector256<double> p, int nStart, int nEnd, Span<double> columns, int bins)
        {
            var mu = Vector256.Create(means);
            Span<double> low = stackalloc double[Vector256<double>.Count], high = stackalloc double[Vector256<double>.Count];
            for (int l = 0; l < means.Length; l++)
            {
                double spread = 10 * Math.Sqrt(means[l]) + 10;
                low[l] = Math.Max(first, Math.Floor(means[l] - spread));
                high[l] = Math.Min(last, Math.Ceiling(means[l] + spread));
            }

            Vector256<double> lo = Vector256.Create<double>(low), hi = Vector256.Create<double>(high), sum = Vector256<double>.Zero;
            for (int j = nStart - first, end = nEnd - first; j <= end; j++)
            {
                var n = Vector256.Create((double)(first + j));
                var inside = Vector256.GreaterThanOrEqual(n, lo) & Vector256.LessThanOrEqual(n, hi);
                sum += Vector256.ConditionalSelect(inside, p * efficiency[j], Vector256<double>.Zero);
                p *= mu * reciprocal[j];
                if (j == end || bin[j + 1] != bin[j])
                {
                    for (int l = 0; l < means.Length; l++)
                    {
                        columns[l * bins + bin[j]] += sum.GetElement(l);
                    }

                    sum = Vector256<double>.Zero;
                }
            }
        }
    }
}
