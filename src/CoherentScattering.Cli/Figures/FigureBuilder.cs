using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli.Figures;

/// <summary>Computes the data of the paper's Figs. 1–9 as panels (one per paper panel).</summary>
internal sealed class FigureBuilder(PaperAnalysis analysis, IReadOnlyList<Table1Command.Result> table1, int mapPoints = 201)
{
    private const string DeltaChi2 = "Δχ²";
    private static NewPhysicsModel Sm => NewPhysicsModel.Paper;
    private readonly double oneDof = ChiSquaredThreshold.For(0.9, 1);

    public IEnumerable<Func<Panel>> All()
    {
        yield return Fig1;
        yield return Fig2;
        yield return () => Profiles("fig3a", "Fig. 3 (left): vector NSI", "ε_αα^qV", ["eps_ee_uV", "eps_ee_dV", "eps_mumu_uV", "eps_mumu_dV"]);
        yield return () => Profiles("fig3b", "Fig. 3 (right): tensor NSI", "ε_αα^qT", ["eps_ee_uT", "eps_ee_dT", "eps_mumu_uT", "eps_mumu_dT"]);
        yield return () => VectorNsiMap("fig4a", LeptonFlavor.Electron, "ee");
        yield return () => VectorNsiMap("fig4b", LeptonFlavor.Muon, "μμ");
        yield return () => TensorNsiMap("fig4c", LeptonFlavor.Electron, "ee");
        yield return () => TensorNsiMap("fig4d", LeptonFlavor.Muon, "μμ");
        yield return () => Profiles("fig5a", "Fig. 5 (left): neutrino magnetic moment", "μ_ν [10⁻¹⁰ μ_B]", ["mu_nu", "mu_nu_e", "mu_nu_mu"]);
        yield return () => Profiles("fig5b", "Fig. 5 (right): neutrino charge radius", "⟨r²_ν⟩ [10⁻³² cm²]", ["r2_nu", "r2_nu_e", "r2_nu_mu"]);
        yield return Fig6a;
        yield return Fig6b;
        yield return Fig7a;
        yield return Fig7b;
        yield return Fig8;
        yield return Fig9a;
        yield return Fig9b;
    }

    private Panel Fig1()
    {
        var events = analysis.Rates.Compute(StandardModel.Paper);
        var bins = events.Bins;
        var on = Coherent2017Release.Histogram("data_coincidence_beamOn.txt");
        var anti = Coherent2017Release.Histogram("data_anticoincidence_beamOn.txt");
        var residuals = Coherent2017Release.BeamOnResiduals();
        // Step curve of the prediction per 2-PE bin.
        var sx = bins.SelectMany(b => new[] { b.Low, b.High }).ToArray();
        var sy = bins.SelectMany(b => new[] { b.Events, b.Events }).ToArray();
        var inRoi = Enumerable.Range(0, residuals.Count).Where(i => residuals[i].Low >= bins[0].Low && residuals[i].High <= bins[^1].High).ToArray();
        string title = analysis.ComparesWithCoherent2017Data ? "Fig. 1: CEvNS events at COHERENT CsI vs data" : $"Fig. 1: expected CEvNS events, {analysis.Experiment.Name}";
        string axis = events.ObservableUnit == "PE" ? "n_PE [photoelectrons]" : $"nuclear recoil T [{events.ObservableUnit}]";
        return new Panel("fig1", title, axis, "events per bin")
        {
            Curves = [new Curve($"SM prediction (total {events.Total:F1})", sx, sy)],
            Points = analysis.ComparesWithCoherent2017Data
                ?
                [
                    new ErrorPoints("COHERENT 2017 beam-on residual (C − AC, t < 6 µs)",
                        inRoi.Select(i => 0.5 * (residuals[i].Low + residuals[i].High)).ToArray(),
                        inRoi.Select(i => residuals[i].Events).ToArray(),
                        inRoi.Select(i => Math.Sqrt(on[i] + anti[i])).ToArray()),
                ]
                : [],
        };
    }

