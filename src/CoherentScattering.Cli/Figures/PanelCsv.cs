using System.Globalization;

namespace CoherentScattering.Cli.Figures;

/// <summary>Writes a panel's plotted data as CSV: one row per plotted point, tagged by series and kind; a binned panel
/// (<see cref="Panel.Binned"/>) as one row per bin instead, with a column per series.</summary>
internal static class PanelCsv
{
    public static void Write(Panel panel, string path)
    {
        using var w = new StreamWriter(path);
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"# {panel.Title}");
        w.WriteLine($"# x: {panel.XLabel}; y: {panel.YLabel}");
        if (panel.Note.Length > 0)
        {
            w.WriteLine($"# note: {panel.Note}");
        }

        if (panel.Binned is { } binned)
        {
            WriteBins(w, panel, binned);
            return;
        }

        w.WriteLine("kind,series,x,y,error,x2,y2");
        foreach (var c in panel.Curves)
        {
            for (int i = 0; i < c.X.Length; i++)
            {
                w.WriteLine(string.Create(inv, $"curve,{Quote(c.Label)},{c.X[i]:R},{c.Y[i]:R},,,"));
            }
        }

        foreach (var p in panel.Points)
        {
            for (int i = 0; i < p.X.Length; i++)
            {
                w.WriteLine(string.Create(inv, $"points,{Quote(p.Label)},{p.X[i]:R},{p.Y[i]:R},{p.Error[i]:R},,"));
            }
        }

        foreach (var s in panel.Contours)
        {
            foreach (var seg in s.Segments)
            {
                w.WriteLine(string.Create(inv, $"contour,{Quote(s.Label)},{seg.X1:R},{seg.Y1:R},,{seg.X2:R},{seg.Y2:R}"));
            }
        }

        foreach (var m in panel.Marks)
        {
            w.WriteLine(string.Create(inv, $"mark,{Quote(m.Label)},{m.X:R},{m.Y:R},,,"));
        }

        foreach (var span in panel.Spans)
        {
            w.WriteLine(string.Create(inv, $"span,{Quote(span.Label)},{span.Low:R},,,{span.High:R},"));
        }

        foreach (var r in panel.Regions)
        {
            for (int i = 0; i < r.X.Count; i++)
            {
                for (int j = 0; j < r.Y.Count; j++)
                {
                    if (r.Allowed[i, j])
                    {
                        w.WriteLine(string.Create(inv, $"allowed,{Quote(r.Label)},{r.X[i]:R},{r.Y[j]:R},,,"));
                    }
                }
            }

            foreach (var seg in r.Boundary)
            {
                w.WriteLine(string.Create(inv, $"boundary,{Quote(r.Label)},{seg.X1:R},{seg.Y1:R},,{seg.X2:R},{seg.Y2:R}"));
            }
        }
    }

    private static void WriteBins(StreamWriter w, Panel panel, BinnedSeries b)
    {
        if (panel.Curves.Count + panel.Points.Count + panel.Contours.Count + panel.Marks.Count + panel.Spans.Count + panel.Regions.Count > 0)
        {
            throw new InvalidOperationException($"Panel '{panel.FileStem}' mixes binned series with other series; its CSV would drop them.");
        }

        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"# columns: data = {b.DataLabel}; " + string.Join("; ", b.Steps.Select(s => $"{s.Column} = {s.Label}")));
        w.WriteLine(string.Join(",", new[] { "bin_low", "bin_high", "data", "data_error_low", "data_error_high" }.Concat(b.Steps.Select(s => s.Column))));
        for (int i = 0; i < b.Bins; i++)
        {
            var row = new[] { b.Edges[i], b.Edges[i + 1], b.Data[i], b.ErrorLow[i], b.ErrorHigh[i] }.Concat(b.Steps.Select(s => s.Values[i]));
            w.WriteLine(string.Join(",", row.Select(v => v.ToString("R", inv))));
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
