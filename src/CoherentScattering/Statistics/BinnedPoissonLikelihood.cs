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
    private readonly double[] dataLogData; // n_i ln n_i
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
        dataLogData = this.data.Select(d => d > 0 ? d * Math.Log(d) : 0).ToArray();
        shapes = this.components.Select(c => c.Shape).ToArray();
    }

    // A copy with one component replaced (binning checked by the caller): the other components' shapes are shared.
    private BinnedPoissonLikelihood(BinnedPoissonLikelihood other, int index, TemplateComponent replacement)
    {
        Data = other.Data;
        data = other.data;
        dataLogData = other.dataLogData;
        components = (TemplateComponent[])other.components.Clone();
        components[index] = replacement;
        shapes = (double[][])other.shapes.Clone();
        shapes[index] = replacement.Shape;
    }

    /// <summary>The same likelihood with the component of the same name replaced (for example a signal template after a
    /// change of a response parameter); the other components are reused as they are.</summary>
    /// <param name="replacement">The new component; its name must be one of the components'.</param>
    /// <exception cref="ArgumentException">An unknown name, or a template binned differently from the data.</exception>
    public BinnedPoissonLikelihood WithComponent(TemplateComponent replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        int index = Array.FindIndex(components, c => c.Name == replacement.Name);
        if (index < 0)
        {
            throw new ArgumentException($"Unknown component '{Guard.Excerpt(replacement.Name)}'; components: {string.Join(", ", components.Select(c => c.Name))}.", nameof(replacement));
        }

        if (!replacement.Template.SameBinning(Data))
        {
            throw new ArgumentException(Guard.Text($"The template of '{replacement.Name}' ({string.Join(" × ", replacement.Template.Axes)}) is not binned as the data ({string.Join(" × ", Data.Axes)})."), nameof(replacement));
        }

        return new BinnedPoissonLikelihood(this, index, replacement);
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
        return Guard.FiniteResult(Objective(n, new double[data.Length]), nameof(events), "−2 ln L (infinite where a bin holds counts that these normalisations cannot produce)");
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
    private double Objective(double[] n, double[] mu)
    {
        Array.Clear(mu);
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

                sum += m - d + dataLogData[i] - d * Math.Log(m); // n ln(n/μ) with n ln n computed once
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
        var mu = new double[data.Length];
        var trialMu = new double[data.Length];
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
            // ∂(−2 ln L)/∂N_k = 2 Σ_i t̂_ki (1 − n_i/μ_i), ∂²/∂N_k∂N_l = 2 Σ_i t̂_ki t̂_li n_i/μ_i².
            Array.Clear(gFree);
            Array.Clear(hFree);
            for (int i = 0; i < mu.Length; i++)
            {
                double ratio = mu[i] > 0 ? data[i] / mu[i] : 0, curvature = mu[i] > 0 ? ratio / mu[i] : 0;
                for (int a = 0; a < m; a++)
                {
                    double sa = shapes[index[a]][i];
                    if (sa == 0)
                    {
                        continue;
                    }

                    gFree[a] += sa * (1 - ratio);
                    double ca = sa * curvature;
                    for (int b = 0; b <= a; b++)
                    {
                        hFree[a * m + b] += ca * shapes[index[b]][i];
                    }
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

            var step = Solve(h, g, active.AsSpan(0, count));
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
                    (mu, trialMu) = (trialMu, mu);
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

        return new TemplateFit(f, names, (double[])n.Clone(), steps);
    }

    // Solves H_AA x = −g_A by Gaussian elimination with partial pivoting (A = active parameters; a handful).
    private static double[] Solve(double[,] h, double[] g, ReadOnlySpan<int> active)
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
