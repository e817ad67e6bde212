using CoherentScattering.Numerics;

namespace CoherentScattering.Statistics;

// The fit with shape systematics: x = (N_1 … N_K, θ_1 … θ_J), μ bilinear in (N, θ) (BinnedPoissonLikelihood's remarks).
public sealed partial class BinnedPoissonLikelihood
{
    // The fit with shape parameters: x = (N_1 … N_K, θ_1 … θ_J).
    private TemplateFit FitShapes(IReadOnlyDictionary<string, double>? fixedEvents)
    {
        int size = components.Length;
        var x = new double[size + theta.Count];
        var free = new bool[x.Length];
        Array.Fill(free, true);
        for (int k = 0; k < size; k++)
        {
            x[k] = Math.Clamp(components[k].Normalisation.Central, components[k].Normalisation.Low, components[k].Normalisation.High);
        }

        for (int j = 0; j < theta.Count; j++)
        {
            x[size + j] = Math.Clamp(0, theta.Low[j], theta.High[j]); // the central templates
        }

        foreach (var (name, value) in fixedEvents ?? new Dictionary<string, double>())
        {
            int k = ComponentIndex(name);
            int j = k >= 0 ? -1 : Array.IndexOf(theta.Names, name);
            if (k < 0 && j < 0)
            {
                throw new ArgumentException($"Unknown component or shape parameter '{Guard.Excerpt(name)}'; components: {string.Join(", ", components.Select(c => c.Name))}; shape parameters: {string.Join(", ", theta.Names)}.", nameof(fixedEvents));
            }

            double low = k >= 0 ? components[k].Normalisation.Low : theta.Low[j], high = k >= 0 ? components[k].Normalisation.High : theta.High[j];
            if (!(value >= low && value <= high) || !(Math.Abs(value) <= 1e100))
            {
                throw new ArgumentOutOfRangeException(nameof(fixedEvents), Guard.Text($"{name} = {value} lies outside [{low}, {high}] (and |x| ≤ 1e100)."));
            }

            int at = k >= 0 ? k : size + j;
            x[at] = value;
            free[at] = false;
        }

        return MinimiseShapes(x, free);
    }

    // μ_i = Σ_k N_k t̂_ki(θ) with t̂_k(θ) = t̂_k + Σ_j θ_j Δ_kj (HistFactory code 0, CERN-OPEN-2012-016: Δ_kj = t̂⁺_kj − t̂_k
    // for θ_j ≥ 0, t̂_k − t̂⁻_kj below), into mu.
    private void ShapeExpectation(double[] x, double[] mu)
    {
        Array.Clear(mu);
        int size = components.Length;
        for (int k = 0; k < size; k++)
        {
            double nk = x[k];
            var shape = shapes[k];
            for (int i = 0; i < mu.Length; i++)
            {
                mu[i] += nk * shape[i];
            }

            foreach (var link in theta.Links[k])
            {
                double t = x[size + link.Parameter], coefficient = nk * t;
                if (coefficient == 0)
                {
                    continue;
                }

                var shift = t >= 0 ? link.Up : link.Down;
                for (int i = 0; i < mu.Length; i++)
                {
                    mu[i] += coefficient * shift[i];
                }
            }
        }
    }

    // −2 ln L with shape parameters (Baker–Cousins as in Objective, plus the priors (θ_j − a_j)²); +∞ where μ_i ≤ 0 with n_i > 0.
    private double ShapeObjective(double[] x, double[] mu)
    {
        ShapeExpectation(x, mu);
        double penalty = NormalisationPenalty(x);
        int size = components.Length;
        for (int j = 0; j < theta.Count; j++)
        {
            double z = x[size + j] - theta.Auxiliary[j];
            penalty += z * z; // standard-normal prior of θ_j
        }

        return 2 * Deviance(mu) + penalty;
    }