    private Panel Fig2()
    {
        var two = WeakMixingAngleCommand.Profile(analysis.Experiment, PullTreatment.SignalAndBackground);
        var one = WeakMixingAngleCommand.Profile(analysis.Experiment, PullTreatment.SignalOnly);
        return new Panel("fig2", "Fig. 2: sensitivity to the weak mixing angle", "sin²θ_W", DeltaChi2)
        {
            Curves =
            [
                new Curve("two nuisance parameters (Eq. 6)", two.Grid.ToArray(), two.DeltaChiSquared.ToArray()),
                new Curve("one nuisance parameter", one.Grid.ToArray(), one.DeltaChiSquared.ToArray(), Thick: false, Dashed: true),
            ],
            HorizontalLine = (oneDof, "90 % C.L."),
            YRange = (0, 10),
        };
    }

    private Panel Profiles(string stem, string title, string xLabel, string[] keys)
    {
        var curves = keys.Select(k =>
        {
            var r = table1.Single(t => t.Row.Key == k);
            bool electron = k.Contains("_e", StringComparison.Ordinal) && !k.Contains("mumu", StringComparison.Ordinal) && k != "r2_nu_mu" && k != "mu_nu_mu";
            bool universal = k is "mu_nu" or "r2_nu";
            return new Curve(universal ? $"{r.Row.Label} (universal)" : r.Row.Label, r.Profile.Grid.ToArray(), r.Profile.DeltaChiSquared.ToArray(), Thick: electron || universal);
        }).ToArray();
        return new Panel(stem, title, xLabel, DeltaChi2) { Curves = curves, HorizontalLine = (oneDof, "90 % C.L."), YRange = (0, 8) };
    }

    /// <summary>A χ² map of a plane in which the rate is quadratic (all of Figs. 4, 6, 7): six full evaluations fix the
    /// rate exactly (<see cref="QuadraticSurface"/> verifies it), then every grid point costs a few flops.</summary>
    private ParameterMap Map(Func<double, double, ICrossSectionModel> model, double[] xs, double[] ys, PullTreatment treatment = PullTreatment.SignalAndBackground)
    {
        var rate = QuadraticSurface.Fit((x, y) => analysis.Rates.Total(model(x, y)), xs[0], xs[^1], ys[0], ys[^1]);
        var likelihood = treatment == PullTreatment.SignalAndBackground ? analysis.Likelihood : analysis.OnePullLikelihood;
        using var progress = new ConsoleProgress("Δχ² map");
        return ParameterMap.Scan((x, y) => likelihood.ChiSquared(rate.Evaluate(x, y)), xs, ys, progress);
    }

    /// <summary>A (log M, log g²) map: per mass row the rate is quadratic in g² (Z′: the charge shift is linear in g²;
    /// φ: the incoherent term is ∝ g⁴), fitted from three full evaluations at a well-conditioned scale.</summary>
    private ParameterMap MediatorMap(Func<double, double, ICrossSectionModel> model, double[] logMasses, double[] logCouplings)
    {
        using var progress = new ConsoleProgress("mediator map");
        return ParameterMap.ScanByColumn(logM =>
        {
            double mass = Math.Pow(10, logM);
            var rate = QuadraticRate.FitFromOrigin(g2 => analysis.Rates.Total(model(mass, g2)), Math.Pow(10, logCouplings[logCouplings.Length / 2]));
            return logG2 => analysis.Likelihood.ChiSquared(Math.Max(rate.Evaluate(Math.Pow(10, logG2)), 0));
        }, logMasses, logCouplings, progress);
    }

    private static Panel Region(string stem, string title, string xLabel, string yLabel, params (string Label, ParameterMap Map, bool Dashed)[] maps) =>
        new(stem, title, xLabel, yLabel)
        {
            Regions = maps.Select((m, k) => Shaded($"90 % C.L. allowed, {m.Label}", m.Map, excluded: false, m.Dashed, k == 0 ? 0.25 : 0.12)).ToArray(),
            Marks = BestFitMark(maps[0].Map),
            XRange = (maps[0].Map.XGrid[0], maps[0].Map.XGrid[^1]),
            YRange = (maps[0].Map.YGrid[0], maps[0].Map.YGrid[^1]),
        };

