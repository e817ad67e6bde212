using CoherentScattering.Statistics;
using static System.FormattableString;

namespace CoherentScattering.Cli.Figures;

/// <summary>
/// Model parameters on the real data: Δχ² profiles (one panel per parameter) and 90 % C.L. regions of two parameters
/// (Wilks, Δ = 4.605, the allowed grid cells shaded and bounded by the contour), each with the counting analysis of the
/// paper (Eq. 6, dashed), every spectral fit alone and the joint fits in one panel. Profiles shade the 90 % C.L.
/// interval of the CsI 2021 + CENNS-10 joint fit; regions shade the joint fit more strongly than each experiment.
/// </summary>
internal static class ModelFitFigures
{
    /// <summary>A fit drawn: legend label, experiments (several make a joint likelihood), dashed line, and whether its
    /// region is drawn (a line only when not shaded).</summary>
    private sealed record Fit(string Label, string[] Experiments, bool Dashed = false, bool InRegions = true, bool Shaded = true);

    private static readonly Fit[] Fits =
    [
        new("counting, CsI 2017 (Eq. 6)", ["coherent-2017-csi"], Dashed: true, Shaded: false),
        new("CsI 2017 PE × t", ["coherent-2017-csi-spectral"]),
        new("CsI 2021 PE × t", ["coherent-2021-csi"]),
        new("CENNS-10 LAr", ["coherent-2020-lar"]),
        new("CsI 2017 + CENNS-10", ["coherent-2017-csi-spectral", "coherent-2020-lar"], InRegions: false),
        new("CsI 2021 + CENNS-10", ["coherent-2021-csi", "coherent-2020-lar"]),
    ];

    /// <summary>The parameters with a profile panel, each over the range drawn.</summary>
    private static readonly (string Key, double Low, double High)[] Profiles =
        [("sin2thetaW", 0, 0.5), ("eps_ee_V", -0.3, 0.5), ("eps_mumu_V", -0.3, 0.5), ("mu_nu", 0, 100), ("r2_nu", -60, 40)];

    /// <summary>The parameter pairs with a region panel, each over the ranges drawn.</summary>
    private static readonly ((string Key, double Low, double High) X, (string Key, double Low, double High) Y)[] Regions =
        [(("eps_ee_V", -0.3, 0.5), ("eps_mumu_V", -0.2, 0.4)), (("eps_ee_uV", -0.5, 1), ("eps_ee_dV", -0.5, 1))];

    /// <summary>The parameters with a profile panel.</summary>
    public static IReadOnlyList<string> ProfileKeys => Profiles.Select(p => p.Key).ToArray();

    /// <summary>The parameter pairs with a region panel.</summary>
    public static IReadOnlyList<(string X, string Y)> RegionKeys => Regions.Select(r => (r.X.Key, r.Y.Key)).ToArray();

    /// <summary>The file stems of every panel, in the order <see cref="All"/> yields them.</summary>
    public static IReadOnlyList<string> Stems =>
        [.. ProfileKeys.Select(k => $"profile-{k}"), .. RegionKeys.Select(p => $"region-{p.X}-{p.Y}")];

    /// <summary>One builder per panel; the experiments' likelihoods are built once, by the first panel that needs them.</summary>
    /// <param name="profilePoints">Grid points of each profile.</param>
    /// <param name="regionPoints">Grid points per parameter of each region.</param>
    public static IEnumerable<Func<Panel>> All(int profilePoints = 201, int regionPoints = 61)
    {
        var likelihoods = Fits.SelectMany(f => f.Experiments).Distinct()
            .ToDictionary(e => e, e => new Lazy<IModelLikelihood>(() => ParameterFitCommand.LikelihoodOf(e)));
        IModelLikelihood Of(Fit fit) => fit.Experiments.Length == 1 ? likelihoods[fit.Experiments[0]].Value
            : new JointLikelihood(fit.Experiments.Select(e => likelihoods[e].Value).ToArray());
        ModelParameter Parameter((string Key, double Low, double High) p, int points) => ModelParameter.Find(p.Key, (p.Low, p.High)) with { Points = points };
        foreach (var p in Profiles)
        {
            yield return () => ProfilePanel(Parameter(p, profilePoints), Of);
        }

        foreach (var (x, y) in Regions)
        {
            yield return () => RegionPanel(Parameter(x, regionPoints), Parameter(y, regionPoints), Of);
        }
    }

