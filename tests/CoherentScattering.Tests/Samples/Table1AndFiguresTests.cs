using System.Text.Json;
using CoherentScattering.Cli;
using CoherentScattering.Cli.Figures;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Samples;

/// <summary>Table I and the figures of the paper, as produced by the main job.</summary>
public class Table1AndFiguresTests
{
    private static readonly Lazy<PaperAnalysis> Analysis = new(() => new PaperAnalysis(Experiment.Coherent2017));
    private static readonly Lazy<IReadOnlyList<Table1Command.Result>> Results = new(() => Table1Command.Compute(Analysis.Value));

    private static Table1Command.Result Row(string key) => Results.Value.Single(r => r.Row.Key == key);

    [Test]
    public void Table1_Json_HasAllFifteenRowsWithExactKeys()
    {
        using var doc = JsonDocument.Parse(Table1Command.ToJson(Results.Value));
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.That(rows.Select(r => r.GetProperty("parameter").GetString()), Is.EqualTo(new[]
        {
            "sin2thetaW", "eps_ee_uV", "eps_ee_dV", "eps_mumu_uV", "eps_mumu_dV", "eps_ee_uT", "eps_ee_dT", "eps_mumu_uT", "eps_mumu_dT",
            "mu_nu", "mu_nu_e", "mu_nu_mu", "r2_nu", "r2_nu_e", "r2_nu_mu",
        }));
        Assert.That(rows[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "parameter", "unit", "intervals", "paper" }));
        Assert.That(rows.Single(r => r.GetProperty("parameter").GetString() == "mu_nu").GetProperty("unit").GetString(), Is.EqualTo("1e-10 mu_B"));
        Assert.That(rows.Single(r => r.GetProperty("parameter").GetString() == "r2_nu").GetProperty("unit").GetString(), Is.EqualTo("1e-32 cm^2"));
        Assert.That(rows.All(r => r.GetProperty("intervals").GetArrayLength() >= 1), Is.True);
    }

    [Test(Description = "Independent calculation with the library's inputs, reference calculation R5 in docs/physics.md: ⟨r²_ν⟩ ∈ [−31.8, −23.3] ∪ [−4.7, 3.8] (1e-32 cm²)")]
    public void ChargeRadiusRow_MatchesIndependentCalculation()
    {
        var intervals = Row("r2_nu").Intervals;
        Assert.That(intervals, Has.Count.EqualTo(2));
        Assert.That(new[] { intervals[0].Low, intervals[0].High, intervals[1].Low, intervals[1].High },
            Is.EqualTo(new[] { -31.8, -23.3, -4.7, 3.8 }).Within(0.06));
    }

    [Test(Description = "Eq. (17) is a shift of sin²θ_W: the ⟨r²_ν⟩ interval maps onto the sin²θ_W row through δs² = 0.02379 per 1e-32 cm²")]
    public void ChargeRadiusRow_IsTheWeakMixingAngleRowShifted()
    {
        var s = Row("sin2thetaW").Intervals[0];
        var r = Row("r2_nu").Intervals[1];
        double perUnit = ChargeRadius.Universal(Area.FromSquareCentimeters(1e-32)).WeakMixingAngleShift(LeptonFlavor.Electron);
        Assert.That(0.2312 + perUnit * r.Low, Is.EqualTo(s.Low).Within(1e-6));
        Assert.That(0.2312 + perUnit * r.High, Is.EqualTo(s.High).Within(1e-6));
    }

    [Test(Description = "Erratum E6: with the Vogel–Engel term the CsI limit is a few 1e-9 μ_B, not the printed 4.3e-10")]
    public void MagneticMomentRow_IsAFewTimes1e9BohrMagnetons()
    {
        double limit = Row("mu_nu").Intervals.Single().High * 1e-10;
        Assert.That(limit, Is.InRange(1e-9, 1e-8));
        Assert.That(Row("mu_nu_e").Intervals.Single().High, Is.GreaterThan(Row("mu_nu").Intervals.Single().High), "one flavour constrains less than all");
    }

    [Test(Description = "reference calculation R4 in docs/physics.md: the printed Eq. (10)–(12) with ε^T normalised to G_F gives |ε^T| ≈ 0.1, about 8× the printed ±0.013")]
    public void TensorRows_AreAboutEightTimesThePrintedOnes()
    {
        var i = Row("eps_ee_uT").Intervals.Single();
        Assert.That(i.Low, Is.EqualTo(-i.High).Within(1e-6), "tensor term is quadratic: symmetric interval");
        Assert.That(i.High / 0.013, Is.InRange(6.0, 10.0));
    }

    [Test]
    public void VectorNsiRows_ContainTheSmPointAndADegenerateSolution()
    {
        foreach (string key in new[] { "eps_ee_uV", "eps_ee_dV", "eps_mumu_uV", "eps_mumu_dV" })
        {
            var intervals = Row(key).Intervals;
            Assert.That(intervals.Any(i => i.Contains(0)), Is.True, key);
            Assert.That(intervals.Max(i => i.High), Is.GreaterThan(0.35), $"{key}: the sign-flipped weak charge is allowed too");
        }
    }

    [Test]
    public void Figures_WriteEveryPanelAsCsvAndPng()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"figs-{Guid.NewGuid():N}");
        try
        {
            var pngs = FiguresCommand.Run(Analysis.Value, Results.Value, dir, TextWriter.Null, mapPoints: 15);
            string[] stems = ["fig1", "fig2", "fig3a", "fig3b", "fig4a", "fig4b", "fig4c", "fig4d", "fig5a", "fig5b", "fig6a", "fig6b", "fig7a", "fig7b", "fig8", "fig9a", "fig9b", .. FitFigures.Stems, .. ModelFitFigures.Stems];
            Assert.That(pngs.Select(Path.GetFileNameWithoutExtension), Is.EqualTo(stems));
            foreach (string stem in stems)
            {
                var png = new FileInfo(Path.Combine(dir, stem + ".png"));
                Assert.That(png.Exists && png.Length > 1000, Is.True, stem);
                byte[] header = File.ReadAllBytes(png.FullName)[..8];
                Assert.That(header, Is.EqualTo(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{stem} is a PNG");
                Assert.That(File.ReadLines(Path.Combine(dir, stem + ".csv")).Count(), Is.GreaterThan(3), stem);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
