using System.Globalization;
using CoherentScattering.Cli;
using CoherentScattering.Cli.Figures;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Samples;

/// <summary>The fitted projections of the spectral fits drawn by <c>figures</c> (<see cref="FitFigures"/>).</summary>
public class FitFiguresTests
{
    private static readonly Lazy<(BinnedPoissonLikelihood Likelihood, TemplateFit Fit)> Lar = new(() => Fitted(FitCommand.LarPreset));
    private static readonly Lazy<(BinnedPoissonLikelihood Likelihood, TemplateFit Fit)> Csi = new(() => Fitted(FitCommand.CsiPreset));

    private static (BinnedPoissonLikelihood, TemplateFit) Fitted(string experiment)
    {
        var (likelihood, _, _) = FitCommand.Likelihood(experiment, "model");
        return (likelihood, likelihood.Fit());
    }

    private static IEnumerable<TestCaseData> Fits()
    {
        yield return new TestCaseData(FitCommand.LarPreset, 3).SetName("Projections_SumToTheFittedTotals(LAr)");
        yield return new TestCaseData(FitCommand.CsiPreset, 2).SetName("Projections_SumToTheFittedTotals(CsI)");
        yield return new TestCaseData(FitCommand.Csi2021Preset, 2).SetName("Projections_SumToTheFittedTotals(CsI 2021)");
    }

    [TestCaseSource(nameof(Fits))]
    public void Projections_SumToTheFittedTotals(string experiment, int axes)
    {
        var (likelihood, fit) = experiment == FitCommand.LarPreset ? Lar.Value : experiment == FitCommand.CsiPreset ? Csi.Value : Fitted(experiment);
        var projections = FitProjection.Of(likelihood, fit);
        double fitted = fit.Events.Sum(e => e.Value);
        Assert.That(projections, Has.Count.EqualTo(axes));
        foreach (var p in projections)
        {
            Assert.That(p.Data.Sum(), Is.EqualTo(likelihood.Data.Total).Within(1e-9), $"{p.Axis.Name}: the data points sum to the data total");
            Assert.That(p.Total.Sum(), Is.EqualTo(fitted).Within(1e-9 * fitted), $"{p.Axis.Name}: the total line sums to the fitted events");
            Assert.That(p.Components.Select(c => c.Name), Is.EqualTo(likelihood.Components.Select(c => c.Name)));
            foreach (var c in p.Components)
            {
                Assert.That(c.Expected.Sum(), Is.EqualTo(fit.EventsOf(c.Name)).Within(1e-9 * fitted), $"{p.Axis.Name}/{c.Name}");
                Assert.That(c.Expected, Has.Count.EqualTo(p.Axis.Count));
            }

            for (int i = 0; i < p.Axis.Count; i++)
            {
                Assert.That(p.Components.Sum(c => c.Expected[i]), Is.EqualTo(p.Total[i]).Within(1e-9 * fitted), $"{p.Axis.Name} bin {i}: components sum to the total");
                Assert.That(p.ErrorLow[i], Is.EqualTo(Math.Sqrt(p.Data[i])));
            }
        }
    }

    [Test]
    public void Projections_OfTheLarFit_ShowTheFittedCevns()
    {
        var (likelihood, fit) = Lar.Value;
        var energy = FitProjection.Of(likelihood, fit)[0];
        var cevns = energy.Components.Single(c => c.Name == "cevns");
        Assert.That(cevns.FittedEvents, Is.InRange(100.0, 250.0), "COHERENT: 159 ± 43");
        Assert.That(cevns.Expected[0], Is.GreaterThan(cevns.Expected[^1]), "CEvNS lies at low energy");
        Assert.That(energy.Components.Single(c => c.Name == "steadyState").FittedEvents, Is.EqualTo(3131).Within(25));
    }

    [Test]
    public void EmptyBin_ShowsTheUpperOneSigmaOnly()
    {
        var axis = HistogramAxis.Uniform("x", "u", 0, 3, 3);
        var data = new Histogram([axis], [0.0, 4, 9]);
        var likelihood = new BinnedPoissonLikelihood(data, [new TemplateComponent(new Histogram([axis], [1.0, 1, 1]), Nuisance.Free("flat", 3, lowerBound: 0))]);
        var p = FitProjection.Of(likelihood, likelihood.Fit()).Single();
        Assert.That(p.ErrorLow, Is.EqualTo(new[] { 0.0, 2, 3 }));
        Assert.That(p.ErrorHigh, Is.EqualTo(new[] { FitProjection.ZeroCountUpperError, 2, 3 }));
        Assert.That(p.Total, Is.EqualTo(new[] { 13.0 / 3, 13.0 / 3, 13.0 / 3 }).Within(1e-6), "a flat template fitted to 13 counts");
    }