    // The axis label with the unit as typeset text (the JSON keeps the ASCII unit: "1e-10 mu_B" → "10⁻¹⁰ μ_B").
    private static string AxisLabel(ModelParameter p) => p.Unit.Length > 0
        ? $"{p.Label} [{p.Unit.Replace("1e-10 mu_B", "10⁻¹⁰ μ_B", StringComparison.Ordinal).Replace("1e-32 cm^2", "10⁻³² cm²", StringComparison.Ordinal)}]"
        : p.Label;

    private static Panel ProfilePanel(ModelParameter p, Func<Fit, IModelLikelihood> likelihoodOf)
    {
        var curves = new List<Curve>();
        IReadOnlyList<Interval> combined = [];
        foreach (var fit in Fits)
        {
            var profile = ParameterProfile.ScanModels(likelihoodOf(fit), p.Model, p.Low, p.High, p.Points);
            var intervals = profile.Intervals(ParameterFitCommand.ConfidenceLevel);
            curves.Add(new Curve(Invariant($"{fit.Label}: {string.Join(" ∪ ", intervals.Select(i => $"[{i.Low:G3}, {i.High:G3}]"))}"),
                [.. profile.Grid], [.. profile.DeltaChiSquared], Thick: fit.Experiments.Length > 1, Dashed: fit.Dashed));
            combined = intervals;
        }

        return new Panel($"profile-{p.Key}", $"{p.Label}: Δχ² profiles, nuisances profiled", AxisLabel(p), "Δχ²")
        {
            Curves = curves,
            Spans = combined.Select((i, k) => new XSpan(k == 0 ? $"90 % C.L., {Fits[^1].Label}" : "", i.Low, i.High)).ToArray(),
            LegendOutside = true,
            HorizontalLine = (ChiSquaredThreshold.For(ParameterFitCommand.ConfidenceLevel, 1), "Δχ² = 2.71 (90 % C.L., Wilks)"),
            YRange = (0, 10),
        };
    }

    private static Panel RegionPanel(ModelParameter x, ModelParameter y, Func<Fit, IModelLikelihood> likelihoodOf)
    {
        var model = ModelParameter.Pair(x, y);
        double[] xs = Grid.Linear(x.Low, x.High, x.Points), ys = Grid.Linear(y.Low, y.High, y.Points);
        var regions = Fits.Where(f => f.InRegions).Select(fit =>
        {
            var map = ParameterMap.ScanModels(likelihoodOf(fit), model, xs, ys);
            var allowed = new bool[xs.Length, ys.Length];
            for (int i = 0; i < xs.Length; i++)
            {
                for (int j = 0; j < ys.Length; j++)
                {
                    allowed[i, j] = map.IsAllowed(i, j, ParameterFitCommand.ConfidenceLevel);
                }
            }

            return new FilledRegion(fit.Label, xs, ys, allowed, map.Contour(ParameterFitCommand.ConfidenceLevel),
                map.ContourLines(ParameterFitCommand.ConfidenceLevel), fit.Dashed, fit.Shaded ? fit.Experiments.Length > 1 ? 0.35 : 0.12 : 0);
        }).ToArray();
        return new Panel($"region-{x.Key}-{y.Key}", "90 % C.L. allowed regions (Wilks, Δχ² = 4.61), nuisances profiled", AxisLabel(x), AxisLabel(y))
        {
            Regions = regions,
            LegendOutside = true,
            XRange = (x.Low, x.High),
            YRange = (y.Low, y.High),
        };
    }
}
