using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

/// <summary>
/// An experiment: a neutrino source, a detector, and optionally a counting measurement. Usually read from a JSON file
/// (<see cref="ExperimentFile"/>); presets such as <see cref="Coherent2017"/> are such files embedded in the package.
/// </summary>
public sealed class Experiment
{
    /// <summary>Creates an experiment.</summary>
    /// <param name="name">Display name.</param>
    /// <param name="source">The neutrino source (<see cref="PionDecayAtRest"/>, <see cref="ReactorSource"/>, …).</param>
    /// <param name="detector">The detector.</param>
    /// <param name="measurement">The measurement to fit, if any.</param>
    /// <exception cref="ArgumentException">An empty or over-long name, or a null source or detector.</exception>
    public Experiment(string name, INeutrinoSource source, DetectorResponse detector, CountingMeasurement? measurement = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Length <= MaximumNameLength ? name
            : throw new ArgumentException(Guard.Text($"name must have at most {MaximumNameLength} characters, got {name.Length}."), nameof(name));
        Source = Guard.NotNull(source);
        Detector = Guard.NotNull(detector);
        Measurement = measurement;
    }

    private Experiment(Experiment other, ResponseChain response)
    {
        Name = other.Name;
        Source = other.Source;
        Detector = other.Detector;
        Measurement = other.Measurement;
        Response = response;
    }

    /// <summary>The COHERENT 2017 CsI[Na] set-up and measurement used by Papoulias &amp; Kosmas (2018): 1.76e23 POT,
    /// r = 0.08, L = 19.3 m, 14.57 kg CsI, n_PE = 1.17 T/keV, 6–30 PE in 2-PE bins, the release's acceptance
    /// (continuous), N_meas = 142, B_0n = 6, B_ss = 405, σ_ξ = 0.28, σ_ζ = 0.25. Loaded from the embedded
    /// <c>coherent-2017-csi.json</c>.</summary>
    public static Experiment Coherent2017 => ExperimentFile.LoadPreset("coherent-2017-csi");

    /// <summary>The longest display name accepted.</summary>
    public const int MaximumNameLength = 200;

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The source.</summary>
    public INeutrinoSource Source { get; }

    /// <summary>The flux at the detector.</summary>
    public NeutrinoFlux Flux => Source.ToFlux();

    /// <summary>The detector.</summary>
    public DetectorResponse Detector { get; }

    /// <summary>The measurement, when the experiment has one.</summary>
    public CountingMeasurement? Measurement { get; }

    /// <summary>The response chain from true recoil to the reconstructed bins, when the experiment has one
    /// (<see cref="WithResponse"/>); null when the detector's observable is a function of the recoil.</summary>
    public ResponseChain? Response { get; }

    /// <summary>The same experiment with a response chain (quenching, smearing, efficiency in the reconstructed
    /// observable): the detector then describes the true recoils integrated (its bins in keVnr are the recoil panels, its
    /// acceptance perfect) and the events are counted in the chain's bins.</summary>
    /// <param name="response">The chain.</param>
    /// <exception cref="ArgumentException">The detector's observable is not the recoil energy in keV or its acceptance is
    /// not perfect (the efficiency belongs to the chain).</exception>
    public Experiment WithResponse(ResponseChain response)
    {
        Guard.NotNull(response);
        if (Detector.Observable is not LinearRecoilObservable { UnitsPerKiloelectronvolt: 1.0, Unit: "keV" } || Detector.Acceptance is not PerfectAcceptance)
        {
            throw new ArgumentException(Guard.Text(
                $"A response chain needs a detector binned in true recoil keV with perfect acceptance (the recoil panels); '{Name}' has the observable {Detector.Observable.Unit} and the acceptance {Detector.Acceptance.Name}."), nameof(response));
        }

        return new Experiment(this, response);
    }

    /// <summary>A rate calculator for this experiment's flux and detector.</summary>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="InvalidOperationException">The experiment folds a response chain: use
    /// <see cref="CreateReconstructedRateCalculator"/> or <see cref="ComputeEvents"/>.</exception>
    public EventRateCalculator CreateRateCalculator(RateIntegration? integration = null) => Response is null ? new(Flux, Detector, integration)
        : throw new InvalidOperationException(Guard.Text($"Experiment '{Name}' counts events through a response chain: use CreateReconstructedRateCalculator or ComputeEvents."));

    /// <summary>The rate calculator through this experiment's response chain.</summary>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="InvalidOperationException">The experiment has no response chain.</exception>
    public ReconstructedRateCalculator CreateReconstructedRateCalculator(RateIntegration? integration = null) => Response is { } response
        ? new(Flux, Detector.Target, Detector.Mass, Detector.BinEdges, response, integration)
        : throw new InvalidOperationException(Guard.Text($"Experiment '{Name}' has no response chain: use CreateRateCalculator."));

    /// <summary>A model's expected events per flux component, isotope and bin: in the detector's bins, or in the response
    /// chain's reconstructed bins when the experiment has one.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model cannot be integrated on this set-up.</exception>
    public ExpectedEvents ComputeEvents(ICrossSectionModel model) =>
        Response is null ? CreateRateCalculator().Compute(model) : CreateReconstructedRateCalculator().Compute(model);

    /// <summary>The likelihood of Eq. (6) for this experiment's measurement.</summary>
    /// <param name="treatment">Pull treatment.</param>
    /// <exception cref="InvalidOperationException">The experiment has no measurement.</exception>
    public Likelihood CreateLikelihood(PullTreatment treatment = PullTreatment.SignalAndBackground) =>
        new(Measurement ?? throw new InvalidOperationException($"Experiment '{Name}' has no measurement to fit."), Guard.Defined(treatment));

    /// <summary>The counting analysis of this experiment as a model likelihood (Eq. 4 into Eq. 6), for scans beside the
    /// spectral fits.</summary>
    /// <param name="treatment">Pull treatment.</param>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="InvalidOperationException">The experiment has no measurement.</exception>
    public CountingLikelihood CreateCountingLikelihood(PullTreatment treatment = PullTreatment.SignalAndBackground, RateIntegration? integration = null) =>
        Response is null ? new(Name, CreateRateCalculator(integration), CreateLikelihood(treatment))
            : new(Name, CreateReconstructedRateCalculator(integration), CreateLikelihood(treatment));
}
