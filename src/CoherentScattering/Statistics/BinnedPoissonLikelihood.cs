namespace CoherentScattering.Statistics;

/// <summary>
/// The binned Poisson likelihood of observed counts n_i against μ_i = Σ_k N_k t̂_ki, the sum of template shapes t̂_k
/// (each summing to one) scaled by their total events N_k:
/// −2 ln L = 2 Σ_i [μ_i − n_i + n_i ln(n_i/μ_i)] + Σ_k ((N_k − c_k)/σ_k)²
/// (the Poisson likelihood-ratio χ² of Baker &amp; Cousins, NIM 221, 437 (1984); the n_i = 0 terms are 2μ_i), with the Gaussian penalties of the
/// constrained normalisations.
/// </summary>
/// <remarks>
/// μ is linear in the normalisations, so −2 ln L is convex in them: the profile over any subset is found by Newton's
/// method with the analytic gradient and Hessian, projected onto the bounds (active set) and with a backtracking line
/// search; it converges in a handful of steps. Thread-safe (immutable).
/// </remarks>
public sealed class BinnedPoissonLikelihood
{
    private const int MaxSteps = 200;
    private readonly TemplateComponent[] components;
    private readonly double[] data;
    private readonly double[][] shapes;

    /// <summary>Creates the likelihood.</summary>
    /// <param name="data">Observed counts.</param>
    /// <param name="components">The components (distinct names), each template binned as the data.</param>
    /// <param name="dataName">Name of the data for messages (e.g. its file).</param>
    /// <exception cref="ArgumentException">No components, a repeated name, or a template binned differently from the data
    /// (the message names both).</exception>
    public BinnedPoissonLikelihood(Histogram data, IEnumerable<TemplateComponent> components, string dataName = "data")
    {
        Data = Guard.NotNull(data);
        this.components = Guard.NoNulls(components);
        ArgumentNullException.ThrowIfNull(dataName);
        if (this.components.Length == 0)
        {
            throw new ArgumentException("A binned likelihood needs at least one component.", nameof(components));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in this.components)
        {
            if (!names.Add(c.Name))
            {
                throw new ArgumentException($"Component '{c.Name}' appears twice.", nameof(components));
            }

            if (!c.Template.SameBinning(data))
            {
                throw new ArgumentException(Guard.Text(
                    $"The template of '{c.Name}' ({string.Join(" × ", c.Template.Axes)}) is not binned as {Guard.Excerpt(dataName)} ({string.Join(" × ", data.Axes)})."), nameof(components));
            }
        }

        this.data = data.Values.ToArray();
        shapes = this.components.Select(c => c.Shape).ToArray();
    }

    /// <summary>The observed counts.</summary>
    public Histogram Data { get; }

    /// <summary>The components.</summary>
    public IReadOnlyList<TemplateComponent> Components => components;

    /// <summary>−2 ln L at given total events per component (penalties included).</summary>
    /// <param name="events">N_k for every component, in component order; each within its bounds.</param>
    /// <exception cref="ArgumentException">A wrong number of values, or a value outside its bounds.</exception>
    public double MinusTwoLogLikelihood(IReadOnlyList<double> events)
    {
        var n = Check(events);
        return Guard.FiniteResult(Objective(n, out _), nameof(events), "−2 ln L (infinite where a bin holds counts that these normalisations cannot produce)");
    }

    /// <summary>The profiled fit: −2 ln L minimised over every normalisation not fixed.</summary>
    /// <param name="fixedEvents">Components held at given total events (by name); the others are fitted.</param>
    /// <returns>The minimum and the fitted events of every component.</returns>
    /// <exception cref="ArgumentException">An unknown component name or a fixed value outside its bounds.</exception>
    public TemplateFit Fit(IReadOnlyDictionary<string, double>? fixedEvents = null)
    {
        var n = components.Select(c => Math.Clamp(c.Normalisation.Central, c.Normalisation.Low, c.Normalisation.High)).ToArray();
        var free = Enumerable.Repeat(true, components.Length).ToArray();
        foreach (var (name, value) in fixedEvents ?? new Dictionary<string, double>())
        {
            int k = Array.FindIndex(components, c => c.Name == name);
            if (k < 0)
            {
                throw new ArgumentException($"Unknown component '{Guard.Excerpt(name)}'; components: {string.Join(", ", components.Select(c => c.Name))}.", nameof(fixedEvents));
            }

            var p = components[k].Normalisation;
            if (!(value >= p.Low && value <= p.High) || !(Math.Abs(value) <= 1e100))
            {
                throw new ArgumentOutOfRangeException(nameof(fixedEvents), Guard.Text($"{name} = {value} lies outside [{p.Low}, {p.High}] (and |x| ≤ 1e100)."));
            }

            n[k] = value;
            free[k] = false;
        }

        return Minimise(n, free);
    }

