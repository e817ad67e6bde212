using CoherentScattering.Cli.Figures;

namespace CoherentScattering.Tests.Samples;

/// <summary>The profiles and regions of the model parameters on the real data drawn by <c>figures</c>.</summary>
public class ModelFitFiguresTests
{
    private static readonly Lazy<Panel[]> Panels = new(() => ModelFitFigures.All(profilePoints: 21, regionPoints: 11).Select(build => build()).ToArray());

    [Test(Description = "Each profile panel: the counting fit, four spectral fits and two joint fits, each Δχ² relative to its own minimum (interpolated between grid points, so the grid minimum lies just above 0); the shaded spans are the last (CsI 2021 + CENNS-10) fit's 90 % intervals")]
    public void Profiles_HoldEveryFit()
    {
        var profiles = Panels.Value.Where(p => p.FileStem.StartsWith("profile-", StringComparison.Ordinal)).ToArray();
        Assert.That(profiles.Select(p => p.FileStem), Is.EqualTo(ModelFitFigures.ProfileKeys.Select(k => $"profile-{k}")));
        foreach (var panel in profiles)
        {
            Assert.That(panel.Curves, Has.Count.EqualTo(6), panel.FileStem);
            Assert.That(panel.Curves[0].Label, Does.StartWith("counting"));
            Assert.That(panel.Curves[0].Dashed, Is.True);
            Assert.That(panel.Curves.Select(c => c.Y.Min()), Is.All.InRange(0, 0.5), panel.FileStem);
            Assert.That(panel.Spans, Is.Not.Empty, panel.FileStem);
            var last = panel.Curves[^1];
            foreach (var span in panel.Spans)
            {
                // Inside a span the last curve lies below 2.706 at every grid point.
                var inside = last.X.Select((x, i) => (x, y: last.Y[i])).Where(p => p.x > span.Low && p.x < span.High).ToArray();
                Assert.That(inside.Select(p => p.y), Is.All.LessThanOrEqualTo(2.706), $"{panel.FileStem} [{span.Low}, {span.High}]");
            }
        }
    }

    [Test(Description = "Each region panel: counting (line only), three experiments and one joint fit; allowed points are those of the map, the boundary lies between allowed and excluded points, and the CSV lists both")]
    public void Regions_ShadeTheAllowedPoints()
    {
        var regions = Panels.Value.Where(p => p.FileStem.StartsWith("region-", StringComparison.Ordinal)).ToArray();
        Assert.That(regions, Has.Length.EqualTo(ModelFitFigures.RegionKeys.Count));
        foreach (var panel in regions)
        {
            Assert.That(panel.Regions.Select(r => r.Label), Is.EqualTo(new[] { "counting, CsI 2017 (Eq. 6)", "CsI 2017 PE × t", "CsI 2021 PE × t", "CENNS-10 LAr", "CsI 2021 + CENNS-10" }));
            Assert.That(panel.Regions[0].Opacity, Is.Zero, "counting drawn as a line");
            Assert.That(panel.Regions[^1].Opacity, Is.GreaterThan(panel.Regions[1].Opacity), "the joint fit shaded more strongly");
            foreach (var r in panel.Regions)
            {
                int allowed = r.Allowed.Cast<bool>().Count(a => a);
                Assert.That(allowed, Is.InRange(1, r.X.Count * r.Y.Count - 1), $"{panel.FileStem} {r.Label}");
                Assert.That(r.Boundary, Is.Not.Empty, $"{panel.FileStem} {r.Label}");
            }
        }

        string path = Path.Combine(Path.GetTempPath(), $"region-{Guid.NewGuid():N}.csv");
        try
        {
            PanelCsv.Write(regions[0], path);
            var kinds = File.ReadLines(path).Skip(3).Select(l => l.Split(',')[0]).Distinct().ToArray();
            Assert.That(kinds, Is.EquivalentTo(new[] { "allowed", "boundary" }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
