using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class FeldmanCousinsRegionTests
{
    private static readonly HistogramAxis TwoBins = HistogramAxis.Uniform("n", "", 0, 2, 2);

    // Two bins: n₁ ~ Poisson(s₁ + b), n₂ ~ Poisson(s₂ + b), with b per bin known and (s₁, s₂) the parameters.
    private static Func<double, double, IReadOnlyList<BinnedPoissonLikelihood>> TwoCounts(double n1, double n2, double background) => (s1, s2) =>
    [
        new BinnedPoissonLikelihood(new Histogram([TwoBins], [n1, n2]),
        [
            new TemplateComponent(new Histogram([TwoBins], [1, 0]), new Nuisance("s1", s1, null, null, s1, s1)),
            new TemplateComponent(new Histogram([TwoBins], [0, 1]), new Nuisance("s2", s2, null, null, s2, s2)),
            new TemplateComponent(new Histogram([TwoBins], [1, 1]), new Nuisance("background", 2 * background, null, null, 2 * background, 2 * background)),
        ]),
    ];

    [Test(Description = "Large counts: the critical value approaches Wilks for two parameters, the 90 % point of χ²₂ = 4.605, away from the grid's edges")]
    public void LargeCounts_ApproachWilksForTwoParameters()
    {
        double[] grid = Grid.Linear(20, 180, 9); // s = 100 ± 4σ of √400 = 20
        var region = FeldmanCousinsRegion.Construct(grid, grid, TwoCounts(400, 400, 300), pseudoExperiments: 1000, seed: 5,
            points: [3 * 9 + 3, 3 * 9 + 5, 4 * 9 + 4, 5 * 9 + 3, 5 * 9 + 5]);
        var critical = region.CriticalValues.Where(c => c is not null).Select(c => c!.Value).ToArray();
        TestContext.Out.WriteLine(string.Join(" ", critical.Select(c => c.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(critical, Has.Length.EqualTo(5));
        Assert.That(critical, Is.All.InRange(3.8, 5.5), "χ²₂ at 90 % is 4.605; 1000 pseudo-experiments place the quantile within about ±0.4");
        Assert.That(critical.Average(), Is.EqualTo(4.605).Within(0.45));
        Assert.That(region.BestFit, Is.EqualTo((100.0, 100.0)));
        Assert.That(region.IsAccepted(4, 4), Is.True);
        Assert.That(region.IsAccepted(0, 0), Is.False, "not constructed");
        Assert.That(region.IsComplete, Is.False);
    }

    [Test(Description = "Deterministic: the same seed gives the same critical values bit for bit; slices of the grid merged equal one run")]
    public void Slices_MergeToTheWholeConstruction()
    {
        double[] x = Grid.Linear(0, 6, 4), y = Grid.Linear(0, 4, 3);
        var likelihoods = TwoCounts(3, 1, 1.5);
        var whole = FeldmanCousinsRegion.Construct(x, y, likelihoods, 100, seed: 9);
        Assert.That(whole.IsComplete, Is.True);
        var slices = Enumerable.Range(0, 5).Select(s => FeldmanCousinsRegion.Construct(x, y, likelihoods, 100, seed: 9,
            points: Enumerable.Range(0, 12).Where(p => p % 5 == s).ToArray())).ToArray();
        var merged = FeldmanCousinsRegion.Merge(slices);
        Assert.That(merged.CriticalValues, Is.EqualTo(whole.CriticalValues), "bit for bit");
        Assert.That(merged.Boundary(), Is.EqualTo(whole.Boundary()));
        var restored = FeldmanCousinsRegion.FromValues(x, y, whole.DeltaChiSquaredValues, whole.CriticalValues, 0.9, 100, 9);
        Assert.That(restored.CriticalValues, Is.EqualTo(whole.CriticalValues));
        Assert.That(() => FeldmanCousinsRegion.Merge(slices.Take(4)), Throws.ArgumentException.With.Message.Contains("no slice"));
        Assert.That(() => FeldmanCousinsRegion.Merge([.. slices, slices[0]]), Throws.ArgumentException.With.Message.Contains("two slices"));
        Assert.That(() => FeldmanCousinsRegion.Merge([slices[0], FeldmanCousinsRegion.Construct(x, y, likelihoods, 100, seed: 10, points: [1])]),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("slices"));
    }

    [Test(Description = "The boundary separates accepted from rejected points: every segment lies in a cell with an accepted and a rejected corner")]
    public void Boundary_EnclosesTheAcceptedPoints()
    {
        double[] grid = Grid.Linear(0, 10, 11);
        var region = FeldmanCousinsRegion.Construct(grid, grid, TwoCounts(6, 4, 1), 200, seed: 2);
        var boundary = region.Boundary();
        Assert.That(boundary, Is.Not.Empty);
        Assert.That(region.IsAccepted(5, 3), Is.True, "the best fit (5, 3) is accepted");
        Assert.That(region.IsAccepted(10, 10), Is.False);
        foreach (var s in boundary)
        {
            int i = Math.Min((int)Math.Floor(Math.Min(s.X1, s.X2) + 1e-9), 9), j = Math.Min((int)Math.Floor(Math.Min(s.Y1, s.Y2) + 1e-9), 9);
            var corners = new[] { region.IsAccepted(i, j), region.IsAccepted(i + 1, j), region.IsAccepted(i, j + 1), region.IsAccepted(i + 1, j + 1) };
            Assert.That(corners, Does.Contain(true).And.Contain(false), $"segment {s} in cell ({i}, {j})");
        }
    }

    [Test(Description = "The boundary lines join exactly the boundary's segments, each line's points in order")]
    public void BoundaryLines_JoinTheBoundarySegments()
    {
        double[] grid = Grid.Linear(0, 10, 11);
        var region = FeldmanCousinsRegion.Construct(grid, grid, TwoCounts(6, 4, 1), 200, seed: 2);
        var lines = region.BoundaryLines();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Sum(l => l.Points.Count - 1), Is.EqualTo(region.Boundary().Count));
        foreach (var line in lines.Where(l => !l.IsClosed))
        {
            foreach (var end in new[] { line.Points[0], line.Points[^1] })
            {
                Assert.That(end.X is 0 or 10 || end.Y is 0 or 10, Is.True, $"open end {end} on the grid's edge");
            }
        }
    }

    [Test]
    public void BadInput_IsRefusedNamingTheParameter()
    {
        var counting = TwoCounts(1, 1, 1);
        Assert.That(() => FeldmanCousinsRegion.Construct([1, 0], [0, 1], counting, 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("xGrid"));
        Assert.That(() => FeldmanCousinsRegion.Construct([0, 1], [0], counting, 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("yGrid"));
        Assert.That(() => FeldmanCousinsRegion.Construct([0, 1], [0, 1], counting, 5, 1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("pseudoExperiments"));
        Assert.That(() => FeldmanCousinsRegion.Construct([0, 1], [0, 1], counting, 100, 1, points: [4]), Throws.ArgumentException.With.Property("ParamName").EqualTo("points"));
        Assert.That(() => FeldmanCousinsRegion.Construct(Grid.Linear(0, 1, 1001), Grid.Linear(0, 1, 1001), counting, 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("xGrid"));
        Assert.That(() => FeldmanCousinsRegion.FromValues([0, 1], [0, 1], [0, 1, 2], [null, null, null], 0.9, 100, 1), Throws.ArgumentException.With.Property("ParamName").EqualTo("deltaChiSquared"));
        var region = FeldmanCousinsRegion.FromValues([0, 1], [0, 1], [0, 1, 2, 3], [null, 2, 2, 2], 0.9, 100, 1);
        Assert.That(() => region.DeltaChiSquared(2, 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("i"));
        Assert.That(() => region.CriticalValue(0, -1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("j"));
        Assert.That(region.CriticalValue(0, 0), Is.Null);
    }
}
