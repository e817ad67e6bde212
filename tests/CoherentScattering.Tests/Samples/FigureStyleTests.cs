using CoherentScattering.Cli.Figures;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Samples;

/// <summary>The publication style of the figures: typeset labels, decade ticks, stars only at point-like best fits,
/// PNG at 300 dpi beside an SVG.</summary>
public class FigureStyleTests
{
    [Test]
    public void RichText_ParsesSubscriptThenSuperscript()
    {
        var runs = RichText.Parse("ε_ee^uV");
        Assert.That(runs, Is.EqualTo(new[] { new RichText.Run("ε", 0), new RichText.Run("ee", -1), new RichText.Run("uV", 1) }));
    }

    [TestCase("μ_ν [10⁻¹⁰ μ_B]", "μ|ν:-1| [10⁻¹⁰ μ|B:-1|]")]
    [TestCase("⟨r²_νe⟩ [10⁻³² cm²]", "⟨r²|νe:-1|⟩ [10⁻³² cm²]")]
    [TestCase("Δm²_41 [eV²]", "Δm²|41:-1| [eV²]")]
    [TestCase("g^{2}_{Z′}", "g|2:1|Z′:-1")]
    [TestCase("events per bin", "events per bin")]
    public void RichText_ScriptsEndAtSpacesAndBrackets(string label, string expected)
    {
        string shown = string.Join("|", RichText.Parse(label).Select(r => r.Level == 0 ? r.Text : $"{r.Text}:{r.Level}"));
        Assert.That(shown, Is.EqualTo(expected));
    }

    [TestCase("ε_ee^uV", "εₑₑᵘⱽ")]
    [TestCase("ε_μμ^uV", "ε_μμᵘⱽ", Description = "no Unicode subscript μ: the script stays marked")]
    public void RichText_Unicode_ForLegends(string label, string expected) => Assert.That(RichText.Unicode(label), Is.EqualTo(expected));

    [TestCase(-3, "10⁻³")]
    [TestCase(0, "1")]
    [TestCase(1, "10")]
    [TestCase(4, "10⁴")]
    [TestCase(-12, "10⁻¹²")]
    public void Decade_Labels(double log10, string expected) => Assert.That(RichText.Decade(log10), Is.EqualTo(expected));

    [Test(Description = "A bowl has a point-like minimum: one star; a flat valley along a line has none")]
    public void BestFitMark_OnlyWhereTheMinimumIsAPoint()
    {
        double[] grid = Grid.Linear(-1, 1, 41);
        var bowl = ParameterMap.Scan((x, y) => 20 * (x * x + y * y), grid, grid);
        var valley = ParameterMap.Scan((x, y) => 20 * (x + y) * (x + y), grid, grid);
        Assert.That(FigureBuilder.BestFitMark(bowl), Has.Count.EqualTo(1));
        Assert.That(FigureBuilder.BestFitMark(valley), Is.Empty);
    }

    [Test(Description = "PNG of 1920 x 1440 pixels (6.4 x 4.8 in at 300 dpi) and an SVG beside it")]
    public void Render_WritesHighResolutionPngAndSvg()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cevns-style-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var panel = new Panel("t", "A title with ε_ee^uV", "ε_ee^dV", "Δχ²") { Curves = [new Curve("a line", [0, 1, 2], [0, 1, 4])], LogY = false };
            string png = Path.Combine(dir, "t.png");
            PanelRenderer.Render(panel, png);
            byte[] bytes = File.ReadAllBytes(png);
            int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            int height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
            Assert.That((width, height), Is.EqualTo((1920, 1440)));
            string svg = File.ReadAllText(Path.Combine(dir, "t.svg"));
            Assert.That(svg, Does.StartWith("<?xml").Or.StartWith("<svg"));
            Assert.That(svg, Does.Contain("</svg>"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