    // The gradient and Hessian (dense, p × p over the listed parameters) of ShapeObjective at x with μ = mu, each θ_j on the
    // side sideUp[j] of its interpolation. With w_i = 1 − n_i/μ_i and c_i = n_i/μ_i² (Baker & Cousins terms):
    // ∂F/∂p = 2 Σ_i w_i ∂μ_i/∂p, ∂²F/∂p∂q = 2 Σ_i [c_i ∂μ_i/∂p ∂μ_i/∂q + w_i ∂²μ_i/∂p∂q]; μ is bilinear, so
    // ∂μ_i/∂N_k = t̂_ki(θ), ∂μ_i/∂θ_j = Σ_k N_k Δ_kji and the only second derivatives are ∂²μ_i/∂N_k∂θ_j = Δ_kji.
    private void ShapeDerivatives(double[] x, double[] mu, bool[] sideUp, int[] parameters, int count, double[][] columns, double[] g, double[] h)
    {
        int size = components.Length, bins = mu.Length;
        var w = columns[^2];
        var c = columns[^1];
        for (int i = 0; i < bins; i++)
        {
            double m = mu[i], d = data[i];
            w[i] = m > 0 ? 1 - d / m : 1;
            c[i] = m > 0 ? d / (m * m) : 0;
        }

        // The columns ∂μ/∂p of the listed parameters.
        var position = new int[x.Length];
        Array.Fill(position, -1);
        for (int a = 0; a < count; a++)
        {
            int p = parameters[a];
            position[p] = a;
            var column = columns[a];
            if (p < size)
            {
                Array.Copy(shapes[p], column, bins);
                foreach (var link in theta.Links[p])
                {
                    double t = x[size + link.Parameter];
                    if (t != 0)
                    {
                        var shift = t >= 0 ? link.Up : link.Down;
                        for (int i = 0; i < bins; i++)
                        {
                            column[i] += t * shift[i];
                        }
                    }
                }
            }
            else
            {
                Array.Clear(column, 0, bins);
                int j = p - size;
                for (int k = 0; k < size; k++)
                {
                    foreach (var link in theta.Links[k])
                    {
                        if (link.Parameter == j && x[k] != 0)
                        {
                            var shift = sideUp[j] ? link.Up : link.Down;
                            double nk = x[k];
                            for (int i = 0; i < bins; i++)
                            {
                                column[i] += nk * shift[i];
                            }
                        }
                    }
                }
            }
        }

        Array.Clear(g, 0, count);
        Array.Clear(h, 0, count * count);
        for (int i = 0; i < bins; i++)
        {
            double wi = w[i], ci = c[i];
            for (int a = 0; a < count; a++)
            {
                double va = columns[a][i];
                if (va == 0)
                {
                    continue;
                }

                g[a] += wi * va;
                double ca = ci * va;
                for (int b = 0; b <= a; b++)
                {
                    h[a * count + b] += ca * columns[b][i];
                }
            }
        }

        // The N–θ cross terms Σ_i w_i Δ_kji.
        for (int k = 0; k < size; k++)
        {
            if (position[k] < 0)
            {
                continue;
            }

            foreach (var link in theta.Links[k])
            {
                int a = position[k], b = position[size + link.Parameter];
                if (b < 0)
                {
                    continue;
                }

                var shift = sideUp[link.Parameter] ? link.Up : link.Down;
                double cross = 0;
                for (int i = 0; i < bins; i++)
                {
                    cross += w[i] * shift[i];
                }

                h[Math.Max(a, b) * count + Math.Min(a, b)] += cross;
            }
        }

        for (int a = 0; a < count; a++)
        {
            g[a] *= 2;
            for (int b = 0; b <= a; b++)
            {
                h[a * count + b] *= 2;
                h[b * count + a] = h[a * count + b];
            }

            int p = parameters[a];
            if (p < size)
            {
                var (d1, d2) = components[p].Normalisation.PenaltyDerivatives(x[p]);
                g[a] += d1;
                h[a * count + a] += d2;
            }
            else
            {
                g[a] += 2 * (x[p] - theta.Auxiliary[p - size]); // d(θ − a)²/dθ
                h[a * count + a] += 2;
            }
        }
    }

