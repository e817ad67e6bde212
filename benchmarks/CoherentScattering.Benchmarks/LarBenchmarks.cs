using BenchmarkDotNet.Attributes;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// The CENNS-10 liquid-argon release fit with its own templates: one profiled likelihood evaluation (the three
/// background normalisations fitted at a fixed CEvNS count) and a 41-point CEvNS profile, against a naive baseline
/// that rebuilds everything (reads the release files, builds the likelihood) for each evaluation. Method names are fixed
/// so results can be followed over time (Newtrinos.jl: 56.6 s on 16 threads for one 41-point LAr profile).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LarBenchmarks
{
    private static readonly Dictionary<string, double> AtPrediction = new() { [Coherent2020LarRelease.SignalComponent] = 128 };
    private BinnedPoissonLikelihood likelihood = null!;

    [GlobalSetup]
    public void Setup() => likelihood = Coherent2020LarRelease.TemplateLikelihood();

    /// <summary>−2 ln L profiled over the backgrounds at 128 CEvNS events, likelihood built once.</summary>
    [Benchmark]
    public double LarProfiledLikelihood() => likelihood.Fit(AtPrediction).MinusTwoLogLikelihood;

    /// <summary>The same, rebuilding the likelihood from the release files first.</summary>
    [Benchmark(Baseline = true)]
    public double LarProfiledLikelihoodNaive() => Coherent2020LarRelease.TemplateLikelihood().Fit(AtPrediction).MinusTwoLogLikelihood;

    /// <summary>A 41-point profile of the CEvNS count over [0, 400] events.</summary>
    [Benchmark]
    public double LarSignalProfile41() => likelihood.Profile(Coherent2020LarRelease.SignalComponent, 0, 400, 41).BestFit;
}
