using System.Diagnostics;
using CoherentScattering.Cli.Figures;

namespace CoherentScattering.Cli;

/// <summary><c>figures --out DIR</c>: for each of Figs. 1–9 (one file per panel) a CSV of the plotted data and a PNG; for
/// the COHERENT 2017 preset also the fitted projections of the spectral fits (<see cref="FitFigures"/>) and the model
/// parameters' profiles and regions on the real data (<see cref="ModelFitFigures"/>).</summary>
internal static class FiguresCommand
{
    public static IReadOnlyList<string> Run(PaperAnalysis analysis, IReadOnlyList<Table1Command.Result> table1, string directory, TextWriter log, int mapPoints = 201)
    {
        var builders = new FigureBuilder(analysis, table1, mapPoints).All();
        return Write(analysis.ComparesWithCoherent2017Data ? builders.Concat(FitFigures.All()).Concat(ModelFitFigures.All(mapPoints, Math.Min(mapPoints, 121))) : builders, directory, log);
    }

    /// <summary>Builds each panel in turn and writes it as CSV and PNG; returns the PNG paths.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<Func<Panel>> builders, string directory, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var build in builders)
        {
            var clock = Stopwatch.StartNew();
            var panel = build();
            string csv = Path.Combine(directory, panel.FileStem + ".csv"), png = Path.Combine(directory, panel.FileStem + ".png");
            PanelCsv.Write(panel, csv);
            PanelRenderer.Render(panel, png);
            written.Add(png);
            log.WriteLine($"  {panel.FileStem}: {panel.Title} → {png} ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        return written;
    }
}
