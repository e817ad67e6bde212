using System.Numerics.Tensors;

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
public sealed partial class BinnedPoissonLikelihood
{
    private const int MaxSteps = 200;
    private readonly TemplateComponent[] components;
    private readonly double[] data;
    private readonly double dataLogDataMinusData; // Σ_i (n_i ln n_i − n_i)
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
        dataLogDataMinusData = LogTerm(this.data);
        shapes = this.components.Select(c => c.Shape).ToArray();
        this.dataName = dataName;
        theta = ShapeParameterSet.Of(this.components, nameof(components));
    }

    // A copy with one component replaced (binning checked by the caller): the other components' shapes are shared.
    private BinnedPoissonLikelihood(BinnedPoissonLikelihood other, int index, TemplateComponent replacement)
    {
        Data = other.Data;
        data = other.data;
        dataLogDataMinusData = other.dataLogDataMinusData;
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
        int index = ComponentIndex(replacement.Name);
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

    // A copy with other observed counts (binning checked by the caller): components and shapes shared; counts are the
    // data's values (not copied), constant their Σ (n ln n − n).
    private BinnedPoissonLikelihood(BinnedPoissonLikelihood other, Histogram data, double[] counts, double constant, string dataName,
        TemplateComponent[]? components = null, ShapeParameterSet? theta = null)
    {
        Data = data;
        this.data = counts;
        dataLogDataMinusData = constant;
        this.components = components ?? other.components;
        shapes = other.shapes;
        this.dataName = dataName;
        this.theta = theta ?? other.theta;
    }

    /// <summary>The same likelihood for other observed counts (a pseudo-experiment): templates, constraints and shape
    /// systematics are reused.</summary>
    /// <param name="data">Counts binned as <see cref="Data"/>.</param>
    /// <param name="dataName">Name of the counts for messages.</param>
    /// <exception cref="ArgumentException">Counts binned differently.</exception>
    public BinnedPoissonLikelihood WithData(Histogram data, string dataName = "pseudo-data")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(dataName);
        var counts = data.Values.ToArray();
        return data.SameBinning(Data) ? new BinnedPoissonLikelihood(this, data, counts, LogTerm(counts), dataName)
            : throw new ArgumentException(Guard.Text($"The counts ({string.Join(" × ", data.Axes)}) are not binned as {Guard.Excerpt(this.dataName)} ({string.Join(" × ", Data.Axes)})."), nameof(data));
    }

    // Many fits of the same pseudo-data (binning checked by the caller): the counts and their Σ (n ln n − n) shared.
    internal BinnedPoissonLikelihood WithData(Histogram data, double[] counts, double logTerm) => new(this, data, counts, logTerm, "pseudo-data");

    // The same with redrawn auxiliary measurements: constraint k centred at scale[k]·c_k + offset[k], shape prior j at
    // auxiliary[j].
    internal BinnedPoissonLikelihood WithData(Histogram data, double[] counts, double logTerm, double[] scale, double[] offset, double[] auxiliary)
    {
        var shifted = new TemplateComponent[components.Length];
        for (int k = 0; k < shifted.Length; k++)
        {
            var n = components[k].Normalisation;
            shifted[k] = n.IsFree ? components[k] : components[k].WithNormalisation(n.WithCentral(scale[k] * n.Central + offset[k]));
        }

        return new(this, data, counts, logTerm, "pseudo-data", shifted, theta.Count > 0 ? theta.WithAuxiliary(auxiliary) : theta);
    }

    // The centres of the shape parameters' priors.
    internal double[] ShapeAuxiliary => theta.Auxiliary;

    // Σ_i (n_i ln n_i − n_i), the data's constant of the Baker–Cousins deviance.
    internal static double LogTerm(double[] counts)
    {
        double sum = 0;
        foreach (double d in counts)
        {
            sum += d > 0 ? d * Math.Log(d) - d : 0;
        }

        return sum;
    }

    /// <summary>The expected counts per bin at a fit's normalisations and shape parameters: μ_i = Σ_k N_k t̂_ki(θ).</summary>
    /// <param name="fit">A fit of this likelihood (or of one with the same components).</param>
    /// <exception cref="ArgumentException">A fit of other components.</exception>
    public Histogram Expected(TemplateFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var events = fit.Events;
        var thetas = fit.ShapeParameters;
        if (events.Count != components.Length || thetas.Count != theta.Count || Enumerable.Range(0, events.Count).Any(k => events[k].Key != components[k].Name))
        {
            throw new ArgumentException("The fit is not of this likelihood's components.", nameof(fit));
        }

        var x = new double[components.Length + theta.Count];
        for (int k = 0; k < events.Count; k++)
        {
            x[k] = events[k].Value;
        }

        for (int j = 0; j < thetas.Count; j++)
        {
            x[components.Length + j] = thetas[j].Value;
        }

        var mu = new double[data.Length];
        ShapeExpectation(x, mu);
        for (int i = 0; i < mu.Length; i++)
        {
            mu[i] = Math.Max(mu[i], 0); // interpolated shapes can dip below zero where a bin is empty
        }

        return Histogram.Owning([.. Data.Axes], mu);
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

        var n = new double[components.Length];
        var free = new bool[components.Length];
        for (int k = 0; k < n.Length; k++)
        {
            var c = components[k].Normalisation;
            n[k] = Math.Clamp(c.Central, c.Low, c.High);
            free[k] = true;
        }

        foreach (var (name, value) in fixedEvents ?? new Dictionary<string, double>())
        {
            int k = ComponentIndex(name);
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

    // The index of the component of a name, −1 when there is none.
    private int ComponentIndex(string name)
    {
        for (int k = 0; k < components.Length; k++)
        {
            if (components[k].Name == name)
            {
                return k;
            }
        }

        return -1;
    }

    // −2 ln L; mu receives the expectation per bin. +∞ where μ_i ≤ 0 with n_i > 0 (an impossible observation).
    private double Objective(double[] n, Span<double> mu)
    {
        mu.Clear();
        for (int k = 0; k < n.Length; k++)
        {
            TensorPrimitives.MultiplyAdd(shapes[k], n[k], mu, mu); // μ_i += N_k t̂_ki
        }

        return 2 * Deviance(mu) + NormalisationPenalty(n);
    }

    // Σ_i [μ_i − n_i + n_i ln(n_i/μ_i)] (Baker & Cousins; Σ n ln n and Σ n computed once), +∞ where μ_i ≤ 0 with n_i > 0.
    // Vectorised: Σ μ_i − Σ n_i ln max(μ_i, ε) + Σ (n_i ln n_i − n_i); a bin with n_i = 0 contributes μ_i alone.
    private double Deviance(ReadOnlySpan<double> mu)
    {
        if (!(TensorPrimitives.Min<double>(mu) > 0)) // Min is NaN when any μ_i is
        {
            for (int i = 0; i < mu.Length; i++)
            {
                if (data[i] > 0 && !(mu[i] > 0))
                {
                    return double.PositiveInfinity;
                }
            }
        }

        const int StackBins = 1024;
        var log = mu.Length <= StackBins ? stackalloc double[mu.Length] : new double[mu.Length];
        TensorPrimitives.Max(mu, double.Epsilon, log);
        TensorPrimitives.Log(log, log);
        return TensorPrimitives.Sum<double>(mu) - TensorPrimitives.Dot(data, log) + dataLogDataMinusData;
    }

    // Σ_k ((N_k − c_k)/σ_k)² over the constrained normalisations (the first components.Length entries of x).
    private double NormalisationPenalty(double[] x)
    {
        double penalty = 0;
        for (int k = 0; k < components.Length; k++)
        {
            penalty += components[k].Normalisation.IsFree ? 0 : components[k].Normalisation.Penalty(x[k]);
        }

        return penalty;
    }
}
