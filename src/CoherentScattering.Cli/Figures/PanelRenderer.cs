using CoherentScattering.Statistics;
using ScottPlot;

namespace CoherentScattering.Cli.Figures;

/// <summary>Renders a <see cref="Panel"/> to PNG with ScottPlot 5 (headless).</summary>
internal static class PanelRenderer
{
    private static readonly Color[] Palette =
        [Colors.Black, Colors.Red, Colors.Blue, Colors.Green, Colors.Orange, Colors.Purple, Colors.Brown, Colors.Magenta];

    public static void Render(Panel panel, string path, int width = 800, int height = 600)
    {
        var plot = new Plot();
        int color = 0;
        Color Next() => Palette[color++ % Palette.Length];

        if (panel.Binned is { } binned)
        {
            AddBinned(plot, binned);
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
            AddRegion(plot, region, Next());
        }

        foreach (var c in panel.Curves)
        {
            var s = plot.Add.ScatterLine(c.X, c.Y);
            s.LegendText = c.Label;
            s.LineWidth = c.Thick ? 2.5f : 1.2f;
            s.Color = Next();
            if (c.Dashed)
            {
                s.LinePattern = LinePattern.Dashed;
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
                    s.LinePattern = LinePattern.Dashed;
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
            var marker = plot.Add.Marker(m.X, m.Y, MarkerShape.FilledDiamond, 10);
            marker.Color = Colors.Black;
            marker.LegendText = m.Label;
        }

        if (panel.HorizontalLine is { } h)
        {
            var line = plot.Add.HorizontalLine(h.Y);
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
            line.LegendText = h.Label;
        }

        plot.Title(panel.Title);
        plot.XLabel(panel.LogX ? $"log₁₀ {panel.XLabel}" : panel.XLabel);
        plot.YLabel(panel.LogY ? $"log₁₀ {panel.YLabel}" : panel.YLabel);
        if (panel.XRange is { } xr)
        {
            plot.Axes.SetLimitsX(xr.Low, xr.High);
        }

        if (panel.YRange is { } yr)
        {
            plot.Axes.SetLimitsY(yr.Low, yr.High);
        }

        if (panel.LegendOutside)
        {
            plot.ShowLegend(Edge.Right);
            width += 420;
        }
        else
        {
            plot.ShowLegend();
        }

        if (panel.Binned is not null)
        {
            plot.Legend.Alignment = Alignment.UpperRight; // the head room left above the bins
        }

        plot.SavePng(path, width, height);
    }

    // The allowed grid points' cells shaded (runs along x merged into one rectangle per row), the boundary on top.
    private static void AddRegion(Plot plot, FilledRegion r, Color color)
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
                s.LinePattern = LinePattern.Dashed;
            }

            if (first)
            {
                s.LegendText = r.Label;
                first = false;
            }
        }
    }

    // Step lines over the bin edges (palette after black, the first drawn thick), then the data in black with its errors.
    private static void AddBinned(Plot plot, BinnedSeries b)
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
                s.LinePattern = LinePattern.Dashed;
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
