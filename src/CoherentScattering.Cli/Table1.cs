using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary>One row of the paper's Table I: a parameter, the model it builds, its scan range and the printed limit.</summary>
internal sealed record Table1Row(string Key, string Label, string Unit, Func<double, ICrossSectionModel> Model, double Low, double High, double[][] Paper)
{
    /// <summary>Every row's parameter enters the rate quadratically: three full evaluations fix N(x) exactly (verified
    /// at two more by <see cref="QuadraticRate"/>), then the profile costs a few flops per point.</summary>
    public ParameterProfile Profile(PaperAnalysis analysis, int points = 301)
    {
        var rate = QuadraticRate.Fit(x => analysis.Rates.Total(Model(x)), Low, 0.5 * (Low + High), High);
        return ParameterProfile.Scan(x => analysis.Likelihood.ChiSquared(rate.Evaluate(x)), Low, High, points);
    }
}

/// <summary>The 15 rows of Table I. Units: magnetic moments in 1e-10 μ_B, charge radii in 1e-32 cm² (as printed).</summary>
internal static class Table1
{
    private const string MuUnit = "1e-10 mu_B", R2Unit = "1e-32 cm^2";

    private static NewPhysicsModel Sm => NewPhysicsModel.Paper;

    public static IReadOnlyList<Table1Row> Rows { get; } =
    [
        new("sin2thetaW", "sin²θ_W", "", x => new StandardModel(x), 0.0, 0.5, [[0.117, 0.315]]),
        new("eps_ee_uV", "ε_ee^uV", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, x, 0)), -0.5, 1.0, [[-0.08, 0.47]]),
        new("eps_ee_dV", "ε_ee^dV", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0, x)), -0.5, 1.0, [[-0.07, 0.42]]),
        new("eps_mumu_uV", "ε_μμ^uV", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, x, 0)), -0.5, 1.0, [[-0.09, 0.48]]),
        new("eps_mumu_dV", "ε_μμ^dV", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, 0, x)), -0.5, 1.0, [[-0.08, 0.43]]),
        new("eps_ee_uT", "ε_ee^uT", "", x => Sm.With(TensorNsi.ForFlavor(LeptonFlavor.Electron, x, 0)), -0.3, 0.3, [[-0.013, 0.013]]),
        new("eps_ee_dT", "ε_ee^dT", "", x => Sm.With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0, x)), -0.3, 0.3, [[-0.011, 0.011]]),
        new("eps_mumu_uT", "ε_μμ^uT", "", x => Sm.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, x, 0)), -0.3, 0.3, [[-0.013, 0.013]]),
        new("eps_mumu_dT", "ε_μμ^dT", "", x => Sm.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, 0, x)), -0.3, 0.3, [[-0.011, 0.011]]),
        new("mu_nu", "μ_ν", MuUnit, x => Sm.With(MagneticMoment.Universal(x * 1e-10)), 0, 400, [[0, 4.3]]),
        new("mu_nu_e", "μ_νe", MuUnit, x => Sm.With(MagneticMoment.ForFlavor(LeptonFlavor.Electron, x * 1e-10)), 0, 600, [[0, 5.2]]),
        new("mu_nu_mu", "μ_νμ", MuUnit, x => Sm.With(MagneticMoment.ForFlavor(LeptonFlavor.Muon, x * 1e-10)), 0, 600, [[0, 4.6]]),
        new("r2_nu", "⟨r²_ν⟩", R2Unit, x => Sm.With(ChargeRadius.Universal(Area.FromSquareCentimeters(x * 1e-32))), -60, 40, [[-31.4, -23.1], [-4.9, 3.4]]),
        new("r2_nu_e", "⟨r²_νe⟩", R2Unit, x => Sm.With(ChargeRadius.ForFlavor(LeptonFlavor.Electron, Area.FromSquareCentimeters(x * 1e-32))), -80, 40, [[-38.0, -26.6], [-1.4, 10.1]]),
        new("r2_nu_mu", "⟨r²_νμ⟩", R2Unit, x => Sm.With(ChargeRadius.ForFlavor(LeptonFlavor.Muon, Area.FromSquareCentimeters(x * 1e-32))), -80, 40, [[-39.6, -27.4], [-0.6, 11.7]]),
    ];

    public static Table1Row Row(string key) => Rows.Single(r => r.Key == key);
}
