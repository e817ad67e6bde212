using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Rates;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

/// <summary>
/// A spectral fit described as data (<see cref="SpectralExperimentFile"/>): the set-up's CEvNS prediction at recoil
/// nodes, a response chain to the first fit axis, the arrival-time model of the flux components, the observed counts and
/// the background templates with their constraints.
/// </summary>
public sealed class SpectralExperiment
{
    private readonly Func<RecoilNodeEvents, Histogram> signal;
    private readonly TemplateComponent[] backgrounds;

    internal SpectralExperiment(string name, SpectralPrediction prediction, ResponseChain response, IReadOnlyList<HistogramAxis> axes, Histogram data, string dataName,
        TemplateComponent[] backgrounds, double signalUncertainty, Func<RecoilNodeEvents, Histogram> signal)
    {
        Name = name;
        Prediction = prediction;
        Response = response;
        Axes = axes;
        Data = data;
        DataName = dataName;
        this.backgrounds = backgrounds;
        SignalUncertainty = signalUncertainty;
        this.signal = signal;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The CEvNS prediction at the recoil nodes.</summary>
    public SpectralPrediction Prediction { get; }

    /// <summary>The response chain from true recoil to the first fit axis.</summary>
    public ResponseChain Response { get; }

    /// <summary>The fit axes (the reconstructed observable first).</summary>
    public IReadOnlyList<HistogramAxis> Axes { get; }

    /// <summary>The observed counts.</summary>
    public Histogram Data { get; }

    /// <summary>The data file's name.</summary>
    public string DataName { get; }

    /// <summary>The backgrounds with their constraints.</summary>
    public IReadOnlyList<TemplateComponent> Backgrounds => backgrounds;

    /// <summary>Fractional 1σ uncertainty of the signal normalisation in <see cref="ModelLikelihood"/>.</summary>
    public double SignalUncertainty { get; }

    /// <summary>The expected CEvNS events of a model on the fit axes.</summary>
    /// <param name="model">The model (the Standard Model when null).</param>
    /// <exception cref="ArgumentException">The model cannot be integrated on this set-up.</exception>
    public Histogram SignalTemplate(ICrossSectionModel? model = null) => signal(Prediction.NodeEvents(model ?? StandardModel.Paper));

    /// <summary>The model likelihood: a model's template with its normalisation constrained to the prediction within
    /// <see cref="SignalUncertainty"/>, beside the backgrounds.</summary>
    public SpectralLikelihood ModelLikelihood() =>
        new(Name, model => signal(Prediction.NodeEvents(model)), Data, backgrounds, SignalUncertainty, DataName);

    /// <summary>The binned likelihood with the CEvNS normalisation free (≥ 0), as in the published fits.</summary>
    /// <param name="signalTemplate">The CEvNS template (the Standard Model's when null).</param>
    /// <exception cref="ArgumentException">A template binned differently from the data, or without events.</exception>
    public BinnedPoissonLikelihood Likelihood(Histogram? signalTemplate = null)
    {
        var template = signalTemplate ?? SignalTemplate();
        if (!template.SameBinning(Data))
        {
            throw new ArgumentException(Guard.Text($"signalTemplate must be binned as {DataName} ({string.Join(" × ", Data.Axes)})."), nameof(signalTemplate));
        }

        if (!(template.Total > 0 && template.Total <= Nuisance.Limit))
        {
            throw new ArgumentException(Guard.Text($"signalTemplate must hold between 0 and 1e100 events, got {template.Total}."), nameof(signalTemplate));
        }

        return new BinnedPoissonLikelihood(Data, [new TemplateComponent(template, Nuisance.Free(SpectralLikelihood.SignalComponent, template.Total, lowerBound: 0)), .. backgrounds], DataName);
    }
}
