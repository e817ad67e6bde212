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
    private readonly string dataName;
    private readonly ShapeParameterSet theta; // empty when no component has shape systematics

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
        this.dataName = dataName;
        theta = ShapeParameterSet.Of(this.components, nameof(components));
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
        dataName = other.dataName;
        theta = other.theta; // neither the old nor the new component has shape systematics
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

        if (components[index].ShapeSystematics.Count > 0 || replacement.ShapeSystematics.Count > 0)
        {
            // The shape parameters may change: validated and built anew.
            var replaced = (TemplateComponent[])components.Clone();
            replaced[index] = replacement;
            try
            {
                return new BinnedPoissonLikelihood(Data, replaced, dataName);
            }
            catch (ArgumentException e) when (e.ParamName == "components")
            {
                throw new ArgumentException(e.Message.Replace(" (Parameter 'components')", "", StringComparison.Ordinal), nameof(replacement), e);
            }
        }

        return new BinnedPoissonLikelihood(this, index, replacement);
    }

    /// <summary>The observed counts.</summary>
    public Histogram Data { get; }

    /// <summary>The components.</summary>
    public IReadOnlyList<TemplateComponent> Components => components;

    /// <summary>The names of the shape parameters θ (one per distinct shape-systematic name, in order of first
    /// appearance over the components); empty when no component has shape systematics.</summary>
    public IReadOnlyList<string> ShapeParameters => theta.Names;

    /// <summary>−2 ln L at given total events per component (penalties included), with every shape parameter at 0 (the
    /// central templates; the priors' penalties included).</summary>
    /// <param name="events">N_k for every component, in component order; each within its bounds.</param>
    /// <exception cref="ArgumentException">A wrong number of values, or a value outside its bounds.</exception>
    public double MinusTwoLogLikelihood(IReadOnlyList<double> events)
    {
        var n = Check(events);
        if (theta.Count > 0)
        {
            return MinusTwoLogLikelihood(n, new double[theta.Count], nameof(events));
        }

        return Guard.FiniteResult(Objective(n, new double[data.Length]), nameof(events), "−2 ln L (infinite where a bin holds counts that these normalisations cannot produce)");
    }

    /// <summary>−2 ln L at given total events per component and shape parameters (penalties and priors included).</summary>
    /// <param name="events">N_k for every component, in component order; each within its bounds.</param>
    /// <param name="shapeParameters">θ_j for every shape parameter, in the order of <see cref="ShapeParameters"/>; each
    /// within its range.</param>
    /// <exception cref="ArgumentException">A wrong number of values, or a value outside its bounds.</exception>
    public double MinusTwoLogLikelihood(IReadOnlyList<double> events, IReadOnlyList<double> shapeParameters)
    {
        var n = Check(events);
        ArgumentNullException.ThrowIfNull(shapeParameters);
        if (shapeParameters.Count != theta.Count)
        {
            throw new ArgumentException(Guard.Text($"shapeParameters needs {theta.Count} values, got {shapeParameters.Count}."), nameof(shapeParameters));
        }

        for (int j = 0; j < theta.Count; j++)
        {
            if (!(shapeParameters[j] >= theta.Low[j] && shapeParameters[j] <= theta.High[j]))
            {
                throw new ArgumentOutOfRangeException(nameof(shapeParameters), Guard.Text($"shapeParameters[{j}] ({theta.Names[j]}) = {shapeParameters[j]} lies outside [{theta.Low[j]}, {theta.High[j]}]."));
            }
        }

        return theta.Count == 0
            ? Guard.FiniteResult(Objective(n, new double[data.Length]), nameof(events), "−2 ln L (infinite where a bin holds counts that these normalisations cannot produce)")
            : MinusTwoLogLikelihood(n, shapeParameters.ToArray(), nameof(events));
    }

    private double MinusTwoLogLikelihood(double[] n, double[] t, string parameter) =>
        Guard.FiniteResult(ShapeObjective([.. n, .. t], new double[data.Length]), parameter,
            "−2 ln L (infinite where a bin holds counts that these normalisations and shapes cannot produce)");

    /// <summary>The profiled fit: −2 ln L minimised over every normalisation and shape parameter not fixed.</summary>
    /// <param name="fixedEvents">Components held at given total events, or shape parameters held at given θ (by name); the
    /// others are fitted.</param>
    /// <returns>The minimum, the fitted events of every component and the fitted shape parameters.</returns>
    /// <exception cref="ArgumentException">An unknown name or a fixed value outside its bounds.</exception>
    public TemplateFit Fit(IReadOnlyDictionary<string, double>? fixedEvents = null)
    {
        if (theta.Count > 0)
        {
            return FitShapes(fixedEvents);
        }

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
            int k = Array.FindIndex(components, c => c.Name == name);
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

                sum += m - d + dataLogData[i] - d * Math.Log(m);
            }
            else
            {
                sum += m;
            }
        }

        double penalty = 0;
        int size = components.Length;
        for (int k = 0; k < size; k++)
        {
            penalty += components[k].Normalisation.IsFree ? 0 : components[k].Normalisation.Penalty(x[k]);
        }

        for (int j = 0; j < theta.Count; j++)
        {
            double z = x[size + j] - theta.Auxiliary[j];
            penalty += z * z; // standard-normal prior of θ_j
        }

        return 2 * sum + penalty;
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

    /// <summary>The analytic gradient of −2 ln L in (N_1 … N_K, θ_1 … θ_J), each θ on the side of its sign (θ = 0: the +1
    /// side). For tests against finite differences.</summary>
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

    /// <summary>The analytic Hessian (row-major) matching <see cref="ShapeGradient"/>.</summary>
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

            var step = SolveRegularised(hActive, gActive, m);
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

    // Solves (H + τD) x = −g for the m × m row-major H: H is scaled to unit diagonal (D = diag|H|), then τ = 0, 1e-10,
    // 1e-9, … is added until the Cholesky factorisation succeeds (Levenberg–Marquardt; Nocedal & Wright, Numerical
    // Optimization, §3.4, "modified Newton" with a multiple of the identity).
    private static double[] SolveRegularised(double[] h, double[] g, int m)
    {
        var scale = new double[m];
        double largest = 0;
        for (int r = 0; r < m; r++)
        {
            largest = Math.Max(largest, Math.Abs(h[r * m + r]));
        }

        for (int r = 0; r < m; r++)
        {
            scale[r] = 1 / Math.Sqrt(Math.Max(Math.Abs(h[r * m + r]), Math.Max(1e-12 * largest, 1e-300)));
        }

        var l = new double[m * m];
        var x = new double[m];
        for (double tau = 0; ; tau = tau == 0 ? 1e-10 : tau * 10)
        {
            if (Cholesky(h, scale, tau + 1e-12, m, l))
            {
                break;
            }

            if (tau > 1e12)
            {
                // Nothing factorises (non-finite entries): a scaled gradient step.
                for (int r = 0; r < m; r++)
                {
                    x[r] = -g[r] * scale[r] * scale[r];
                }

                return x;
            }
        }

        // L Lᵀ y = −D^{-1/2} g, x = D^{-1/2} y.
        var y = new double[m];
        for (int r = 0; r < m; r++)
        {
            double s = -g[r] * scale[r];
            for (int c = 0; c < r; c++)
            {
                s -= l[r * m + c] * y[c];
            }

            y[r] = s / l[r * m + r];
        }

        for (int r = m - 1; r >= 0; r--)
        {
            double s = y[r];
            for (int c = r + 1; c < m; c++)
            {
                s -= l[c * m + r] * x[c];
            }

            x[r] = s / l[r * m + r];
        }

        for (int r = 0; r < m; r++)
        {
            x[r] *= scale[r];
        }

        return x;
    }

    // Cholesky factor L of S H S + τ I (S = diag(scale)); false when it is not positive definite.
    private static bool Cholesky(double[] h, double[] scale, double tau, int m, double[] l)
    {
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                double s = h[r * m + c] * scale[r] * scale[c] + (r == c ? tau : 0);
                for (int q = 0; q < c; q++)
                {
                    s -= l[r * m + q] * l[c * m + q];
                }

                if (r == c)
                {
                    if (!(s > 0))
                    {
                        return false;
                    }

                    l[r * m + r] = Math.Sqrt(s);
                }
                else
                {
                    l[r * m + c] = s / l[c * m + c];
                }
            }
        }

        return true;
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

        return new TemplateFit(f, names, (double[])n.Clone(), steps, [], []);
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