    [Test(Description = "written under a culture with a decimal comma (as de-DE), the numbers still come out with points")]
    public void Csv_HasOneRowPerBin_InvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        var (likelihood, fit) = Csi.Value;
        var p = FitProjection.Of(likelihood, fit)[0];
        var figure = new FitFigure("fit-test", "test fit", FitCommand.CsiPreset, "model", ["pe"],
            likelihood.Components.ToDictionary(c => c.Name, c => c.Name.ToUpperInvariant()));
        string path = Path.Combine(Path.GetTempPath(), $"fit-csv-{Guid.NewGuid():N}.csv");
        try
        {
            CultureInfo.CurrentCulture = comma;
            PanelCsv.Write(FitFigures.ToPanel(figure, "pe", p), path);
            CultureInfo.CurrentCulture = saved;
            var lines = File.ReadAllLines(path);
            var header = lines.Single(l => l.StartsWith("bin_low,", StringComparison.Ordinal)).Split(',');
            Assert.That(header, Is.EqualTo(new[] { "bin_low", "bin_high", "data", "data_error_low", "data_error_high", "total", "cevns", "promptNeutrons", "steadyState" }));
            var rows = lines.SkipWhile(l => !l.StartsWith("bin_low,", StringComparison.Ordinal)).Skip(1)
                .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
            Assert.That(rows, Has.Length.EqualTo(p.Axis.Count), "one row per bin");
            Assert.That(rows.All(r => r.Length == header.Length), Is.True, "no decimal comma splits a number");
            Assert.That(rows.Select(r => r[0]), Is.EqualTo(p.Axis.Edges.Take(p.Axis.Count)));
            Assert.That(rows.Sum(r => r[2]), Is.EqualTo(likelihood.Data.Total));
            foreach (var r in rows)
            {
                Assert.That(r[6] + r[7] + r[8], Is.EqualTo(r[5]).Within(1e-9 * r[5]), "components sum to the total in the CSV");
            }

            Assert.That(lines[0], Does.Contain("test fit"));
            string comments = string.Join("\n", lines.Where(l => l.StartsWith('#')));
            Assert.That(comments, Does.Contain(FormattableString.Invariant($"CEVNS ({fit.EventsOf("cevns"):F1})")));
            Assert.That(comments, Does.Not.Match(@"\d,\d"), "labels hold no decimal comma");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            File.Delete(path);
        }
    }

    [Test]
    public void FitPanels_WriteEveryFileAsCsvAndPng()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"fit-figs-{Guid.NewGuid():N}");
        try
        {
            var log = new StringWriter();
            var pngs = FiguresCommand.Write(FitFigures.All(), dir, log);
            (string Stem, int Bins)[] files =
            [
                ("fit-lar-energy", 12), ("fit-lar-f90", 8), ("fit-lar-time", 10), ("fit-lar-release-energy", 12), ("fit-lar-release-f90", 8),
                ("fit-lar-release-time", 10), ("fit-csi2017-pe", 12), ("fit-csi2017-time", 12), ("fit-csi2021-pe", 9), ("fit-csi2021-time", 7),
            ];
            Assert.That(pngs.Select(Path.GetFileNameWithoutExtension), Is.EqualTo(files.Select(f => f.Stem)));
            Assert.That(FitFigures.Stems, Is.EqualTo(files.Select(f => f.Stem)));
            foreach (var (stem, bins) in files)
            {
                byte[] png = File.ReadAllBytes(Path.Combine(dir, stem + ".png"));
                Assert.That(png.Length, Is.GreaterThan(10_000), stem);
                Assert.That(png[..8], Is.EqualTo(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{stem} is a PNG");
                var csv = File.ReadAllLines(Path.Combine(dir, stem + ".csv"));
                Assert.That(csv.SkipWhile(l => !l.StartsWith("bin_low,", StringComparison.Ordinal)).Skip(1).Count(), Is.EqualTo(bins), $"{stem}: one row per bin");
            }

            Assert.That(log.ToString(), Does.Contain("fit-csi2017-time"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Test(Description = "The y label of a projection: per bin width for equal bins (CsI 2017), per bin for the uneven bins of CsI 2021")]
    public void YLabel_FollowsTheBinning()
    {
        var (likelihood, fit) = Fitted(FitCommand.Csi2021Preset);
        var uneven = FitProjection.Of(likelihood, fit);
        var figure = new FitFigure("fit-test", "test fit", FitCommand.Csi2021Preset, "model", ["pe", "time"],
            new Dictionary<string, string> { ["cevns"] = "CEvNS", ["steadyState"] = "ss", ["promptNeutrons"] = "BRN", ["neutrinoInducedNeutrons"] = "NIN" });
        Assert.That(FitFigures.ToPanel(figure, "time", uneven[1]).YLabel, Does.StartWith("events per bin"));
        var even = FitProjection.Of(Csi.Value.Likelihood, Csi.Value.Fit);
        Assert.That(FitFigures.ToPanel(figure with { Names = new Dictionary<string, string> { ["cevns"] = "CEvNS", ["steadyState"] = "ss", ["promptNeutrons"] = "pn" } }, "pe", even[0]).YLabel,
            Does.StartWith("events / "));
    }
}
