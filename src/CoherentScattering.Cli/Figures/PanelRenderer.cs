using CoherentScattering.Statistics;
using ScottPlot;
using SkiaSharp;

namespace CoherentScattering.Cli.Figures;

/// <summary>Renders a <see cref="Panel"/> with ScottPlot 5 (headless) in one style for every figure: a PNG at
/// <see cref="Dpi"/> dots per inch for a 6.4 × 4.8 in figure and an SVG beside it; colour-blind-safe colours (Okabe–Ito);
/// axis labels and titles typeset with their sub- and superscripts (<see cref="RichText"/>); log axes with decade ticks
/// (10⁻³, 10⁻², …) and minor ticks; the best fit a star.</summary>
internal static class PanelRenderer
{
    /// <summary>The resolution of the PNGs.</summary>
    public const int Dpi = 300;

    // Okabe & Ito's colour-blind-safe palette, black first.
    private static readonly Color[] Palette =
    [
        Colors.Black, Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"),
    ];

    private const string FontName = "DejaVu Sans";
    private const int Width = 800, Height = 600; // logical pixels at 125 per inch: 6.4 × 4.8 in
    private const float LabelSize = 17, TitleSize = 15, TickSize = 14, LegendSize = 13;
    private const int MarginLeft = 96, MarginRight = 24, MarginBottom = 72, MarginTop = 44, LegendWidth = 300;

    /// <summary>Writes the panel as PNG (at <paramref name="path"/>) and as SVG (the same name with .svg).</summary>
    public static void Render(Panel panel, string path)
    {
        const double scale = Dpi / 125.0;
        using (var plot = Build(panel, vector: false, out int width))
        {
            plot.ScaleFactor = scale;
            plot.SavePng(path, (int)Math.Round(width * scale), (int)Math.Round(Height * scale));
        }

        using (var plot = Build(panel, vector: true, out int width))
        {
            plot.SaveSvg(Path.ChangeExtension(path, ".svg"), width, Height);
        }
    }

