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
    private const int MarginLeft = 96, MarginRight = 24, MarginBottom = 72, MarginTop = 44;

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
        var legend = new List<LegendEntry>(); // drawn by TypesetAction, with typeset labels

        if (panel.Binned is { } binned)
        {
            AddBinned(plot, binned, vector, legend);
        }

        foreach (var span in panel.Spans)
        {
            var shade = plot.Add.HorizontalSpan(span.Low, span.High);
            shade.FillStyle.Color = Colors.Gray.WithAlpha(0.25);
            shade.LineStyle.Width = 0;
            if (span.Label.Length > 0)
            {
                legend.Add(new LegendEntry(span.Label, Fill: shade.FillStyle.Color));
            }
        }

        foreach (var region in panel.Regions)
        {
            AddRegion(plot, region, Next(), vector, legend);
        }

        foreach (var c in panel.Curves)
        {
            var s = plot.Add.ScatterLine(c.X, c.Y);
            s.LineWidth = c.Thick ? 2.5f : 1.2f;
            s.Color = Next();
            if (c.Dashed)
            {
                Dash(s, vector);
            }

            legend.Add(new LegendEntry(c.Label, Line: s.Color, LineWidth: s.LineWidth, Dashed: c.Dashed));
        }

        foreach (var p in panel.Points)
        {
            var col = Next();
            var s = plot.Add.ScatterPoints(p.X, p.Y);
            s.Color = col;
            s.MarkerSize = 7;
            legend.Add(new LegendEntry(p.Label, Marker: col));
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
                    legend.Add(new LegendEntry(set.Label, Line: col, LineWidth: 2, Dashed: set.Dashed));
                    first = false;
                }
            }
        }

        foreach (var m in panel.Marks)
        {
            legend.Add(new LegendEntry(m.Label, Star: true)); // the star itself is drawn after the plot, at the point
        }

        if (panel.HorizontalLine is { } h)
        {
            var line = plot.Add.HorizontalLine(h.Y);
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
            legend.Add(new LegendEntry(h.Label, Line: Colors.Gray, LineWidth: 1.5f, Dotted: true));
        }

        // Axis labels and the title are typeset by RichText after the plot is drawn, in margins fixed here.
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.TickLabelStyle.FontName = FontName;
        plot.Axes.Left.TickLabelStyle.FontName = FontName;
        plot.Axes.Bottom.TickGenerator = panel.LogX ? DecadeTicks() : new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };
        plot.Axes.Left.TickGenerator = panel.LogY ? DecadeTicks() : new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };
        int legendWidth = panel.LegendOutside ? OutsideLegendWidth(legend) : 0;
        plot.Layout.Fixed(new PixelPadding(MarginLeft, MarginRight + legendWidth, MarginBottom, MarginTop));

        if (panel.XRange is { } xr)
        {
            plot.Axes.SetLimitsX(xr.Low, xr.High);
        }

        if (panel.YRange is { } yr)
        {
            plot.Axes.SetLimitsY(yr.Low, yr.High);
        }

        plot.HideLegend();
        width += legendWidth;

        plot.RenderManager.RenderActions.Add(new TypesetAction(panel, legend, vector));
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

    // The room a legend beside the plot needs: its widest typeset label, the symbol column and the margins.
    private static int OutsideLegendWidth(IReadOnlyList<LegendEntry> entries)
    {
        using var typeface = SKTypeface.FromFamilyName(FontName) ?? SKTypeface.Default;
        using var font = new SKFont(typeface, LegendSize);
        float text = entries.Count == 0 ? 0 : entries.Max(e => RichText.Width(RichText.Parse(e.Label), font));
        return (int)Math.Ceiling(16 + 8 + 30 + 6 + text + 8 + 12);
    }

    // One legend row: a line (solid, dashed or dotted), a filled swatch, a marker or a star, and the typeset label.
    private sealed record LegendEntry(string Label, Color? Line = null, float LineWidth = 0, bool Dashed = false, bool Dotted = false, Color? Fill = null,
        Color? Marker = null, bool Star = false);

    // The last step of a render: the typeset labels, the stars and the legend.
    private sealed class TypesetAction(Panel panel, IReadOnlyList<LegendEntry> legend, bool vector) : IRenderAction
    {
        public void Render(RenderPack rp)
        {
            Typeset(rp, panel, panel.Marks);
            DrawLegend(rp, legend, panel.LegendOutside ? LegendPlace.Outside : panel.Binned is not null ? LegendPlace.UpperRight : LegendPlace.LowerRight, vector);
        }
    }

    private enum LegendPlace
    {
        LowerRight,
        UpperRight,
        Outside,
    }

    private static SKColor Sk(Color c) => new(c.R, c.G, c.B, c.A);

    // A framed legend: one row per entry, the symbol in a 30-pixel column, the label typeset after it.
    private static void DrawLegend(RenderPack rp, IReadOnlyList<LegendEntry> entries, LegendPlace place, bool vector)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var canvas = rp.Canvas;
        var data = rp.DataRect;
        using var typeface = SKTypeface.FromFamilyName(FontName) ?? SKTypeface.Default;
        using var font = new SKFont(typeface, LegendSize);
        float row = LegendSize * 1.55f, symbol = 30, pad = 8;
        var runs = entries.Select(e => RichText.Parse(e.Label)).ToArray();
        float textWidth = runs.Max(r => RichText.Width(r, font));
        float boxWidth = pad + symbol + 6 + textWidth + pad, boxHeight = pad + row * entries.Count + pad / 2;
        float left = place == LegendPlace.Outside ? data.Right + 16 : data.Right - boxWidth - 10;
        float top = place switch
        {
            LegendPlace.Outside => (data.Top + data.Bottom - boxHeight) / 2,
            LegendPlace.UpperRight => data.Top + 10,
            _ => data.Bottom - boxHeight - 10,
        };
        using var fill = new SKPaint { Color = new SKColor(255, 255, 255, 235), Style = SKPaintStyle.Fill };
        using var border = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        var box = new SKRect(left, top, left + boxWidth, top + boxHeight);
        canvas.DrawRect(box, fill);
        canvas.DrawRect(box, border);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (int k = 0; k < entries.Count; k++)
        {
            var e = entries[k];
            float y = top + pad + row * k + row / 2, x0 = left + pad, x1 = x0 + symbol;
            if (e.Fill is { } f)
            {
                using var swatch = new SKPaint { Color = Sk(f), Style = SKPaintStyle.Fill };
                canvas.DrawRect(new SKRect(x0, y - row * 0.32f, x1, y + row * 0.32f), swatch);
            }

            if (e.Line is { } l)
            {
                using var stroke = new SKPaint { Color = Sk(l), Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(e.LineWidth, 1), IsAntialias = true };
                if (!vector && (e.Dashed || e.Dotted))
                {
                    stroke.PathEffect = SKPathEffect.CreateDash(e.Dotted ? [2f, 3f] : [7f, 4f], 0);
                }

                canvas.DrawLine(x0, y, x1, y, stroke);
            }

            if (e.Marker is { } m)
            {
                using var dot = new SKPaint { Color = Sk(m), Style = SKPaintStyle.Fill, IsAntialias = true };
                canvas.DrawCircle((x0 + x1) / 2, y, 4, dot);
            }

            if (e.Star)
            {
                using var star = new SKFont(typeface, 18);
                canvas.DrawText("★", (x0 + x1) / 2, y + 6, SKTextAlign.Center, star, text);
            }

            RichText.Draw(canvas, runs[k], x1 + 6, y + LegendSize * 0.35f, font, text);
        }
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
    private static void AddRegion(Plot plot, FilledRegion r, Color color, bool vector, List<LegendEntry> legend)
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
                legend.Add(new LegendEntry(r.Label, Line: color, LineWidth: 2, Dashed: r.Dashed, Fill: r.Opacity > 0 ? color.WithAlpha(r.Opacity) : null));
                first = false;
            }
        }
    }

    // Step lines over the bin edges (palette after black, the first drawn thick), then the data in black with its errors.
    private static void AddBinned(Plot plot, BinnedSeries b, bool vector, List<LegendEntry> legend)
    {
        for (int k = 0; k < b.Steps.Count; k++)
        {
            var step = b.Steps[k];
            var xs = Enumerable.Range(0, b.Bins).SelectMany(i => new[] { b.Edges[i], b.Edges[i + 1] }).ToArray();
            var ys = step.Values.SelectMany(v => new[] { v, v }).ToArray();
            var s = plot.Add.ScatterLine(xs, ys);
            s.LineWidth = step.Thick ? 2.5f : 1.6f;
            s.Color = Palette[1 + (k % (Palette.Length - 1))];
            if (step.Dashed)
            {
                Dash(s, vector);
            }

            legend.Add(new LegendEntry(step.Label, Line: s.Color, LineWidth: s.LineWidth, Dashed: step.Dashed));
        }

        var centres = Enumerable.Range(0, b.Bins).Select(i => 0.5 * (b.Edges[i] + b.Edges[i + 1])).ToArray();
        var data = b.Data.ToArray();
        var errors = plot.Add.ErrorBar(centres, data, b.ErrorHigh.ToArray());
        errors.YErrorNegative = b.ErrorLow.ToArray();
        errors.Color = Colors.Black;
        var points = plot.Add.ScatterPoints(centres, data);
        legend.Add(new LegendEntry(b.DataLabel, Marker: Colors.Black));
        points.Color = Colors.Black;
        points.MarkerSize = 7;
    }
}
