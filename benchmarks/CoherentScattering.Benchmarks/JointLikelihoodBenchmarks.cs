using BenchmarkDotNet.Attributes;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// One profiled joint likelihood evaluation (issue target ≤ 200 µs): −2 ln L of CsI 2017 PE × t + CENNS-10 at a vector
/// NSI point (ε_ee^uV = 0.1, ε_ee^dV = 0.05), every normalisation of both experiments fitted, likelihoods built once. The
/// baseline evaluates the same model through an opaque wrapper that hides its separable structure, so every recoil node
/// integrates dσ/dT over the flux numerically, as a model plugin without a basis would.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class JointLikelihoodBenchmarks
{
    private static readonly NewPhysicsModel Model = NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, 0.05));
    private JointLikelihood joint = null!;

    [GlobalSetup]
    public void Setup() => joint = new JointLikelihood([SpectralExperimentFile.LoadPreset("coherent-2017-csi-spectral").ModelLikelihood(),
        SpectralExperimentFile.LoadPreset("coherent-2020-lar").ModelLikelihood()]);

    /// <summary>The profiled joint −2 ln L.</summary>
    [Benchmark]
    public double JointProfiledLikelihood() => joint.MinusTwoLogLikelihood(Model);

    /// <summary>The same model without its basis: numerical flux integrals at every node.</summary>
    [Benchmark(Baseline = true)]
    public double JointProfiledLikelihoodNaive() => joint.MinusTwoLogLikelihood(new Opaque(Model));

    private sealed class Opaque(ICrossSectionModel inner) : ICrossSectionModel
    {
        public string Name => inner.Name;

        public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev) => inner.DifferentialCrossSection(point, neutrinoMev);

        public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form)
        {
            form = default;
            return false;
        }
    }
}
