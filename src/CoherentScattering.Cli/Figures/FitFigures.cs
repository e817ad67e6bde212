using CoherentScattering.Statistics;
using static System.FormattableString;

namespace CoherentScattering.Cli.Figures;

/// <summary>
/// The fitted projections of the spectral fits of <see cref="FitCommand"/> (cf. Fig. 4 of the CENNS-10 paper,
/// arXiv:2003.10630, and Fig. 3 of COHERENT 2017, Science 357, 1123): per fit one panel per axis, the data with √n errors,
/// the total best-fit expectation and each component's best-fit expectation as its own step line, overlaid (not stacked).
/// The fit is the global one: CEvNS free, every background normalisation profiled within its constraint.
/// </summary>
internal static class FitFigures
{
    private static readonly IReadOnlyDictionary<string, string> LarNames = new Dictionary<string, string>
    {
        ["cevns"] = "CEvNS", ["promptNeutrons"] = "prompt BRN", ["delayedNeutrons"] = "delayed BRN", ["steadyState"] = "steady state",
    };

    private static readonly IReadOnlyDictionary<string, string> CsiNames = new Dictionary<string, string>
    {
        ["cevns"] = "CEvNS", ["promptNeutrons"] = "prompt neutrons", ["steadyState"] = "steady state",
    };

    private static readonly IReadOnlyDictionary<string, string> Csi2021Names = new Dictionary<string, string>
    {
        ["cevns"] = "CEvNS", ["steadyState"] = "steady state", ["promptNeutrons"] = "BRN", ["neutrinoInducedNeutrons"] = "NIN",
    };

    /// <summary>The fits drawn: file-stem prefix, title, <see cref="FitCommand"/> experiment and signal, the file-stem
    /// suffix of each axis, and the display names of the components.</summary>
    private static readonly FitFigure[] Fits =
    [
        new("fit-lar", "CENNS-10 LAr fit, library CEvNS template", FitCommand.LarPreset, "model", ["energy", "f90", "time"], LarNames),
        new("fit-lar-release", "CENNS-10 LAr fit, release CEvNS template", FitCommand.LarPreset, "release", ["energy", "f90", "time"], LarNames),
        new("fit-csi2017", "COHERENT 2017 CsI fit (6–30 PE, t < 6 µs)", FitCommand.CsiPreset, "model", ["pe", "time"], CsiNames),
        new("fit-csi2021", "COHERENT CsI 2021 fit (0–60 PE, t < 6 µs, analytic arrival times)", FitCommand.Csi2021Preset, "model", ["pe", "time"], Csi2021Names),
    ];

    /// <summary>The file stems of every panel, in the order <see cref="All"/> yields them.</summary>
    public static IReadOnlyList<string> Stems => Fits.SelectMany(f => f.AxisStems.Select(a => $"{f.Stem}-{a}")).ToArray();

    /// <summary>One builder per panel; each fit is computed once, by the first of its panels.</summary>
    public static IEnumerable<Func<Panel>> All()
    {
        foreach (var fit in Fits)
        {
            var projections = new Lazy<IReadOnlyList<FitProjection>>(() =>
            {
                var (likelihood, _, _) = FitCommand.Likelihood(fit.Experiment, fit.Signal);
                return FitProjection.Of(likelihood, likelihood.Fit());
            });
            for (int axis = 0; axis < fit.AxisStems.Count; axis++)
            {
                int a = axis;
                yield return () => ToPanel(fit, fit.AxisStems[a], projections.Value[a]);
            }
        }
    }

    /// <summary>The panel of one projection.</summary>
    public static Panel ToPanel(FitFigure fit, string axisStem, FitProjection p)
    {
        double top = Enumerable.Range(0, p.Data.Count).Max(i => Math.Max(p.Data[i] + p.ErrorHigh[i], p.Total[i]));
        var steps = new List<StepLine> { new(Invariant($"total best fit ({p.Total.Sum():F1} events)"), "total", p.Total, Thick: true) };
        steps.AddRange(p.Components.Select(c => new StepLine(Invariant($"{fit.Names[c.Name]} ({c.FittedEvents:F1})"), c.Name, c.Expected)));
        return new Panel($"{fit.Stem}-{axisStem}", $"{fit.Title}: {ProjectionName(p.Axis)} projection", AxisLabel(p.Axis),
            Invariant($"events {BinWidth(p.Axis)} (components overlaid)"))
        {
            Binned = new BinnedSeries(p.Axis.Edges, Invariant($"data ({p.Data.Sum():F0} events, √n errors)"), p.Data, p.ErrorLow, p.ErrorHigh, steps),
            XRange = (p.Axis.Edges[0], p.Axis.Edges[^1]),
            // Head room above the highest bar for the legend.
            YRange = (0, 1.45 * top),
        };
    }

    private static string ProjectionName(HistogramAxis axis) => axis.Name switch
    {
        "t_trig" or "t" => "arrival-time",
        _ => axis.Name,
    };

    private static string AxisLabel(HistogramAxis axis) => axis.Name switch
    {
        "energy" => "reconstructed energy [keVee]",
        "F90" => "F90 (fraction of the light in the first 90 ns)",
        "t_trig" => "arrival time after the beam trigger t_trig [µs]",
        "PE" => "energy [photoelectrons]",
        "t" => "arrival time after the beam trigger [µs]",
        _ => axis.Unit.Length > 0 ? $"{axis.Name} [{axis.Unit}]" : axis.Name,
    };

    // "/ 0.25 µs" for equal bins; "per bin" for uneven ones (the counts are not divided by the width).
    private static string BinWidth(HistogramAxis axis)
    {
        double width = axis.Edges[1] - axis.Edges[0];
        bool uniform = Enumerable.Range(0, axis.Count).All(i => Math.Abs(axis.Edges[i + 1] - axis.Edges[i] - width) <= 1e-9 * width);
        return uniform ? Invariant($"/ {width:0.###} {(axis.Unit.Length > 0 ? axis.Unit : axis.Name)}") : "per bin (uneven bins)";
    }
}
