using BenchmarkDotNet.Attributes;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Rates;

namespace CoherentScattering.Benchmarks;

/// <summary>The double integral of Eq. (4): the library's engine against a naive nested adaptive quadrature.</summary>
[MemoryDiagnoser]
public class EventCountBenchmarks
{
    private EventRateCalculator rates = null!;
    private NaiveEventCount naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var experiment = Experiment.Coherent2017;
        rates = experiment.CreateRateCalculator();
        naive = new NaiveEventCount(experiment, StandardModel.Paper);
    }

    /// <summary>Total SM events at COHERENT CsI through the public API.</summary>
    [Benchmark]
    public double SmEventCount() => rates.Total(StandardModel.Paper);

    /// <summary>The same number by nested adaptive quadrature of Eq. (4), as a newcomer would write it.</summary>
    [Benchmark(Baseline = true)]
    public double SmEventCountNaive() => naive.Total();
}
