using System.Globalization;
using CoherentScattering.Experiments;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary>The no-argument main job: a readable reproduction of the paper's Sec. II.</summary>
internal static class Summary
{
    public static void Write(Experiment experiment, bool isCoherent2017Preset, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"CoherentScattering — {experiment.Name}");
        if (isCoherent2017Preset)
        {
            o.WriteLine("Reproducing Papoulias & Kosmas, PRD 97, 033003 (2018), Sec. II");
        }

        o.WriteLine();
        var events = EventsCommand.Compute(experiment);
        var bins = events.Bins;
        o.WriteLine(string.Create(inv, $"Standard-Model CEvNS events in the ROI ({bins[0].Low:G4}–{bins[^1].High:G4} {events.ObservableUnit}): {events.Total:F2}"));
        if (isCoherent2017Preset)
        {
            o.WriteLine("  (independent cross-check, reference calculation R2 in docs/physics.md: 167.88; COHERENT 2017: 173 ± 48)");
        }

        o.WriteLine("  per flavour:");
        foreach (var (flavor, n) in events.Flavors)
        {
            o.WriteLine(string.Create(inv, $"    {flavor.Key(),-10} {n,8:F2}"));
        }

        o.WriteLine("  per isotope:");
        foreach (var (isotope, n) in events.Isotopes)
        {
            o.WriteLine(string.Create(inv, $"    {isotope,-10} {n,8:F2}"));
        }

        if (isCoherent2017Preset)
        {
            o.WriteLine();
            o.WriteLine("Fig. 1 — 2-PE spectrum against the measured beam-on residuals (C − AC, t < 6 µs, data release):");
            o.WriteLine("    PE bin      SM prediction   measured");
            var residuals = Coherent2017Release.BeamOnResiduals();
            double measuredTotal = 0;
            foreach (var bin in events.Bins)
            {
                double measured = residuals.Where(r => r.Low >= bin.Low && r.High <= bin.High).Sum(r => r.Events);
                measuredTotal += measured;
                o.WriteLine(string.Create(inv, $"    [{bin.Low,2:F0}, {bin.High,2:F0})   {bin.Events,10:F2}   {measured,8:F0}"));
            }

            o.WriteLine(string.Create(inv, $"    total       {events.Total,10:F2}   {measuredTotal,8:F0}"));
        }

        if (experiment.Measurement is not null)
        {
            o.WriteLine();
            o.WriteLine("Fig. 2 / Table I — sin²θ_W at 90 % C.L. (Δχ² from the χ² quantile):");
            foreach (var treatment in new[] { PullTreatment.SignalAndBackground, PullTreatment.SignalOnly })
            {
                var profile = WeakMixingAngleCommand.Profile(experiment, treatment);
                string label = treatment == PullTreatment.SignalAndBackground ? "two pulls (Eq. 6)" : "one pull (ξ only)";
                o.WriteLine(string.Create(inv, $"  {label,-18}: best fit {profile.BestFit:F3}, interval {string.Join(" ∪ ", profile.Intervals(0.9))}"));
            }

            if (isCoherent2017Preset)
            {
                o.WriteLine("  paper: 0.117 – 0.315 (its nuclear-structure form factors give N_SM ≈ 173; see docs/physics.md)");
            }
        }
    }

    /// <summary>The paper's Sec. III: Table I and Figs. 1–9, with the fitted projections for the preset (only for an experiment with a measurement).</summary>
    public static void WriteNewPhysics(Func<PaperAnalysis> createAnalysis, Experiment experiment, string figureDirectory, TextWriter o)
    {
        if (experiment.Measurement is null)
        {
            return;
        }

        var analysis = createAnalysis();
        var table = Table1Command.Compute(analysis);
        o.WriteLine();
        Table1Command.Write(table, o, analysis.ComparesWithCoherent2017Data);
        o.WriteLine();
        o.WriteLine($"Figures 1–9{(analysis.ComparesWithCoherent2017Data ? " and the fitted projections of the spectral fits" : "")} (CSV + PNG) in {Path.GetFullPath(figureDirectory)}:");
        FiguresCommand.Run(analysis, table, figureDirectory, o);
    }
}