    // <summary>The analytic gradient of −2 ln L in (N_1 … N_K, θ_1 … θ_J), each θ on the side of its sign (θ = 0: the +1
    // side). For tests against finite differences.</summary>
    internal double[] ShapeGradient(IReadOnlyList<double> events, IReadOnlyList<double> shapeParameters)
    {
        double[] x = [.. events, .. shapeParameters];
        var mu = new double[data.Length];
        ShapeExpectation(x, mu);
        var sideUp = shapeParameters.Select(t => t >= 0).ToArray();
        var all = Enumerable.Range(0, x.Length).ToArray();
        var columns = Enumerable.Range(0, x.Length + 2).Select(_ => new double[data.Length]).ToArray();
        var g = new double[x.Length];
        ShapeDerivatives(x, mu, sideUp, all, all.Length, columns, g, new double[x.Length * x.Length]);
        return g;
    }

    // <summary>The analytic Hessian (row-major) matching <see cref="ShapeGradient"/>.</summary>
    internal double[] ShapeHessian(IReadOnlyList<double> events, IReadOnlyList<double> shapeParameters)
    {
        double[] x = [.. events, .. shapeParameters];
        var mu = new double[data.Length];
        ShapeExpectation(x, mu);
        var sideUp = shapeParameters.Select(t => t >= 0).ToArray();
        var all = Enumerable.Range(0, x.Length).ToArray();
        var columns = Enumerable.Range(0, x.Length + 2).Select(_ => new double[data.Length]).ToArray();
        var h = new double[x.Length * x.Length];
        ShapeDerivatives(x, mu, sideUp, all, all.Length, columns, new double[x.Length], h);
        return h;
    }

