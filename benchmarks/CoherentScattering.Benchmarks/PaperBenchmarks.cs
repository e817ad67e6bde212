using BenchmarkDotNet.Attributes;
using CoherentScattering.Cli;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// The hot paths of a full reproduction of the paper, measured against the naive nested adaptive quadrature of Eq. (4)
/// in the same run. Method names are fixed so results can be followed over time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PaperBenchmarks
{
    private Experiment experiment = null!;
    private EventRateCalculator rates = null!;
    private Likelihood likelihood = null!;
    private NaiveEventCount naive = null!;
    private double[] nsiGrid = null!, massGrid = null!, couplingGrid = null!, mixingGrid = null!, splittingGrid = null!;

    [GlobalSetup]
    public void Setup()
    {
        experiment = Experiment.Coherent2017;
        rates = experiment.CreateRateCalculator();
        likelihood = experiment.CreateLikelihood();
        naive = new NaiveEventCount(experiment, StandardModel.Paper);
        nsiGrid = Grid.Linear(-1, 1, 200);
        massGrid = Grid.Linear(0, 4, 200);       // log10 M_Z′ / MeV
        couplingGrid = Grid.Linear(-10, -3, 200); // log10 g²
        mixingGrid = Grid.Linear(0, 1, 200);      // sin²2θ
        splittingGrid = Grid.Linear(-2, 3, 200);  // log10 Δm² / eV²
        rates.Total(StandardModel.Paper);         // warm the basis cache, as any second call would find it
    }

    /// <summary>Total SM events at COHERENT CsI (all flavours, both isotopes, 6–30 PE) through the public API.</summary>
    [Benchmark]
    public double SmEventCount() => rates.Total(StandardModel.Paper);

    /// <summary>The same number by nested adaptive quadrature of Eq. (4) (MathNet Gauss–Kronrod, 1e-8 relative): the baseline.</summary>
    [Benchmark(Baseline = true)]
    public double SmEventCountNaive() => naive.Total();

    /// <summary>All 15 rows of Table I from scratch (new rate calculator, every profile and interval).</summary>
    [Benchmark]
    public int Table1()
    {
        var analysis = new PaperAnalysis(experiment);
        return Table1Command.Compute(analysis).Sum(r => r.Intervals.Count);
    }

    /// <summary>A 200 × 200 Δχ² map in (ε_ee^dV, ε_ee^uV).</summary>
    [Benchmark]
    public double VectorNsiMap()
    {
        var rate = QuadraticSurface.Fit((d, u) => rates.Total(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, u, d))),
            nsiGrid[0], nsiGrid[^1], nsiGrid[0], nsiGrid[^1]);
        return ParameterMap.Scan((d, u) => likelihood.ChiSquared(rate.Evaluate(d, u)), nsiGrid, nsiGrid).MinimumChiSquared;
    }

    /// <summary>200 masses × 200 couplings for the universal vector mediator.</summary>
    [Benchmark]
    public double ZPrimeMap() =>
        ParameterMap.ScanByColumn(logM =>
        {
            var mass = Energy.FromMegaelectronvolts(Math.Pow(10, logM));
            var rate = QuadraticRate.FitFromOrigin(g2 => rates.Total(NewPhysicsModel.Paper.With(VectorMediator.Universal(mass, g2))), 1e-6);
            return logG2 => likelihood.ChiSquared(Math.Max(rate.Evaluate(Math.Pow(10, logG2)), 0));
        }, massGrid, couplingGrid).MinimumChiSquared;

    /// <summary>200 Δm²₄₁ × 200 sin²2θ for the 3+1 sterile neutrino (rapid oscillations integrated period by period).</summary>
    [Benchmark]
    public double SterileMap()
    {
        double nSm = rates.Total(StandardModel.Paper);
        return ParameterMap.ScanByRow(logDm2 =>
        {
            double full = rates.WithFlux(SterileOscillation.Common(Math.Pow(10, logDm2), 1.0).Apply(experiment.Flux)).Total(StandardModel.Paper);
            return s => likelihood.ChiSquared(nSm - s * (nSm - full));
        }, mixingGrid, splittingGrid).MinimumChiSquared;
    }
}
