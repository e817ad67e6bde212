using CoherentScattering.CrossSections;

namespace CoherentScattering.Statistics;

/// <summary>
/// A spectral fit as a model likelihood: the model's CEvNS template (through the experiment's response and timing) with
/// its normalisation constrained to the prediction within a fractional uncertainty (flux, quenching, efficiency), beside
/// the background templates and their constraints, in the binned Poisson likelihood of the observed counts, profiled
/// over every normalisation (<see cref="BinnedPoissonLikelihood"/>).
/// </summary>
/// <remarks>A model that predicts no CEvNS events at all is fitted with the backgrounds alone.</remarks>
public sealed class SpectralLikelihood : IModelLikelihood
{
    private readonly Func<ICrossSectionModel, Histogram> signal;
    private readonly TemplateComponent[] backgrounds;
    private readonly BinnedPoissonLikelihood withSignal;       // data, a placeholder signal and the backgrounds: a model replaces the signal
    private readonly BinnedPoissonLikelihood? backgroundsOnly; // for a model without CEvNS events

    /// <summary>Creates the likelihood.</summary>
    /// <param name="name">Name for reports, 1–200 characters.</param>
    /// <param name="signalTemplate">The model's expected CEvNS events binned as the data (thread-safe).</param>
    /// <param name="data">Observed counts.</param>
    /// <param name="backgrounds">Background components binned as the data (none named <see cref="SignalComponent"/>).</param>
    /// <param name="signalUncertainty">Fractional 1σ uncertainty of the signal normalisation, in [0, 10] (0 fixes it).</param>
    /// <param name="dataName">Name of the data for messages.</param>
    /// <exception cref="ArgumentException">A null argument, a bad name, a background named as the signal, or an uncertainty
    /// out of range.</exception>
    public SpectralLikelihood(string name, Func<ICrossSectionModel, Histogram> signalTemplate, Histogram data, IEnumerable<TemplateComponent> backgrounds,
        double signalUncertainty, string dataName = "data")
    {
        Name = Guard.Name(name);
        signal = Guard.NotNull(signalTemplate);
        Data = Guard.NotNull(data);
        this.backgrounds = Guard.NoNulls(backgrounds);
        SignalUncertainty = Guard.InRange(signalUncertainty, 0.0, 10.0);
        DataName = Guard.Name(dataName);
        if (this.backgrounds.Any(b => b.Name == SignalComponent))
        {
            throw new ArgumentException(Guard.Text($"A background may not be named '{SignalComponent}' (the signal's name)."), nameof(backgrounds));
        }

        if (this.backgrounds.GroupBy(b => b.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Guard.Text($"Background '{Guard.Excerpt(twice.Key)}' appears twice."), nameof(backgrounds));
        }

        foreach (var b in this.backgrounds)
        {
            if (!b.Template.SameBinning(data))
            {
                throw new ArgumentException(Guard.Text(
                    $"The template of '{b.Name}' ({string.Join(" × ", b.Template.Axes)}) is not binned as {Guard.Excerpt(DataName)} ({string.Join(" × ", data.Axes)})."), nameof(backgrounds));
            }
        }

        // Built once: every evaluation only swaps in the model's signal component (BinnedPoissonLikelihood.WithComponent).
        var placeholder = new TemplateComponent(new Histogram(data.Axes, Enumerable.Repeat(1.0, data.Count)), Nuisance.Free(SignalComponent, 1, lowerBound: 0));
        withSignal = new BinnedPoissonLikelihood(data, [placeholder, .. this.backgrounds], DataName);
        backgroundsOnly = this.backgrounds.Length > 0 ? new BinnedPoissonLikelihood(data, this.backgrounds, DataName) : null;
    }

    /// <summary>The name of the signal component.</summary>
    public const string SignalComponent = "cevns";

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Observed counts.</summary>
    public Histogram Data { get; }

    /// <summary>Name of the data for messages.</summary>
    public string DataName { get; }

    /// <summary>Fractional uncertainty of the signal normalisation.</summary>
    public double SignalUncertainty { get; }

    /// <summary>The binned likelihood of a model: its template constrained to its predicted total, and the backgrounds.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model's template is not binned as the data or cannot be computed.</exception>
    public BinnedPoissonLikelihood For(ICrossSectionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var template = signal(model) ?? throw new ArgumentException("The signal template function returned null.", nameof(model));
        double total = template.Total;
        if (!(total <= Nuisance.Limit))
        {
            throw new ArgumentException(Guard.Text($"Model '{model.Name}' predicts {total} CEvNS events, beyond 1e100."), nameof(model));
        }

        if (!template.SameBinning(Data))
        {
            throw new ArgumentException(Guard.Text($"The template of model '{model.Name}' ({string.Join(" × ", template.Axes)}) is not binned as {Guard.Excerpt(DataName)} ({string.Join(" × ", Data.Axes)})."), nameof(model));
        }

        if (total == 0)
        {
            return backgroundsOnly ?? throw new ArgumentException(Guard.Text($"Model '{model.Name}' predicts no CEvNS events and '{Name}' has no backgrounds: nothing to fit."), nameof(model));
        }

        var normalisation = SignalUncertainty > 0
            ? Nuisance.Gaussian(SignalComponent, total, SignalUncertainty * total, lowerBound: 0)
            : new Nuisance(SignalComponent, total, null, null, total, total);
        return withSignal.WithComponent(new TemplateComponent(template, normalisation));
    }

    /// <inheritdoc />
    public double MinusTwoLogLikelihood(ICrossSectionModel model) => For(model).Fit().MinusTwoLogLikelihood;
}
