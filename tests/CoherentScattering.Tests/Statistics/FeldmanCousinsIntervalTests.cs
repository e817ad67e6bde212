using CoherentScattering.Statistics;
using MathNet.Numerics.Distributions;

namespace CoherentScattering.Tests.Statistics;

public class FeldmanCousinsIntervalTests
{
    private static readonly HistogramAxis OneBin = HistogramAxis.Uniform("n", "", 0, 1, 1);

    // One bin: n ~ Poisson(s + b) with the background b known and the signal s the parameter (Feldman & Cousins §IV.B).
    private static Func<double, IReadOnlyList<BinnedPoissonLikelihood>> Counting(double observed, double background) => s =>
    [
        new BinnedPoissonLikelihood(new Histogram([OneBin], [observed]),
        [
            new TemplateComponent(new Histogram([OneBin], [1]), new Nuisance("signal", s, null, null, s, s)),
            new TemplateComponent(new Histogram([OneBin], [1]), new Nuisance("background", background, null, null, background, background)),
        ]),
    ];

    // The exact construction of Feldman & Cousins for this case, independent of the library: at each s the counts n are
    // accepted in order of R = P(n | s)/P(n | max(0, n − b)) until their probability reaches the level.
    private static bool ExactlyAccepted(double s, int observed, double background, double level)
    {
        var order = Enumerable.Range(0, 200).Select(n =>
        {
            double p = Poisson.PMF(s + background, n), best = Poisson.PMF(Math.Max(0, n - background) + background, n);
            return (n, p, r: p / best);
        }).OrderByDescending(x => x.r).ToArray();
        double covered = 0;
        foreach (var (n, p, _) in order)
        {
            if (n == observed)
            {
                return true;
            }

            covered += p;
            if (covered >= level)
            {
                return false;
            }
        }

        return false;
    }

    // Signals 0–6 in steps of 0.2, where the belt is constructed, then every integer to 40: with b = 3 the best fit
    // max(0, n − 3) of every count n is a grid point, so the grid minimum is the exact best fit.
    private static readonly double[] BeltGrid = [.. Grid.Linear(0, 6, 31), .. Enumerable.Range(7, 34).Select(n => (double)n)];

    [TestCase(3, 4.42, Description = "Feldman & Cousins, PRD 57, 3873, Table IV: n₀ = 3, b = 3 → s in [0, 4.42] at 90 % (the exact construction below gives the same)")]
    [TestCase(0, double.NaN, Description = "n₀ = 0, b = 3: compared with the exact construction only (its Table IV entry, 1.08, is not the plain ordering's 0.95)")]
    public void PoissonWithKnownBackground_ReproducesTheExactConstruction(int observed, double published)
    {
        const double background = 3;
        var fc = FeldmanCousinsInterval.Construct(BeltGrid, Counting(observed, background), pseudoExperiments: 1000, seed: 7, points: Enumerable.Range(0, 31).ToArray());
        var intervals = fc.Intervals();
        TestContext.Out.WriteLine($"n₀ = {observed}, b = {background}: {string.Join(" ∪ ", intervals)}");
        Assert.That(intervals[0].Low, Is.Zero);
        if (!double.IsNaN(published))
        {
            Assert.That(intervals, Has.Count.EqualTo(1));
            Assert.That(intervals[0].High, Is.EqualTo(published).Within(0.2), "the published upper limit, within the grid step (0.2)");
        }

        int disagreements = Enumerable.Range(0, 31).Count(j => ExactlyAccepted(BeltGrid[j], observed, background, 0.9) != fc.Accepted[j]);
        Assert.That(disagreements, Is.LessThanOrEqualTo(2), "grid points accepted differently from the exact construction (the pseudo-experiments' noise flips points where the coverage crosses 90 %)");
    }

