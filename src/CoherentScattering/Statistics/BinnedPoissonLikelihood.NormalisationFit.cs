using System.Buffers;
using System.Numerics.Tensors;
using CoherentScattering.Numerics;

namespace CoherentScattering.Statistics;

// The fit over the normalisations alone: −2 ln L is convex in them (μ linear), minimised by projected Newton.
public sealed partial class BinnedPoissonLikelihood
{
    // Projected Newton on the convex objective over the free normalisations.
    private TemplateFit Minimise(double[] n, bool[] free)
    {
        // The five per-bin work arrays in one pooled buffer (a fit runs many times per scan).
        int bins = data.Length;
        var buffer = ArrayPool<double>.Shared.Rent(5 * bins);
        try
        {
            return Minimise(n, free, buffer.AsSpan(0, 5 * bins));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private TemplateFit Minimise(double[] n, bool[] free, Span<double> work)
    {
        int size = n.Length, bins = data.Length;
        Span<double> mu = work[..bins], trialMu = work.Slice(bins, bins), slope = work.Slice(2 * bins, bins), curvature = work.Slice(3 * bins, bins),
            weighted = work.Slice(4 * bins, bins);
        var trial = new double[size];
        var g = new double[size];
        var h = new double[size, size];
        var active = new int[size];
        double f = Objective(n, mu);
        if (double.IsPositiveInfinity(f))
        {
            // Start from the data total shared in proportion to the central values, which keeps every μ_i > 0 wherever a
            // free template can reach.
            double start = 1e-3 * data.Sum() / size + 1;
            for (int k = 0; k < size; k++)
            {
                n[k] = free[k] ? Math.Clamp(Math.Max(n[k], start), components[k].Normalisation.Low, components[k].Normalisation.High) : n[k];
            }

            f = Objective(n, mu);
        }

        // The free normalisations, and their gradient and Hessian (lower triangle, flat): fixed ones are never needed.
        int m = 0;
        var index = new int[size];
        for (int k = 0; k < size; k++)
        {
            if (free[k])
            {
                index[m++] = k;
            }
        }

        var gFree = new double[m];
        var hFree = new double[m * m];
        int steps = 0;
        for (; steps < MaxSteps && double.IsFinite(f); steps++)
        {
            // ∂(−2 ln L)/∂N_k = 2 Σ_i t̂_ki (1 − n_i/μ_i), ∂²/∂N_k∂N_l = 2 Σ_i t̂_ki t̂_li n_i/μ_i²: per-bin weights, then
            // dot products.
            BakerCousinsWeights(mu, slope, curvature);
            for (int a = 0; a < m; a++)
            {
                var sa = shapes[index[a]];
                gFree[a] = TensorPrimitives.Dot(sa, slope);
                TensorPrimitives.Multiply(sa, curvature, weighted);
                for (int b = 0; b <= a; b++)
                {
                    hFree[a * m + b] = TensorPrimitives.Dot(weighted, shapes[index[b]]);
                }
            }

            Array.Clear(g);
            Array.Clear(h);
            for (int a = 0; a < m; a++)
            {
                g[index[a]] = 2 * gFree[a];
                for (int b = 0; b <= a; b++)
                {
                    h[index[a], index[b]] = h[index[b], index[a]] = 2 * hFree[a * m + b];
                }
            }

            for (int k = 0; k < size; k++)
            {
                var (d1, d2) = components[k].Normalisation.PenaltyDerivatives(n[k]);
                g[k] += d1;
                h[k, k] += d2;
            }

            // Active set: free parameters not pushed against a bound by the gradient.
            int count = 0;
            for (int k = 0; k < size; k++)
            {
                if (free[k] && !(n[k] <= components[k].Normalisation.Low && g[k] > 0) && !(n[k] >= components[k].Normalisation.High && g[k] < 0))
                {
                    active[count++] = k;
                }
            }

            if (count == 0)
            {
                break;
            }

            var step = SmallLinearSystems.Solve(h, g, active.AsSpan(0, count));
            double decrement = 0;
            for (int j = 0; j < count; j++)
            {
                decrement -= g[active[j]] * step[j];
            }

            if (!(decrement > 1e-12 * Math.Max(1, Math.Abs(f))))
            {
                break;
            }

            double alpha = 1;
            bool improved = false, converged = false;
            for (int tries = 0; tries < 60; tries++, alpha *= 0.5)
            {
                Array.Copy(n, trial, size);
                bool clamped = false;
                for (int j = 0; j < count; j++)
                {
                    int k = active[j];
                    double x = n[k] + alpha * step[j];
                    trial[k] = Math.Clamp(x, components[k].Normalisation.Low, components[k].Normalisation.High);
                    clamped |= trial[k] != x;
                }

                double ft = Objective(trial, trialMu);
                if (ft <= f - 1e-4 * alpha * decrement || (ft < f && tries > 30))
                {
                    (n, trial) = (trial, n);
                    var swap = mu;
                    mu = trialMu;
                    trialMu = swap;
                    // −2 ln L is twice a self-concordant function F (Σ μ − n ln μ with μ affine in N, plus quadratic
                    // penalties), and the decrement is 2λ² for F's Newton decrement λ. After a full, unclamped Newton step
                    // λ⁺ ≤ (λ/(1 − λ))² (Boyd & Vandenberghe, Convex Optimization, §9.6.4): when the next decrement 2λ⁺² is
                    // already below the tolerance, the step that would measure it is skipped.
                    double lambda = Math.Sqrt(0.5 * decrement), next = lambda / (1 - lambda);
                    converged = tries == 0 && !clamped && lambda < 0.25 && 2 * Math.Pow(next, 4) <= 1e-12 * Math.Max(1, Math.Abs(ft));
                    f = ft;
                    improved = true;
                    break;
                }
            }

            if (!improved)
            {
                break;
            }

            if (converged)
            {
                steps++;
                break;
            }
        }

        if (!double.IsFinite(f))
        {
            throw new InvalidOperationException("The data hold counts in bins that no template can fill: the likelihood is zero for every normalisation.");
        }

        var names = new string[size];
        for (int k = 0; k < size; k++)
        {
            names[k] = components[k].Name;
        }

        return new TemplateFit(f, names, (double[])n.Clone(), steps, [], []);
    }

    // The Baker–Cousins weights of the gradient and Hessian: w_i = 1 − n_i/μ_i and c_i = n_i/μ_i² (w_i = 1, c_i = 0 where
    // μ_i ≤ 0, a bin no template reaches).
    private void BakerCousinsWeights(ReadOnlySpan<double> mu, Span<double> slope, Span<double> curvature)
    {
        TensorPrimitives.Divide(data, mu, slope); // n_i/μ_i
        TensorPrimitives.Divide(slope, mu, curvature);
        if (!(TensorPrimitives.Min<double>(mu) > 0))
        {
            for (int i = 0; i < mu.Length; i++)
            {
                if (!(mu[i] > 0))
                {
                    slope[i] = curvature[i] = 0;
                }
            }
        }

        TensorPrimitives.Subtract(1.0, slope, slope);
    }
}
