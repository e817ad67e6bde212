using BenchmarkDotNet.Attributes;
using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Statistics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// The CsI 2017 spectral fit after a change of the quenching factor, and a cold Standard-Model count (new detector, new
/// calculator), each against a naive baseline that rebuilds everything in the same run. Method names are fixed so that
/// results can be followed over time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SpectralBenchmarks
{
    private static readonly Dictionary<string, double> AtPrediction = new() { [Coherent2017SpectralFit.SignalComponent] = 150 };
    private static readonly double[] RecoilPanelsKev = Grid.Linear(0, 48, 7); // 8-keVnr panels: the smeared template agrees with 0.25-keVnr panels to 2.3e-6 (tested)
    private Experiment experiment = null!;
    private Histogram data = null!, neutrons = null!, steady = null!;
    private SpectralPrediction prediction = null!;
    private RecoilNodeEvents nodes = null!;
    private ResponseChain response = null!;
    private IReadOnlyList<IReadOnlyList<double>> times = null!;
    private BinnedPoissonLikelihood nominal = null!;
    private readonly Coherent2017SpectralFit.Region region = new();
    private HistogramAxis timeAxis = null!;
    private int step;

    [GlobalSetup]
    public void Setup()
    {
        experiment = Experiment.Coherent2017;
        data = Coherent2017SpectralFit.Data();
        neutrons = Coherent2017SpectralFit.PromptNeutronTemplate();
        steady = Coherent2017SpectralFit.SteadyStateTemplate();
        prediction = Coherent2017SpectralFit.Prediction(RecoilPanelsKev);
        nodes = prediction.NodeEvents(StandardModel.Paper);
        response = Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance);
        times = Coherent2017SpectralFit.TimeDistributions(prediction.Flux, region);
        timeAxis = region.TimeAxis;
        nominal = Coherent2017SpectralFit.Likelihood(data, prediction.Fold(nodes, prediction.Matrix(response), region.TimeAxis, times), neutrons, steady);
    }

    // The quenching factor of the next evaluation: 0.0878 ± a few per cent, so every call sees a new value.
    private LinearQuenching NextQuenching() => new(0.0878 * (1 + 0.01 * (step++ % 7 - 3)));

    /// <summary>A CsI 2017 spectral likelihood evaluation (backgrounds profiled at a fixed CEvNS count) after a change of
    /// the quenching factor, with Poisson photoelectron statistics: the SM events at the recoil nodes are kept, only the
    /// response columns are recomputed for the new quenching (folded as they are computed), and only the signal component of the likelihood is replaced (data and
    /// background templates are reused).</summary>
    [Benchmark]
    public double CsiQuenchingStep()
    {
        var signal = prediction.Fold(nodes, response.WithQuenching(NextQuenching()), timeAxis, times);
        var component = new TemplateComponent(signal, Nuisance.Free(Coherent2017SpectralFit.SignalComponent, signal.Total, lowerBound: 0));
        return nominal.WithComponent(component).Fit(AtPrediction).MinusTwoLogLikelihood;
    }

    /// <summary>The same, rebuilding everything for the evaluation: release files, backgrounds, the recoil nodes and the
    /// cross-section integrals, the response, the likelihood.</summary>
    [Benchmark(Baseline = true)]
    public double CsiQuenchingStepNaive()
    {
        var fresh = Coherent2017SpectralFit.Prediction(RecoilPanelsKev);
        var chain = Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance).WithQuenching(NextQuenching());
        var signal = fresh.Fold(fresh.NodeEvents(StandardModel.Paper), fresh.Matrix(chain), region.TimeAxis, Coherent2017SpectralFit.TimeDistributions(fresh.Flux, region));
        return Coherent2017SpectralFit.Likelihood(Coherent2017SpectralFit.Data(), signal, Coherent2017SpectralFit.PromptNeutronTemplate(),
            Coherent2017SpectralFit.SteadyStateTemplate()).Fit(AtPrediction).MinusTwoLogLikelihood;
    }

    /// <summary>The same cold count as a newcomer writes it: the nested adaptive quadrature of Eq. (4) (MathNet
    /// Gauss–Kronrod) set up anew for the new detector.</summary>
    [Benchmark]
    public double ColdSmCountNaive()
    {
        var d = experiment.Detector;
        var detector = new DetectorResponse(d.Target, Mass.FromKilograms(14.57), d.Observable, d.Acceptance, d.BinEdges);
        return new NaiveEventCount(new Experiment(experiment.Name, experiment.Source, detector), StandardModel.Paper).Total();
    }

    /// <summary>A cold Standard-Model count: new detector, new calculator, one total (COHERENT CsI, 6–30 PE).</summary>
    [Benchmark]
    public double ColdSmCount()
    {
        var d = experiment.Detector;
        var detector = new DetectorResponse(d.Target, Mass.FromKilograms(14.57), d.Observable, d.Acceptance, d.BinEdges);
        return new EventRateCalculator(experiment.Flux, detector).Total(StandardModel.Paper);
    }
}