    /// <summary>The profile of −2 ln L in one component's events: Δ(−2 ln L) relative to the global fit, on a grid.</summary>
    /// <param name="component">The component name.</param>
    /// <param name="low">Lowest events (within the bounds).</param>
    /// <param name="high">Highest events, &gt; low.</param>
    /// <param name="points">Grid points, in [3, 10 000].</param>
    /// <exception cref="ArgumentException">An unknown component or a range outside its bounds.</exception>
    public ParameterProfile Profile(string component, double low, double high, int points = 41)
    {
        ArgumentNullException.ThrowIfNull(component);
        Guard.InRange(points, 3, 10_000);
        if (!components.Any(c => c.Name == component))
        {
            throw new ArgumentException($"Unknown component '{Guard.Excerpt(component)}'.", nameof(component));
        }

        return ParameterProfile.Scan(x => Fit(new Dictionary<string, double> { [component] = x }).MinusTwoLogLikelihood, low, high, points);
    }

    /// <summary>The fit, profile, 1σ interval and Δ(−2 ln L) at zero of one component (whose lower bound must allow 0).</summary>
    /// <param name="component">The component name.</param>
    /// <param name="low">Lowest events of the profile grid, ≥ 0.</param>
    /// <param name="high">Highest events, &gt; low.</param>
    /// <param name="points">Grid points, in [3, 10 000].</param>
    /// <exception cref="ArgumentException">An unknown component, a component that cannot be zero, or a bad range.</exception>
    public SignalProfile ProfileSignal(string component, double low, double high, int points = 41)
    {
        var profile = Profile(component, low, high, points);
        var fit = Fit();
        double best = fit.EventsOf(component);
        var intervals = profile.IntervalsBelow(1.0);
        var oneSigma = intervals.FirstOrDefault(i => i.Contains(best), intervals.FirstOrDefault(i => i.Contains(profile.BestFit), intervals[0]));
        double atZero = Fit(new Dictionary<string, double> { [component] = 0 }).MinusTwoLogLikelihood - fit.MinusTwoLogLikelihood;
        return new SignalProfile(component, fit, profile, oneSigma, Math.Max(atZero, 0));
    }

    private double[] Check(IReadOnlyList<double> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count != components.Length)
        {
            throw new ArgumentException(Guard.Text($"events needs {components.Length} values, got {events.Count}."), nameof(events));
        }

        for (int k = 0; k < components.Length; k++)
        {
            var p = components[k].Normalisation;
            if (!(events[k] >= p.Low && events[k] <= p.High) || !(Math.Abs(events[k]) <= 1e100))
            {
                throw new ArgumentOutOfRangeException(nameof(events), Guard.Text($"events[{k}] ({p.Name}) = {events[k]} lies outside [{p.Low}, {p.High}] (and |x| ≤ 1e100)."));
            }
        }