    // A map's 90 % C.L. region as shaded cells (the allowed ones, or the excluded ones) bounded by its contour.
    private static FilledRegion Shaded(string label, ParameterMap map, bool excluded, bool dashed = false, double opacity = 0.25)
    {
        var shaded = new bool[map.XGrid.Count, map.YGrid.Count];
        for (int i = 0; i < map.XGrid.Count; i++)
        {
            for (int j = 0; j < map.YGrid.Count; j++)
            {
                shaded[i, j] = map.IsAllowed(i, j) != excluded;
            }
        }

        return new FilledRegion(label, map.XGrid, map.YGrid, shaded, map.Contour(0.9), map.ContourLines(0.9), dashed, opacity);
    }

    /// <summary>The best fit as a starred point, only where it is a point: the grid points within Δχ² = 0.1 of the minimum
    /// span less than a tenth of the grid in each direction (a flat valley or a degenerate band has no single best fit).</summary>
    public static IReadOnlyList<MarkedPoint> BestFitMark(ParameterMap map)
    {
        double xLow = double.MaxValue, xHigh = double.MinValue, yLow = double.MaxValue, yHigh = double.MinValue;
        for (int i = 0; i < map.XGrid.Count; i++)
        {
            for (int j = 0; j < map.YGrid.Count; j++)
            {
                if (map.DeltaChiSquared(i, j) <= 0.1)
                {
                    (xLow, xHigh) = (Math.Min(xLow, map.XGrid[i]), Math.Max(xHigh, map.XGrid[i]));
                    (yLow, yHigh) = (Math.Min(yLow, map.YGrid[j]), Math.Max(yHigh, map.YGrid[j]));
                }
            }
        }

        bool point = xHigh - xLow <= 0.1 * (map.XGrid[^1] - map.XGrid[0]) && yHigh - yLow <= 0.1 * (map.YGrid[^1] - map.YGrid[0]);
        return point ? [new MarkedPoint("best fit", map.BestFit.X, map.BestFit.Y)] : [];
    }

    private Panel VectorNsiMap(string stem, LeptonFlavor flavor, string label)
    {
        double[] grid = Grid.Linear(-1, 1, mapPoints);
        ICrossSectionModel M(double d, double u) => Sm.With(VectorNsi.FlavorDiagonal(flavor, u, d));
        return Region(stem, $"Fig. 4 (upper): vector NSI, {label}", $"ε_{label}^dV", $"ε_{label}^uV",
            ("two pulls (Eq. 6)", Map(M, grid, grid), false),
            ("one pull (simplified)", Map(M, grid, grid, PullTreatment.SignalOnly), true));
    }

    private Panel TensorNsiMap(string stem, LeptonFlavor flavor, string label)
    {
        double[] grid = Grid.Linear(-0.25, 0.25, mapPoints);
        return Region(stem, $"Fig. 4 (lower): tensor NSI, {label}", $"ε_{label}^dT", $"ε_{label}^uT",
            ("two pulls (Eq. 6)", Map((d, u) => Sm.With(TensorNsi.ForFlavor(flavor, u, d)), grid, grid), false));
    }

    private Panel Fig6a()
    {
        double[] grid = Grid.Linear(0, 100, mapPoints);
        var map = Map((e, m) => Sm.With(MagneticMoment.ForFlavor(LeptonFlavor.Electron, e * 1e-10).With(LeptonFlavor.Muon, m * 1e-10)), grid, grid);
        return Region("fig6a", "Fig. 6 (left): magnetic moments", "μ_νe [10⁻¹⁰ μ_B]", "μ_νμ [10⁻¹⁰ μ_B]", ("COHERENT", map, false));
    }

    private Panel Fig6b()
    {
        double[] grid = Grid.Linear(-80, 40, mapPoints);
        var map = Map((e, m) => Sm.With(ChargeRadius.ForFlavor(LeptonFlavor.Electron, Area.FromSquareCentimeters(e * 1e-32))
            .With(LeptonFlavor.Muon, Area.FromSquareCentimeters(m * 1e-32))), grid, grid);
        return Region("fig6b", "Fig. 6 (right): charge radii", "⟨r²_νe⟩ [10⁻³² cm²]", "⟨r²_νμ⟩ [10⁻³² cm²]", ("COHERENT", map, false));
    }

