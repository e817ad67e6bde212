using CoherentScattering.Rates;
using ScottPlot;

namespace ReactorGermanium;

/// <summary>PNG figures of binned spectra (ScottPlot 5, headless): step lines over the bin edges.</summary>
internal static class SpectrumPlots
{
    /// <summary>One or more spectra on the same kind of bins, with a legend; log10 y when asked (the y axis
    /// starts at <paramref name="floor"/>; a tail of bins below it is not drawn).</summary>
    public static void Steps(string path, string title, string xLabel, string yLabel,
        IReadOnlyList<(ExpectedEvents Events, string Label)> spectra, bool logY = false, double floor = 1e-3)
    {
        var plot = new Plot();
        Color[] palette = [Colors.Black, Colors.Red, Colors.Blue];
        for (int k = 0; k < spectra.Count; k++)
        {
            var bins = spectra[k].Events.Bins;
            if (logY)
            {
                // Up to the last bin at or above the floor: the empty tail is left blank, not drawn along the floor.
                int last = bins.Count - 1;
                while (last > 0 && bins[last].Events < floor)
                {
                    last--;
                }

                bins = bins.Take(last + 1).ToArray();
            }

            var xs = bins.SelectMany(b => new[] { b.Low, b.High }).ToArray();
            var ys = bins.SelectMany(b => new[] { b.Events, b.Events })
                .Select(v => logY ? Math.Log10(Math.Max(v, floor)) : v).ToArray();
            var line = plot.Add.ScatterLine(xs, ys);
            line.LegendText = spectra[k].Label;
            line.LineWidth = k == 0 ? 2.5f : 2f;
            line.Color = palette[k % palette.Length];
            if (k > 0)
            {
                line.LinePattern = LinePattern.Dashed;
            }
        }

        if (logY)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => Math.Pow(10, y).ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture),
            };
            double top = spectra.Max(s => s.Events.Bins.Max(b => b.Events));
            plot.Axes.SetLimitsY(Math.Log10(floor), Math.Log10(top) + 0.4);
        }
        else
        {
            plot.Axes.SetLimitsY(0, 1.08 * spectra.Max(s => s.Events.Bins.Max(b => b.Events)));
        }

        var all = spectra[0].Events.Bins;
        plot.Axes.SetLimitsX(all[0].Low, all[^1].High);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend();
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.SavePng(path, 800, 550);
    }
}
