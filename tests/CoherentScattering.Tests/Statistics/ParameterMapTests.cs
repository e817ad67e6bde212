using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class ParameterMapTests
{
    [Test(Description = "Circle: χ² = x² + y²; the 90 % C.L. (2 d.o.f.) contour is the circle of radius √4.6052")]
    public void Contour_Paraboloid_IsCircleOfQuantileRadius()
    {
        double[] g = Grid.Linear(-3, 3, 121);
        var map = ParameterMap.Scan((x, y) => x * x + y * y, g, g);
        double r = Math.Sqrt(ChiSquaredThreshold.For(0.9, 2));
        var segments = map.Contour(0.9);
        Assert.That(segments, Is.Not.Empty);
        foreach (var s in segments)
        {
            Assert.That(Math.Sqrt(s.X1 * s.X1 + s.Y1 * s.Y1), Is.EqualTo(r).Within(0.01));
        }

        Assert.That(map.BestFit.X, Is.EqualTo(0.0).Within(1e-12));
        Assert.That(map.BestFit.Y, Is.EqualTo(0.0).Within(1e-12));
        Assert.That(map.IsAllowed(60, 60), Is.True);
        Assert.That(map.IsAllowed(0, 0), Is.False);
    }

    [Test(Description = "An off-grid minimum is recovered by the local paraboloid (exact for a quadratic χ²)")]
    public void BestFit_OffGridMinimum_IsRefined()
    {
        double[] g = Grid.Linear(-1, 1, 11);
        var map = ParameterMap.Scan((x, y) => 3 + (x - 0.13) * (x - 0.13) + 2 * (y + 0.27) * (y + 0.27) + 0.5 * (x - 0.13) * (y + 0.27), g, g);
        Assert.That(map.MinimumChiSquared, Is.EqualTo(3).Within(1e-12));
        Assert.That(map.BestFit.X, Is.EqualTo(0.13).Within(1e-12));
        Assert.That(map.BestFit.Y, Is.EqualTo(-0.27).Within(1e-12));
    }

    [Test]
    public void Contour_TwoWells_FindsBothDisjointParts()
    {
        double[] g = Grid.Linear(-4, 4, 81);
        var map = ParameterMap.Scan((x, y) => Math.Min((x - 2) * (x - 2), (x + 2) * (x + 2)) + y * y, g, g);
        var segments = map.Contour(0.9);
        Assert.That(segments.Any(s => s.X1 > 0) && segments.Any(s => s.X1 < 0), Is.True);
    }

    [Test(Description = "A Δχ² bowl inside the grid: one closed line round the minimum, each point one cell step from the next")]
    public void ContourLines_BowlInsideGrid_IsOneClosedLineWithoutJumps()
    {
        double[] g = Grid.Linear(-3, 3, 61);
        var map = ParameterMap.Scan((x, y) => x * x + 2 * y * y, g, g);
        var lines = map.ContourLines(0.9);
        Assert.That(lines, Has.Count.EqualTo(1));
        var line = lines[0];
        Assert.That(line.IsClosed, Is.True);
        Assert.That(line.Points[^1], Is.EqualTo(line.Points[0]));
        Assert.That(line.Points, Has.Count.EqualTo(map.Contour(0.9).Count + 1), "every segment once");
        double step = g[1] - g[0];
        for (int k = 0; k + 1 < line.Points.Count; k++)
        {
            var (a, b) = (line.Points[k], line.Points[k + 1]);
            Assert.That(Math.Abs(a.X - b.X) <= step && Math.Abs(a.Y - b.Y) <= step, Is.True, $"a jump from {a} to {b}");
        }

        double delta = ChiSquaredThreshold.For(0.9, 2);
        Assert.That(line.Points.Select(p => p.X * p.X + 2 * p.Y * p.Y), Has.All.EqualTo(delta).Within(0.05));
        // The line goes round the minimum once: its winding angle is ±2π.
        double winding = 0;
        for (int k = 0; k + 1 < line.Points.Count; k++)
        {
            double d = Math.Atan2(line.Points[k + 1].Y, line.Points[k + 1].X) - Math.Atan2(line.Points[k].Y, line.Points[k].X);
            winding += Math.IEEERemainder(d, 2 * Math.PI);
        }

        Assert.That(Math.Abs(winding), Is.EqualTo(2 * Math.PI).Within(1e-9));
    }

    [Test(Description = "A region the scan range cuts: an open line whose ends lie on the grid's edge")]
    public void ContourLines_RegionCutByGridEdge_IsOpenLineEndingOnEdge()
    {
        double[] xs = Grid.Linear(0, 3, 31), ys = Grid.Linear(-3, 3, 61);
        var map = ParameterMap.Scan((x, y) => x * x + y * y, xs, ys);
        var lines = map.ContourLines(0.9);
        Assert.That(lines, Has.Count.EqualTo(1));
        var line = lines[0];
        Assert.That(line.IsClosed, Is.False);
        Assert.That(line.Points[0].X, Is.EqualTo(0.0).Within(1e-12));
        Assert.That(line.Points[^1].X, Is.EqualTo(0.0).Within(1e-12));
        double r = Math.Sqrt(ChiSquaredThreshold.For(0.9, 2));
        Assert.That(new[] { line.Points[0].Y, line.Points[^1].Y }.Order(), Is.EqualTo(new[] { -r, r }).Within(0.02));
        Assert.That(line.Points.Skip(1).SkipLast(1).Select(p => p.X), Has.All.GreaterThan(0.0), "only the ends on the edge");
    }

    [Test(Description = "Two separate minima: two closed lines, one round each")]
    public void ContourLines_TwoWells_AreTwoClosedLines()
    {
        double[] g = Grid.Linear(-5, 5, 101);
        var map = ParameterMap.Scan((x, y) => Math.Min((x - 2.5) * (x - 2.5), (x + 2.5) * (x + 2.5)) + y * y, g, g);
        var lines = map.ContourLines(0.9);
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines.Select(l => l.IsClosed), Has.All.True);
        Assert.That(lines.Select(l => Math.Sign(l.Points.Average(p => p.X))).Order(), Is.EqualTo(new[] { -1, 1 }));
        Assert.That(lines.Sum(l => l.Points.Count - 1), Is.EqualTo(map.Contour(0.9).Count));
    }

    [Test]
    public void ContourLinesAt_NonPositiveThreshold_ThrowsNamingParameter()
    {
        var map = ParameterMap.Scan((x, y) => x * x + y * y, Grid.Linear(-1, 1, 5), Grid.Linear(-1, 1, 5));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => map.ContourLinesAt(0));
        Assert.That(e!.ParamName, Is.EqualTo("deltaChiSquared"));
    }

    [Test]
    public void Scan_ParallelRows_AreDeterministic()
    {
        double[] g = Grid.Linear(-1, 1, 31);
        var a = ParameterMap.Scan((x, y) => Math.Sin(3 * x) * Math.Cos(2 * y), g, g);
        var b = ParameterMap.Scan((x, y) => Math.Sin(3 * x) * Math.Cos(2 * y), g, g);
        for (int i = 0; i < g.Length; i++)
        {
            for (int j = 0; j < g.Length; j++)
            {
                Assert.That(a.ChiSquared(i, j), Is.EqualTo(b.ChiSquared(i, j)));
                Assert.That(a.DeltaChiSquared(i, j), Is.GreaterThanOrEqualTo(0));
            }
        }
    }

    [Test]
    public void Scan_NonFiniteChiSquared_ThrowsArgumentExceptionNamingPoint()
    {
        var e = Assert.Throws<ArgumentException>(() => ParameterMap.ScanByColumn(x => y => x > 0.5 && y > 0.5 ? double.NaN : 0, Grid.Linear(0, 1, 5), Grid.Linear(0, 1, 5)));
        Assert.That(e!.Message, Does.Contain("(0.75, 0.75)"));
    }

    [Test]
    public void Scan_UserException_SurfacesUnwrapped() =>
        Assert.Throws<InvalidOperationException>(() => ParameterMap.Scan((x, y) => throw new InvalidOperationException("boom"), Grid.Linear(0, 1, 5), Grid.Linear(0, 1, 5)));

    [Test]
    public void Scan_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ParameterMap.Scan((x, y) => x, Grid.Linear(0, 1, 5), Grid.Linear(0, 1, 5), cancellationToken: cts.Token));
    }

    [Test]
    public void Grid_Logarithmic_NonPositiveLow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.Logarithmic(0, 1, 5));
}