    // Projected Newton over the free normalisations and shape parameters. μ is bilinear in (N, θ) on each side of every
    // kink θ_j = 0, so −2 ln L is not convex: the Hessian is regularised (Levenberg: a multiple of the identity after a
    // diagonal scaling, until Cholesky succeeds) and a step that would cross a kink stops on it; at a kink the side is
    // chosen by the one-sided derivatives (and θ_j stays at 0 when both sides rise).
    private TemplateFit MinimiseShapes(double[] x, bool[] free)
    {
        int size = components.Length, total = x.Length, bins = data.Length;
        var mu = new double[bins];
        var trialMu = new double[bins];
        var trial = new double[total];
        var low = new double[total];
        var high = new double[total];
        var sideUp = new bool[theta.Count];
        var pinned = new bool[total];
        var parameters = new int[total];
        var active = new int[total];
        var columns = Enumerable.Range(0, total + 2).Select(_ => new double[bins]).ToArray();
        var g = new double[total];
        var h = new double[total * total];
        var gActive = new double[total];
        var hActive = new double[total * total];
        for (int k = 0; k < size; k++)
        {
            low[k] = components[k].Normalisation.Low;
            high[k] = components[k].Normalisation.High;
        }

        double f = ShapeObjective(x, mu);
        if (double.IsPositiveInfinity(f))
        {
            // The central shapes, and the data total shared as in Minimise.
            double start = 1e-3 * data.Sum() / size + 1;
            for (int k = 0; k < size; k++)
            {
                x[k] = free[k] ? Math.Clamp(Math.Max(x[k], start), low[k], high[k]) : x[k];
            }

            for (int j = 0; j < theta.Count; j++)
            {
                x[size + j] = free[size + j] ? Math.Clamp(0, theta.Low[j], theta.High[j]) : x[size + j];
            }

            f = ShapeObjective(x, mu);
        }

        int steps = 0;
        for (; steps < MaxSteps && double.IsFinite(f); steps++)
        {
            // The side of each θ and the bounds of its piece: a kink at 0 bounds the piece.
            int count = 0;
            for (int p = 0; p < total; p++)
            {
                if (free[p])
                {
                    parameters[count++] = p;
                }
            }

            for (int j = 0; j < theta.Count; j++)
            {
                int p = size + j;
                double t = x[p];
                sideUp[j] = t >= 0;
                pinned[p] = false;
                low[p] = theta.Low[j];
                high[p] = theta.High[j];
                if (!theta.Kink[j] || !free[p])
                {
                    continue;
                }

                if (t == 0)
                {
                    // One-sided derivatives at the kink: move to the side where −2 ln L falls (the steeper if both).
                    double up = OneSidedSlope(x, mu, j, true), down = OneSidedSlope(x, mu, j, false);
                    bool canDown = theta.Low[j] < 0;
                    if (up < 0 && (!canDown || !(down > 0) || -up >= down))
                    {
                        sideUp[j] = true;
                    }
                    else if (canDown && down > 0)
                    {
                        sideUp[j] = false;
                    }
                    else
                    {
                        pinned[p] = true; // a kink minimum in θ_j (for the other parameters as they are)
                    }
                }

                if (sideUp[j])
                {
                    low[p] = Math.Max(0, low[p]);
                }
                else
                {
                    high[p] = Math.Min(0, high[p]);
                }
            }

            ShapeDerivatives(x, mu, sideUp, parameters, count, columns, g, h);

            // Active set: free parameters not pinned at a kink nor pushed against a bound by the gradient.
            int m = 0;
            for (int a = 0; a < count; a++)
            {
                int p = parameters[a];
                if (!pinned[p] && !(x[p] <= low[p] && g[a] > 0) && !(x[p] >= high[p] && g[a] < 0))
                {
                    active[m++] = a;
                }
            }

            if (m == 0)
            {
                break;
            }

            for (int r = 0; r < m; r++)
            {
                gActive[r] = g[active[r]];
                for (int s = 0; s < m; s++)
                {
                    hActive[r * m + s] = h[active[r] * count + active[s]];
                }
            }

            var step = SmallLinearSystems.SolveRegularised(hActive, gActive, m);
            double decrement = 0;
            for (int r = 0; r < m; r++)
            {
                decrement -= gActive[r] * step[r];
            }

            if (!(decrement > 1e-12 * Math.Max(1, Math.Abs(f))))
            {
                break;
            }

            double alpha = 1;
            bool improved = false;
            for (int tries = 0; tries < 60; tries++, alpha *= 0.5)
            {
                Array.Copy(x, trial, total);
                for (int r = 0; r < m; r++)
                {
                    int p = parameters[active[r]];
                    trial[p] = Math.Clamp(x[p] + alpha * step[r], low[p], high[p]);
                }

                double ft = ShapeObjective(trial, trialMu); // +∞ where a bin with counts gets μ ≤ 0: backtracked
                if (ft <= f - 1e-4 * alpha * decrement || (ft < f && tries > 30))
                {
                    (x, trial) = (trial, x);
                    (mu, trialMu) = (trialMu, mu);
                    f = ft;
                    improved = true;
                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        if (!double.IsFinite(f))
        {
            throw new InvalidOperationException("The data hold counts in bins that no template can fill: the likelihood is zero for every normalisation.");
        }

        return new TemplateFit(f, components.Select(c => c.Name).ToArray(), x[..size], steps, theta.Names, x[size..]);
    }

    // d(−2 ln L)/dθ_j on one side of θ_j = 0: 2 Σ_i w_i Σ_k N_k Δ_kji + 2(θ_j − a_j).
    private double OneSidedSlope(double[] x, double[] mu, int j, bool up)
    {
        int size = components.Length;
        double slope = 0;
        for (int k = 0; k < size; k++)
        {
            foreach (var link in theta.Links[k])
            {
                if (link.Parameter != j || x[k] == 0)
                {
                    continue;
                }

                var shift = up ? link.Up : link.Down;
                double sum = 0;
                for (int i = 0; i < mu.Length; i++)
                {
                    double m = mu[i];
                    sum += (m > 0 ? 1 - data[i] / m : 1) * shift[i];
                }

                slope += x[k] * sum;
            }
        }

        return 2 * slope + 2 * (x[size + j] - theta.Auxiliary[j]);
    }
}