        return events.ToArray();
    }

    // −2 ln L; mu receives the expectation per bin. +∞ where μ_i ≤ 0 with n_i > 0 (an impossible observation).
    private double Objective(double[] n, out double[] mu)
    {
        mu = new double[data.Length];
        for (int k = 0; k < n.Length; k++)
        {
            var shape = shapes[k];
            for (int i = 0; i < mu.Length; i++)
            {
                mu[i] += n[k] * shape[i];
            }
        }

        double sum = 0;
        for (int i = 0; i < mu.Length; i++)
        {
            double m = mu[i], d = data[i];
            if (d > 0)
            {
                if (!(m > 0))
                {
                    return double.PositiveInfinity;
                }

                sum += m - d + d * Math.Log(d / m);
            }
            else
            {
                sum += m;
            }
        }

        double penalty = 0;
        for (int k = 0; k < n.Length; k++)
        {
            penalty += components[k].Normalisation.IsFree ? 0 : components[k].Normalisation.Penalty(n[k]);
        }

        return 2 * sum + penalty;
    }

    // Projected Newton on the convex objective over the free normalisations.
    private TemplateFit Minimise(double[] n, bool[] free)
    {
        int size = n.Length;
        double f = Objective(n, out var mu);
        if (double.IsPositiveInfinity(f))
        {
            // Start from the data total shared in proportion to the central values, which keeps every μ_i > 0 wherever a
            // free template can reach.
            for (int k = 0; k < size; k++)
            {
                n[k] = free[k] ? Math.Clamp(Math.Max(n[k], 1e-3 * data.Sum() / size + 1), components[k].Normalisation.Low, components[k].Normalisation.High) : n[k];
            }

            f = Objective(n, out mu);
        }

        int steps = 0;
        for (; steps < MaxSteps && double.IsFinite(f); steps++)
        {
            var g = new double[size];
            var h = new double[size, size];
            for (int i = 0; i < mu.Length; i++)
            {
                double ratio = mu[i] > 0 ? data[i] / mu[i] : 0, curvature = mu[i] > 0 ? data[i] / (mu[i] * mu[i]) : 0;
                for (int k = 0; k < size; k++)
                {
                    double sk = shapes[k][i];
                    if (sk == 0)
                    {
                        continue;
                    }

                    g[k] += 2 * sk * (1 - ratio);
                    for (int l = 0; l <= k; l++)
                    {
                        h[k, l] += 2 * sk * shapes[l][i] * curvature;
                    }
                }
            }

            for (int k = 0; k < size; k++)
            {
                var (d1, d2) = components[k].Normalisation.PenaltyDerivatives(n[k]);
                g[k] += d1;
                h[k, k] += d2;
                for (int l = 0; l < k; l++)
                {
                    h[l, k] = h[k, l];
                }
            }

            // Active set: free parameters not pushed against a bound by the gradient.
            var active = Enumerable.Range(0, size).Where(k => free[k]
                && !(n[k] <= components[k].Normalisation.Low && g[k] > 0)
                && !(n[k] >= components[k].Normalisation.High && g[k] < 0)).ToArray();
            if (active.Length == 0)
            {
                break;
            }

            var step = Solve(h, g, active);
            double decrement = active.Select((k, j) => -g[k] * step[j]).Sum();
            if (!(decrement > 1e-12 * Math.Max(1, Math.Abs(f))))
            {
                break;
            }

            double alpha = 1;
            bool improved = false;
            for (int tries = 0; tries < 60; tries++, alpha *= 0.5)
            {
                var trial = (double[])n.Clone();
                for (int j = 0; j < active.Length; j++)
                {
                    int k = active[j];
                    trial[k] = Math.Clamp(n[k] + alpha * step[j], components[k].Normalisation.Low, components[k].Normalisation.High);
                }

                double ft = Objective(trial, out var mut);
                if (ft <= f - 1e-4 * alpha * decrement || (ft < f && tries > 30))
                {
                    (n, f, mu, improved) = (trial, ft, mut, true);
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

        return new TemplateFit(f, components.Select(c => c.Name).ToArray(), n, steps);
    }

    // Solves H_AA x = −g_A by Gaussian elimination with partial pivoting (A = active parameters; a handful).
    private static double[] Solve(double[,] h, double[] g, int[] active)
    {
        int m = active.Length;
        var a = new double[m, m + 1];
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c < m; c++)
            {
                a[r, c] = h[active[r], active[c]];
            }

            a[r, m] = -g[active[r]];
            a[r, r] += 1e-12 * Math.Max(1, Math.Abs(a[r, r])); // keeps a flat direction solvable
        }

        for (int col = 0; col < m; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < m; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (int c = 0; c <= m; c++)
            {
                (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            }

            for (int r = col + 1; r < m; r++)
            {
                double factor = a[r, col] / a[col, col];
                for (int c = col; c <= m; c++)
                {
                    a[r, c] -= factor * a[col, c];
                }
            }
        }

        var x = new double[m];
        for (int r = m - 1; r >= 0; r--)
        {
            double s = a[r, m];
            for (int c = r + 1; c < m; c++)
            {
                s -= a[r, c] * x[c];
            }

            x[r] = s / a[r, r];
        }

        return x;
    }
}