    private Panel Fig7a()
    {
        var map = Map((s, mu) => Sm.WithStandardModel(new StandardModel(s)).With(MagneticMoment.Universal(mu * 1e-10)),
            Grid.Linear(0, 0.5, mapPoints), Grid.Linear(0, 80, mapPoints));
        return Region("fig7a", "Fig. 7 (left): weak mixing angle and magnetic moment", "sin²θ_W", "μ_ν [10⁻¹⁰ μ_B]", ("COHERENT", map, false));
    }

    private Panel Fig7b()
    {
        var map = Map((r, mu) => Sm.With(ChargeRadius.Universal(Area.FromSquareCentimeters(r * 1e-32))).With(MagneticMoment.Universal(mu * 1e-10)),
            Grid.Linear(-60, 40, mapPoints), Grid.Linear(0, 80, mapPoints));
        return Region("fig7b", "Fig. 7 (right): charge radius and magnetic moment", "⟨r²_ν⟩ [10⁻³² cm²]", "μ_ν [10⁻¹⁰ μ_B]", ("COHERENT", map, false));
    }

    private Panel Fig8()
    {
        // The rate is linear in sin²2θ: per Δm² one oscillated calculator gives N(1); N(s) = N_SM − s (N_SM − N(1)).
        double nSm = analysis.Rates.Total(StandardModel.Paper);
        using var progress = new ConsoleProgress("sterile map");
        var map = ParameterMap.ScanByRow(logDm2 =>
        {
            var flux = SterileOscillation.Common(Math.Pow(10, logDm2), 1.0).Apply(analysis.Experiment.Flux);
            double nFull = analysis.Rates.WithFlux(flux).Total(StandardModel.Paper);
            return s => analysis.Likelihood.ChiSquared(nSm - s * (nSm - nFull));
        }, Grid.Linear(0, 1, mapPoints), Grid.Linear(-2, 3, mapPoints), progress);
        // The caveat of the P_αα reading (docs/physics.md): ν_μ → ν_e transitions count as lost; read as a neutral-current
        // disappearance (only ν → ν_s lost) the same data exclude nothing.
        return new Panel("fig8", "Fig. 8: 3+1 sterile ν, sin²2θ_ee = sin²2θ_μμ", "sin²2θ_new", "Δm²_41 [eV²]")
        {
            Note = "P_αα reading: ν_μ → ν_e counts as lost. Read as a neutral-current loss (only ν → ν_s), nothing is excluded.",
            Regions = [Shaded("excluded at 90 % C.L.", map, excluded: true)],
            Marks = BestFitMark(map),
            LogY = true,
            XRange = (0, 1),
            YRange = (-2, 3),
        };
    }

    private Panel Fig9a() => MediatorPanel("fig9a", "Fig. 9 (left): vector Z′ mediator (excluded beyond the 90 % C.L. line)", "M_Z′ [MeV]", "g²_Z′",
        (m, g2) => Sm.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(m), g2)), logCouplingLow: -10, logCouplingHigh: -3);

    private Panel Fig9b() => MediatorPanel("fig9b", "Fig. 9 (right): scalar φ mediator (excluded above the 90 % C.L. line)", "M_φ [MeV]", "g²_φ",
        (m, g2) => Sm.With(ScalarMediator.Universal(Energy.FromMegaelectronvolts(m), g2)), logCouplingLow: -12, logCouplingHigh: -4);

    // Masses 1 MeV – 10 GeV on a log axis against log10 g², with the 90 % C.L. boundary of the excluded region.
    private Panel MediatorPanel(string stem, string title, string massLabel, string couplingLabel, Func<double, double, ICrossSectionModel> model,
        double logCouplingLow, double logCouplingHigh)
    {
        var map = MediatorMap(model, Grid.Linear(0, 4, mapPoints), Grid.Linear(logCouplingLow, logCouplingHigh, mapPoints));
        return new Panel(stem, title, massLabel, couplingLabel)
        {
            Regions = [Shaded("excluded at 90 % C.L.", map, excluded: true)],
            LogX = true,
            LogY = true,
            XRange = (0, 4),
            YRange = (logCouplingLow, logCouplingHigh),
        };
    }
}
