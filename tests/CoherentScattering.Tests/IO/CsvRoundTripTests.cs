using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.IO;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.IO;

/// <summary>Data in and out: what is written reads back as the same numbers; malformed input names file, line, column.</summary>
public class CsvRoundTripTests
{
    private static CsvTable Reread(Action<TextWriter> write, int columns)
    {
        var w = new StringWriter();
        write(w);
        return CsvTable.Parse(new StringReader(w.ToString()), "roundtrip.csv", columns);
    }

    [Test]
    public void TabulatedSpectrum_WriteThenLoad_SameNumbers()
    {
        var s = new TabulatedSpectrum([0.5, 10, 20.25, 52.8], [0, 1.5, 3.25, 0.125], "test");
        string path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.csv");
        try
        {
            using (var w = new StreamWriter(path))
            {
                s.WriteCsv(w);
            }

            var back = TabulatedSpectrum.Load(path);
            Assert.That(back.Energies, Is.EqualTo(s.Energies));
            Assert.That(back.Densities, Is.EqualTo(s.Densities));
            Assert.That(back.InverseMoments(7).Second, Is.EqualTo(s.InverseMoments(7).Second));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ExpectedEvents_Csv_RoundTripsBinsFlavoursAndIsotopes()
    {
        var events = Experiment.Coherent2017.CreateRateCalculator().Compute(StandardModel.Paper);
        var table = Reread(events.WriteCsv, 0);
        Assert.That(table.Columns, Is.EqualTo(new[] { "low_PE", "high_PE", "total", "nu_e", "nu_mu", "nu_mu_bar", "Cs133", "I127" }));
        Assert.That(table.Column(2), Is.EqualTo(events.Bins.Select(b => b.Events).ToArray()));
        Assert.That(table.Column(3).Sum(), Is.EqualTo(events.ByFlavor(NeutrinoFlavor.ElectronNeutrino)).Within(1e-12 * events.Total));
        Assert.That(table.Column(7).Sum(), Is.EqualTo(events.ByIsotope("I127")).Within(1e-12 * events.Total));
    }

    [Test]
    public void ParameterProfile_Csv_RoundTrips()
    {
        var profile = ParameterProfile.Scan(x => (x - 0.3) * (x - 0.3) * 17.1, -1, 1, 21);
        var table = Reread(w => profile.WriteCsv(w, "epsilon"), 3);
        Assert.That(table.Columns[0], Is.EqualTo("epsilon"));
        Assert.That(table.Column(0), Is.EqualTo(profile.Grid.ToArray()));
        Assert.That(table.Column(1), Is.EqualTo(profile.ChiSquared.ToArray()));
        Assert.That(table.Column(2), Is.EqualTo(profile.DeltaChiSquared.ToArray()));
    }

    [Test]
    public void ParameterMap_Csv_RoundTrips()
    {
        double[] g = Grid.Linear(-1, 1, 7);
        var map = ParameterMap.Scan((x, y) => x * x + 3 * y * y + 0.1 * x * y, g, g);
        var table = Reread(w => map.WriteCsv(w, "a", "b"), 4);
        Assert.That(table.RowCount, Is.EqualTo(49));
        Assert.That(table.Column(2)[8], Is.EqualTo(map.ChiSquared(1, 1)));
        Assert.That(table.Column(0)[8], Is.EqualTo(g[1]));
        Assert.That(table.Column(1)[8], Is.EqualTo(g[1]));
    }

    [Test]
    public void BinnedCounts_CoherentResiduals_RoundTrip()
    {
        var residuals = Coherent2017Release.BeamOnResiduals();
        var counts = new BinnedCounts(residuals.Select(r => r.Low).ToArray(), residuals.Select(r => r.High).ToArray(),
            residuals.Select(r => r.Events).ToArray(), residuals.Select(r => Math.Sqrt(Math.Abs(r.Events) + 1)).ToArray());
        var w = new StringWriter();
        counts.WriteCsv(w, ["COHERENT 2017 beam-on residuals, t < 6 µs"]);
        var back = BinnedCounts.Parse(new StringReader(w.ToString()), "residuals.csv");
        Assert.That(back.Counts, Is.EqualTo(counts.Counts));
        Assert.That(back.Uncertainty, Is.EqualTo(counts.Uncertainty));
        Assert.That(back.Low, Is.EqualTo(counts.Low));
    }

    [Test]
    public void BinnedCounts_BadCell_NamesLineAndColumn()
    {
        var e = Assert.Throws<CsvFormatException>(() => BinnedCounts.Parse(new StringReader("low,high,counts,uncertainty\n0,2,3,1\n2,4,five,1\n"), "m.csv"));
        Assert.That((e!.Line, e.Column), Is.EqualTo((3, 3)));
    }

    [Test]
    public void TabulatedAcceptance_InterpolatesAndRoundTrips()
    {
        var a = new TabulatedAcceptance([5, 10, 20], [0.2, 0.6, 0.65]);
        Assert.That(a.Evaluate(4.9), Is.Zero);
        Assert.That(a.Evaluate(7.5), Is.EqualTo(0.4).Within(1e-15));
        Assert.That(a.Evaluate(50), Is.EqualTo(0.65));
        var table = Reread(a.WriteCsv, 2);
        var back = new TabulatedAcceptance(table.Column(0), table.Column(1));
        Assert.That(back.Evaluate(13.7), Is.EqualTo(a.Evaluate(13.7)));
    }

    [Test]
    public void TabulatedAcceptance_ValueAboveOne_NamesIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new TabulatedAcceptance([1, 2], [0.5, 1.5]));
        Assert.That(e!.Message, Does.Contain("acceptances[1]"));
    }

    [Test]
    public void TabulatedAcceptance_MatchingRelease_GivesSameEventsAsAnalyticCurve()
    {
        // The release's acceptance sampled finely on 6–30 PE, as a user would supply it from a file.
        double[] x = Enumerable.Range(0, 2401).Select(i => 6 + i * 0.01).ToArray();
        var tabulated = new TabulatedAcceptance(x, x.Select(Coherent2017Acceptance.Continuous.Evaluate).ToArray());
        var experiment = Experiment.Coherent2017;
        double analytic = experiment.CreateRateCalculator().Total(StandardModel.Paper);
        double fromTable = new global::CoherentScattering.Rates.EventRateCalculator(experiment.Flux, experiment.Detector.WithAcceptance(tabulated)).Total(StandardModel.Paper);
        Assert.That(fromTable, Is.EqualTo(analytic).Within(1e-5 * analytic));
    }
}
