using CoherentScattering.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Statistics;

public class ParameterProfileTests
{
    [Test]
    public void Intervals_Parabola_AreCentredAtMinimum()
    {
        var profile = ParameterProfile.Scan(x => 5 + (x - 1) * (x - 1), -5, 5, 101);
        var intervals = profile.Intervals(0.9);
        double half = Math.Sqrt(ChiSquaredThreshold.For(0.9, 1));
        Assert.That(profile.BestFit, Is.EqualTo(1).Within(1e-8));
        Assert.That(profile.MinimumChiSquared, Is.EqualTo(5).Within(1e-12));
        Assert.That(intervals, Has.Count.EqualTo(1));
        Assert.That(intervals[0].Low, Is.EqualTo(1 - half).Within(1e-10));
        Assert.That(intervals[0].High, Is.EqualTo(1 + half).Within(1e-10));
    }

    [Test(Description = "Tolerances are relative to the grid step: a parameter in physical units (cm², ~1e-32) is refined as well as in scaled units")]
    public void Intervals_TinyUnits_AreRefinedLikeScaledUnits()
    {
        double F(double x) => (x - 0.37) * (x - 0.37) / 0.04;
        var scaled = ParameterProfile.Scan(F, -1, 1, 41);
        var tiny = ParameterProfile.Scan(x => F(x * 1e32), -1e-32, 1e-32, 41);
        Assert.That(tiny.BestFit * 1e32, Is.EqualTo(scaled.BestFit).Within(1e-7));
        Assert.That(tiny.Intervals()[0].Low * 1e32, Is.EqualTo(scaled.Intervals()[0].Low).Within(1e-8));
        Assert.That(tiny.Intervals()[0].High * 1e32, Is.EqualTo(scaled.Intervals()[0].High).Within(1e-8));
    }

    [Test]
    public void Intervals_DoubleWell_FindsBothParts()
    {
        var profile = ParameterProfile.Scan(x => Math.Min((x + 2) * (x + 2), 0.5 + (x - 2) * (x - 2)), -5, 5, 201);
        var intervals = profile.Intervals(0.9);
        Assert.That(intervals, Has.Count.EqualTo(2));
        Assert.That(intervals[0].Contains(-2) && intervals[1].Contains(2), Is.True);
        Assert.That(intervals[1].High - intervals[1].Low, Is.LessThan(intervals[0].High - intervals[0].Low), "second well is shallower in Δχ²");
    }

    [Test]
    public void Intervals_OpenAtScanEdge_AreFlagged()
    {
        var intervals = ParameterProfile.Scan(x => x * x, 0, 5, 51).Intervals(0.9);
        Assert.That(intervals[0].LowIsScanEdge, Is.True);
        Assert.That(intervals[0].HighIsScanEdge, Is.False);
    }

    [FsCheck.NUnit.Property(MaxTest = 30)]
    public Property DeltaChiSquared_IsNonNegative_AndZeroAtBestFit() =>
        Prop.ForAll(Generators.Uniform(-3, 3), Generators.Uniform(0.1, 10), (centre, curvature) =>
        {
            var profile = ParameterProfile.Scan(x => curvature * Math.Pow(x - centre, 2) + Math.Sin(3 * x), -5, 5, 101);
            return profile.DeltaChiSquared.All(d => d >= -1e-12) && profile.MinimumChiSquared <= profile.ChiSquared.Min();
        });

    [Test]
    public void Scan_LowNotBelowHigh_Throws() =>
        Assert.Throws<ArgumentException>(() => ParameterProfile.Scan(x => x, 1, 1));

    [Test]
    public void Scan_NonFiniteChiSquared_Throws() =>
        Assert.Throws<ArgumentException>(() => ParameterProfile.Scan(x => x > 0 ? double.NaN : 1, -1, 1, 11));

    [Test]
    public void Scan_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ParameterProfile.Scan(x => x, 0, 1, 11, cancellationToken: cts.Token));
    }

    [Test]
    public void Scan_ReportsProgressMonotonicallyToOne()
    {
        for (int run = 0; run < 5; run++)
        {
            var reported = new List<double>();
            ParameterProfile.Scan(x => x * x, -1, 1, 101, new SynchronousProgress(reported));
            Assert.That(reported, Has.Count.EqualTo(101));
            Assert.That(reported, Is.Ordered);
            Assert.That(reported[^1], Is.EqualTo(1.0));
        }
    }

    [Test(Description = "Brent runs in t ∈ [0, 1] per bracket: interval edges are as accurate for a parameter in units of 1e12 as in units of 1")]
    public void Intervals_HugeUnits_AreAccurate()
    {
        var unit = ParameterProfile.Scan(x => x * x, -3, 3, 61).Intervals()[0];
        var huge = ParameterProfile.Scan(x => (x / 1e12) * (x / 1e12), -3e12, 3e12, 61).Intervals()[0];
        Assert.That(huge.High / 1e12, Is.EqualTo(unit.High).Within(1e-9));
        Assert.That(unit.High, Is.EqualTo(Math.Sqrt(ChiSquaredThreshold.For(0.9, 1))).Within(1e-10));
    }

    [Test(Description = "A minimum narrower than the grid step still yields the interval around the best fit")]
    public void Intervals_MinimumBetweenGridPoints_AreFound()
    {
        // Δχ² > 2.71 at every grid point, but a narrow dip at 0.05 (grid step 0.1).
        var profile = ParameterProfile.Scan(x => 10 * (1 - Math.Exp(-Math.Pow((x - 0.05) / 0.01, 2))), -1, 1, 21);
        var intervals = profile.Intervals();
        Assert.That(profile.BestFit, Is.EqualTo(0.05).Within(1e-6));
        Assert.That(intervals, Has.Count.EqualTo(1));
        Assert.That(intervals[0].Contains(0.05), Is.True);
    }

    private sealed class SynchronousProgress(List<double> sink) : IProgress<double>
    {
        public void Report(double value) => sink.Add(value);
    }
}
