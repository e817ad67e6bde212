using CoherentScattering.Benchmarks;

namespace CoherentScattering.Tests.Benchmarks;

/// <summary>A dry run of every benchmark method (CI never runs the full BenchmarkDotNet suite): each runs once and
/// returns a sensible value, and the fast engine agrees with the naive baseline.</summary>
public class BenchmarkSmokeTests
{
    private static readonly Lazy<PaperBenchmarks> Bench = new(() =>
    {
        var b = new PaperBenchmarks();
        b.Setup();
        return b;
    });

    [Test(Description = "SmEventCount (separable fast path) against SmEventCountNaive (nested adaptive quadrature)")]
    public void SmEventCount_AgreesWithNaiveBaseline()
    {
        double fast = Bench.Value.SmEventCount(), naive = Bench.Value.SmEventCountNaive();
        Assert.That(fast, Is.EqualTo(naive).Within(1e-6 * naive));
    }

    [Test]
    public void Table1_ProducesIntervalsForEveryRow() =>
        Assert.That(Bench.Value.Table1(), Is.GreaterThanOrEqualTo(15));

    [Test]
    public void Maps_RunAndFindAFiniteMinimum()
    {
        Assert.That(Bench.Value.VectorNsiMap(), Is.GreaterThanOrEqualTo(0).And.LessThan(10));
        Assert.That(Bench.Value.ZPrimeMap(), Is.GreaterThanOrEqualTo(0).And.LessThan(10));
        Assert.That(Bench.Value.SterileMap(), Is.GreaterThanOrEqualTo(0).And.LessThan(10));
    }
}

/// <summary>A dry run of the liquid-argon benchmarks: the fast and naive evaluations agree.</summary>
public class LarBenchmarkSmokeTests
{
    [Test]
    public void LarBenchmarks_RunAndAgree()
    {
        var b = new LarBenchmarks();
        b.Setup();
        Assert.That(b.LarProfiledLikelihood(), Is.EqualTo(b.LarProfiledLikelihoodNaive()).Within(1e-9));
        Assert.That(b.LarSignalProfile41(), Is.InRange(100, 220));
    }
}

/// <summary>A dry run of the spectral benchmarks.</summary>
public class SpectralBenchmarkSmokeTests
{
    [Test]
    public void SpectralBenchmarks_Run()
    {
        var b = new SpectralBenchmarks();
        b.Setup();
        Assert.That(b.CsiQuenchingStep(), Is.GreaterThan(0));
        Assert.That(b.CsiQuenchingStepNaive(), Is.GreaterThan(0));
        Assert.That(b.ColdSmCount(), Is.EqualTo(167.88).Within(0.01));
    }
}