    [Test(Description = "Deterministic: the same seed gives the same critical values bit for bit; slices of the grid merged equal one run")]
    public void Slices_MergeToTheWholeConstruction()
    {
        var grid = Grid.Linear(0, 4, 9);
        var whole = FeldmanCousinsInterval.Construct(grid, Counting(2, 1.5), 200, seed: 11);
        var again = FeldmanCousinsInterval.Construct(grid, Counting(2, 1.5), 200, seed: 11);
        Assert.That(again.CriticalValues, Is.EqualTo(whole.CriticalValues));
        var slices = new[] { new[] { 0, 3, 6 }, new[] { 1, 4, 7 }, new[] { 2, 5, 8 } }
            .Select(points => FeldmanCousinsInterval.Construct(grid, Counting(2, 1.5), 200, seed: 11, points: points)).ToArray();
        var merged = FeldmanCousinsInterval.Merge(slices);
        Assert.That(merged.CriticalValues, Is.EqualTo(whole.CriticalValues), "bit for bit");
        Assert.That(merged.Intervals(), Is.EqualTo(whole.Intervals()));
        Assert.That(FeldmanCousinsInterval.Construct(grid, Counting(2, 1.5), 200, seed: 12).CriticalValues, Is.Not.EqualTo(whole.CriticalValues), "another seed, other pseudo-experiments");
        Assert.That(() => FeldmanCousinsInterval.Merge(slices.Take(2)), Throws.ArgumentException.With.Message.Contains("no slice"));
        Assert.That(() => FeldmanCousinsInterval.Merge([slices[0], slices[0], slices[1], slices[2]]), Throws.ArgumentException.With.Message.Contains("two slices"));
    }

    [Test]
    public void BadInput_IsRefusedNamingTheParameter()
    {
        var counting = Counting(1, 1);
        Assert.That(() => FeldmanCousinsInterval.Construct([1, 0], counting, 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("grid"));
        Assert.That(() => FeldmanCousinsInterval.Construct([0, 1], counting, 5, 1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("pseudoExperiments"));
        Assert.That(() => FeldmanCousinsInterval.Construct([0, 1], counting, 100, 1, confidenceLevel: 1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("confidenceLevel"));
        Assert.That(() => FeldmanCousinsInterval.Construct([0, 1], counting, 100, 1, points: [2]), Throws.ArgumentException.With.Property("ParamName").EqualTo("points"));
        Assert.That(() => FeldmanCousinsInterval.Construct([0, 1], s => s > 0.5 ? [] : counting(s), 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("likelihoodsAt"));
    }

    [Test(Description = "Large counts with a constrained background: the construction approaches Wilks (critical Δ ≈ 2.706 at 90 %) at every point, also where the data pull the background far from its centre, because each pseudo-experiment redraws the constraint's centre about the fitted background")]
    public void LargeCountsWithAConstrainedBackground_ApproachWilks()
    {
        IReadOnlyList<BinnedPoissonLikelihood> At(double s) =>
        [
            new BinnedPoissonLikelihood(new Histogram([OneBin], [1000]),
            [
                new TemplateComponent(new Histogram([OneBin], [1]), new Nuisance("signal", s, null, null, s, s)),
                new TemplateComponent(new Histogram([OneBin], [1]), Nuisance.Gaussian("background", 900, 30, lowerBound: 0)),
            ]),
        ];

        var fc = FeldmanCousinsInterval.Construct(Grid.Linear(0, 300, 11), At, pseudoExperiments: 1000, seed: 3);
        TestContext.Out.WriteLine($"critical: {string.Join(" ", fc.CriticalValues.Select(c => c!.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        var critical = fc.CriticalValues.Select(c => c!.Value).ToArray();
        Assert.That(critical[2..9], Is.All.InRange(2.2, 3.3), "χ²₁ at 90 % is 2.706 more than a standard deviation (≈ 43) from the grid's ends; without redrawn centres the far points would add the background's squared pull (≈ 20 at s = 300)");
        Assert.That(new[] { critical[0], critical[^1] }, Is.All.InRange(1.2, 2.2), "at a grid end the best fit cannot pass it: ½χ²₁ + ½δ(0), whose 90 % point is 1.64 (Chernoff)");
    }

    [TestCase(0.68, 300, 203, Description = "0.68 × 300 = 204.00000000000003 in doubles: the 204th value, index 203")]
    [TestCase(0.9, 1000, 899)]
    [TestCase(0.9, 10, 8)]
    [TestCase(0.999, 10, 9)]
    public void QuantileIndex_IsTheSmallestCoveringRank(double level, int n, int index) =>
        Assert.That(FeldmanCousinsInterval.QuantileIndex(level, n), Is.EqualTo(index));
}
