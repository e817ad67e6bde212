using System.Globalization;

namespace Coherent2017.Figures;

/// <summary>Writes a panel's plotted data as CSV: one row per plotted point, tagged by series and kind.</summary>
internal static class PanelCsv
{
    public static void Write(Panel panel, string path)
    {
        using var w = new StreamWriter(path);
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"# {panel.Title}");
        w.WriteLine($"# x: {panel.XLabel}; y: {panel.YLabel}");
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
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