    // vector: for SVG, whose Skia backend has no dash effects: dashed lines become solid, lighter ones.
    private static Plot Build(Panel panel, bool vector, out int width)
    {
        width = Width;
        var plot = new Plot();
        plot.Font.Set(FontName);
        int color = 0;
        Color Next() => Palette[color++ % Palette.Length];

        if (panel.Binned is { } binned)
        {
            AddBinned(plot, binned, vector);
        }

        foreach (var span in panel.Spans)
        {
            var shade = plot.Add.HorizontalSpan(span.Low, span.High);
            shade.FillStyle.Color = Colors.Gray.WithAlpha(0.25);
            shade.LineStyle.Width = 0;
            if (span.Label.Length > 0)
            {
                shade.LegendText = span.Label;
            }
        }

        foreach (var region in panel.Regions)
        {
            AddRegion(plot, region, Next(), vector);
        }

        foreach (var c in panel.Curves)
        {
            var s = plot.Add.ScatterLine(c.X, c.Y);
            s.LegendText = c.Label;
            s.LineWidth = c.Thick ? 2.5f : 1.2f;
            s.Color = Next();
            if (c.Dashed)
            {
                Dash(s, vector);
            }
        }

        foreach (var p in panel.Points)
        {
            var col = Next();
            var s = plot.Add.ScatterPoints(p.X, p.Y);
            s.LegendText = p.Label;
            s.Color = col;
            s.MarkerSize = 7;
            var e = plot.Add.ErrorBar(p.X, p.Y, p.Error);
            e.Color = col;
        }

        foreach (var set in panel.Contours)
        {
            var col = Next();
            bool first = true;
            foreach (var line in set.Lines.Select(l => l.Points))
            {
                var s = plot.Add.ScatterLine(line.Select(q => q.X).ToArray(), line.Select(q => q.Y).ToArray());
                s.Color = col;
                s.LineWidth = 2;
                if (set.Dashed)
                {
                    Dash(s, vector);
                }

                if (first)
                {
                    s.LegendText = set.Label;
                    first = false;
                }
            }
        }

        foreach (var m in panel.Marks)
        {
            // The star is drawn after the plot (a glyph at the point); the legend names it.
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "★ " + m.Label, MarkerShape = MarkerShape.None, LineWidth = 0 });
        }

        if (panel.HorizontalLine is { } h)
        {
            var line = plot.Add.HorizontalLine(h.Y);
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
            line.LegendText = h.Label;
        }

        // Axis labels and the title are typeset by RichText after the plot is drawn, in margins fixed here.
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.TickLabelStyle.FontName = FontName;
        plot.Axes.Left.TickLabelStyle.FontName = FontName;
        plot.Axes.Bottom.TickGenerator = panel.LogX ? DecadeTicks() : new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };
        plot.Axes.Left.TickGenerator = panel.LogY ? DecadeTicks() : new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };
        plot.Layout.Fixed(new PixelPadding(MarginLeft, MarginRight + (panel.LegendOutside ? LegendWidth : 0), MarginBottom, MarginTop));

        if (panel.XRange is { } xr)
        {
            plot.Axes.SetLimitsX(xr.Low, xr.High);
        }

        if (panel.YRange is { } yr)
        {
            plot.Axes.SetLimitsY(yr.Low, yr.High);
        }

        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontName;
        foreach (var p in plot.GetPlottables())
        {
            if (p is ScottPlot.Plottables.Scatter scatter && scatter.LegendText.Length > 0)
            {
                scatter.LegendText = RichText.Unicode(scatter.LegendText);
            }
        }

        if (panel.LegendOutside)
        {
            plot.ShowLegend(Edge.Right);
            width += LegendWidth;
        }
        else
        {
            plot.ShowLegend();
        }

        if (panel.Binned is not null)
        {
            plot.Legend.Alignment = Alignment.UpperRight; // the head room left above the bins
        }

        var marks = panel.Marks;
        plot.RenderManager.RenderActions.Add(new TypesetAction(panel, marks));
        return plot;
    }

    // A dashed line; in SVG (no dash effects in its Skia backend) a solid, lighter one.
    private static void Dash(ScottPlot.Plottables.Scatter line, bool vector)
    {
        if (vector)
        {
            line.Color = line.Color.WithAlpha(0.55);
        }
        else
        {
            line.LinePattern = LinePattern.Dashed;
        }
    }

    // Decade ticks on an axis that holds log10 of the quantity: major ticks at the integers labelled 10ⁿ, minor ticks at
    // log10 of 2…9 times each decade.
    private static ScottPlot.TickGenerators.NumericAutomatic DecadeTicks() => new()
    {
        IntegerTicksOnly = true,
        LabelFormatter = v => RichText.Decade(v),
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
    };

    // The last step of a render: the typeset labels and the stars.
    private sealed class TypesetAction(Panel panel, IReadOnlyList<MarkedPoint> marks) : IRenderAction
    {
        public void Render(RenderPack rp) => Typeset(rp, panel, marks);
    }

    // The title above the data area, the x label below the tick labels, the y label rotated left of them, and a star at
    // each best fit.
    private static void Typeset(RenderPack rp, Panel panel, IReadOnlyList<MarkedPoint> marks)
    {
        var canvas = rp.Canvas;
        var data = rp.DataRect;
        using var typeface = SKTypeface.FromFamilyName(FontName) ?? SKTypeface.Default;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        Centred(canvas, RichText.Parse(panel.Title), (data.Left + data.Right) / 2, data.Top - 16, new SKFont(typeface, TitleSize), paint, data.Right - data.Left);
        if (panel.Note.Length > 0)
        {
            using var italic = SKTypeface.FromFamilyName(FontName, SKFontStyle.Italic) ?? typeface;
            Centred(canvas, RichText.Parse(panel.Note), (data.Left + data.Right) / 2, data.Top + TickSize + 8, new SKFont(italic, TickSize - 1), paint, data.Right - data.Left - 16);
        }

        Centred(canvas, RichText.Parse(panel.XLabel), (data.Left + data.Right) / 2, data.Bottom + TickSize + 38, new SKFont(typeface, LabelSize), paint);
        canvas.Save();
        canvas.RotateDegrees(-90, data.Left - 70, (data.Top + data.Bottom) / 2);
        Centred(canvas, RichText.Parse(panel.YLabel), data.Left - 70, (data.Top + data.Bottom) / 2, new SKFont(typeface, LabelSize), paint);
        canvas.Restore();
        using var star = new SKFont(typeface, 22);
        foreach (var m in marks)
        {
            var pixel = rp.Plot.GetPixel(new Coordinates(m.X, m.Y));
            canvas.DrawText("★", pixel.X, pixel.Y + 8, SKTextAlign.Center, star, paint);
        }
    }

    // Centred on x with the baseline at y, shrunk to fit a maximum width when one is given.
    private static void Centred(SKCanvas canvas, IReadOnlyList<RichText.Run> runs, float x, float y, SKFont font, SKPaint paint, float maxWidth = float.MaxValue)
    {
        using (font)
        {
            float width = RichText.Width(runs, font);
            if (width > maxWidth)
            {
                font.Size *= maxWidth / width;
                width = RichText.Width(runs, font);
            }

            RichText.Draw(canvas, runs, x - width / 2, y, font, paint);
        }
    }

    // The allowed grid points' cells shaded (runs along x merged into one rectangle per row), the boundary on top.
    private static void AddRegion(Plot plot, FilledRegion r, Color color, bool vector)
    {
        double Half(IReadOnlyList<double> g, int k, int side) =>
            side < 0 ? (k > 0 ? 0.5 * (g[k] + g[k - 1]) : g[0]) : (k + 1 < g.Count ? 0.5 * (g[k] + g[k + 1]) : g[^1]);
        for (int j = 0; j < r.Y.Count && r.Opacity > 0; j++)
        {
            for (int i = 0; i < r.X.Count; i++)
            {
                if (!r.Allowed[i, j])
                {
                    continue;
                }

                int start = i;
                while (i + 1 < r.X.Count && r.Allowed[i + 1, j])
                {
                    i++;
                }

                var cell = plot.Add.Rectangle(Half(r.X, start, -1), Half(r.X, i, 1), Half(r.Y, j, -1), Half(r.Y, j, 1));
                cell.FillStyle.Color = color.WithAlpha(r.Opacity);
                cell.LineStyle.Width = 0;
            }
        }

        bool first = true;
        foreach (var line in r.BoundaryLines.Select(l => l.Points))
        {
            var s = plot.Add.ScatterLine(line.Select(q => q.X).ToArray(), line.Select(q => q.Y).ToArray());
            s.Color = color;
            s.LineWidth = 2;
            s.MarkerSize = 0;
            if (r.Dashed)
            {
                Dash(s, vector);
            }

            if (first)
            {
                s.LegendText = r.Label;
                first = false;
            }
        }
    }

    // Step lines over the bin edges (palette after black, the first drawn thick), then the data in black with its errors.
    private static void AddBinned(Plot plot, BinnedSeries b, bool vector)
    {
        for (int k = 0; k < b.Steps.Count; k++)
        {
            var step = b.Steps[k];
            var xs = Enumerable.Range(0, b.Bins).SelectMany(i => new[] { b.Edges[i], b.Edges[i + 1] }).ToArray();
            var ys = step.Values.SelectMany(v => new[] { v, v }).ToArray();
            var s = plot.Add.ScatterLine(xs, ys);
            s.LegendText = step.Label;
            s.LineWidth = step.Thick ? 2.5f : 1.6f;
            s.Color = Palette[1 + (k % (Palette.Length - 1))];
            if (step.Dashed)
            {
                Dash(s, vector);
            }
        }

        var centres = Enumerable.Range(0, b.Bins).Select(i => 0.5 * (b.Edges[i] + b.Edges[i + 1])).ToArray();
        var data = b.Data.ToArray();
        var errors = plot.Add.ErrorBar(centres, data, b.ErrorHigh.ToArray());
        errors.YErrorNegative = b.ErrorLow.ToArray();
        errors.Color = Colors.Black;
        var points = plot.Add.ScatterPoints(centres, data);
        points.LegendText = b.DataLabel;
        points.Color = Colors.Black;
        points.MarkerSize = 7;
    }
}
