using CoherentScattering.Benchmarks;

namespace CoherentScattering.Tests.Benchmarks;

/// <summary>A dry run of every benchmark method (CI never runs the full BenchmarkDotNet suite): each runs once, and the
/// fast engine agrees with the naive baseline.</summary>
public class BenchmarkSmokeTests
{
    [Test]
    public void EventCountBenchmarks_FastAndNaive_Agree()
    {
        var bench = new EventCountBenchmarks();
        bench.Setup();
        double fast = bench.SmEventCount(), naive = bench.SmEventCountNaive();
        Assert.That(fast, Is.EqualTo(naive).Within(1e-6 * naive));
    }
}
