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
    private Experiment experiment = null!;
    private Histogram data = null!, neutrons = null!, steady = null!;
    private double[] prompt = null!, delayed = null!;
    private int step;

    [GlobalSetup]
    public void Setup()
    {
        experiment = Experiment.Coherent2017;
        data = Coherent2017SpectralFit.Data();
        neutrons = Coherent2017SpectralFit.PromptNeutronTemplate();
        steady = Coherent2017SpectralFit.SteadyStateTemplate();
        prompt = Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_promptNeutrinos.txt");
        delayed = Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_delayedNeutrinos.txt");
    }

    // The quenching factor of the next evaluation: 0.0878 ± a few per cent, so every call sees a new value.
    private double NextPhotoelectronsPerKeV() => 0.0878 * (1 + 0.01 * (step++ % 7 - 3)) * 13.348;

    /// <summary>A CsI 2017 spectral likelihood evaluation (backgrounds profiled at a fixed CEvNS count) after a change of
    /// the quenching factor: the signal template is recomputed with the new light-yield × quenching, the data and
    /// background templates are reused.</summary>
    [Benchmark]
    public double CsiQuenchingStep() => Evaluate(NextPhotoelectronsPerKeV(), data, neutrons, steady, prompt, delayed);

    /// <summary>The same, rebuilding everything (release files, templates, likelihood) for the evaluation.</summary>
    [Benchmark(Baseline = true)]
    public double CsiQuenchingStepNaive() => Evaluate(NextPhotoelectronsPerKeV(), Coherent2017SpectralFit.Data(), Coherent2017SpectralFit.PromptNeutronTemplate(),
        Coherent2017SpectralFit.SteadyStateTemplate(), Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_promptNeutrinos.txt"),
        Coherent2017SpectralFit.ArrivalTimePdf("arrivalTimePDF_delayedNeutrinos.txt"));

    private double Evaluate(double photoelectronsPerKeV, Histogram counts, Histogram promptNeutrons, Histogram steadyState, double[] promptPdf, double[] delayedPdf)
    {
        var d = experiment.Detector;
        var detector = new DetectorResponse(d.Target, d.Mass, LinearRecoilObservable.Photoelectrons(photoelectronsPerKeV), d.Acceptance, counts.Axes[0].Edges);
        var events = new EventRateCalculator(experiment.Flux, detector).Compute(StandardModel.Paper);
        var signal = Coherent2017SpectralFit.InArrivalTime(experiment.Flux.Components, c => Coherent2017SpectralFit.PerBin(events, c, counts.Axes[0].Count),
            new Coherent2017SpectralFit.Region(), promptPdf, delayedPdf);
        return Coherent2017SpectralFit.Likelihood(counts, signal, promptNeutrons, steadyState).Fit(AtPrediction).MinusTwoLogLikelihood;
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
