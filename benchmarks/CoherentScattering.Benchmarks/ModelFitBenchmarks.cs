using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// The speed targets of model parameters on real data: a joint CsI 2017 + CENNS-10 map of vector NSI (ε_ee^uV × ε_ee^dV,
/// 100 × 100, every nuisance profiled at every point; target ≤ 2 s on 2 cores) and a Feldman–Cousins interval of 41
/// points × 1000 pseudo-experiments on CsI 2017 (ε_ee^V; target ≤ 30 s on 2 cores), each one run at a time (seconds per
/// operation: three iterations, no warm-up). The baseline is the same map on a 20 × 20 grid with the likelihoods rebuilt
/// for every point.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class ModelFitBenchmarks
{
    private static readonly double[] Epsilon100 = Grid.Linear(-0.5, 1.0, 100);
    private static readonly double[] Epsilon20 = Grid.Linear(-0.5, 1.0, 20);
    private JointLikelihood joint = null!;
    private SpectralLikelihood csi = null!;

    [GlobalSetup]
    public void Setup()
    {
        csi = SpectralExperimentFile.LoadPreset("coherent-2017-csi-spectral").ModelLikelihood();
        joint = new JointLikelihood([csi, SpectralExperimentFile.LoadPreset("coherent-2020-lar").ModelLikelihood()]);
    }

    private static NewPhysicsModel Nsi(double up, double down) => NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, up, down));

    /// <summary>The joint 100 × 100 vector-NSI map, likelihoods built once.</summary>
    [Benchmark]
    public double JointNsiMap100() => ParameterMap.ScanModels(joint, Nsi, Epsilon100, Epsilon100).MinimumChiSquared;

    /// <summary>A 20 × 20 map that rebuilds both experiments' likelihoods (presets read, responses and templates built) at
    /// every point: 400 points, so 25 × its time is the naive cost of the 10⁴-point map.</summary>
    [Benchmark(Baseline = true)]
    public double JointNsiMap20Naive() => ParameterMap.Scan((u, d) => new JointLikelihood(
            [SpectralExperimentFile.LoadPreset("coherent-2017-csi-spectral").ModelLikelihood(), SpectralExperimentFile.LoadPreset("coherent-2020-lar").ModelLikelihood()])
        .MinusTwoLogLikelihood(Nsi(u, d)), Epsilon20, Epsilon20).MinimumChiSquared;

    /// <summary>Feldman–Cousins on CsI 2017, ε_ee^V (ε^u = ε^d) over −0.2 … 0.4: 41 points × 1000 pseudo-experiments,
    /// every nuisance refitted at every point for each.</summary>
    [Benchmark]
    public double FeldmanCousins41x1000() => FeldmanCousinsInterval.Construct(Grid.Linear(-0.2, 0.4, 41),
        x => [csi.For(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, x, x)))], 1000, seed: 1).Intervals()[0].High;
}
