using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Cli;

/// <summary>A model parameter of the command line: its key, the model it builds and its scan range.</summary>
internal sealed record ModelParameter(string Key, string Label, string Unit, Func<double, ICrossSectionModel> Model, double Low, double High, int Points = 201)
{
    /// <summary>Light-mediator masses accepted after <c>@</c>, in MeV.</summary>
    public const double MinMassMev = 1e-3, MaxMassMev = 1e5;

    /// <summary>The parameter keys: the 15 rows of Table I, <c>eps_ee_V</c> and <c>eps_mumu_V</c> (ε^u = ε^d, the
    /// heavy-mediator convention of the global NSI fits), and <c>g2_zprime@MASS</c>, <c>g2_scalar@MASS</c> (universal
    /// couplings g² at a mediator mass in MeV), and <c>rn_csi</c>, <c>rn_ar</c> (the neutron rms radius R_n in fm of ¹³³Cs
    /// and ¹²⁷I together, or of ⁴⁰Ar: Helm proton and neutron distributions, the proton radius from the measured charge
    /// radius; other nuclei keep the experiment's form factor).</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [.. Table1.Rows.Select(r => r.Key), "eps_ee_V", "eps_mumu_V", "g2_zprime@MASS", "g2_scalar@MASS", "rn_csi", "rn_ar"];

    // The neutron-radius scans: 0.05 fm steps.
    private const int RadiusPoints = 121;

    // The mediator scans resolve a bound about twenty times below their reach.
    private const int FinePoints = 1001;

    private static NewPhysicsModel Sm => NewPhysicsModel.Paper;

    /// <summary>The parameter of a key, scanned over its own range or over <paramref name="range"/>.</summary>
    /// <exception cref="UsageException">An unknown key or a mass out of range.</exception>
    public static ModelParameter Find(string key, (double Low, double High)? range)
    {
        var parameter = Find(key);
        return range is { } r ? parameter with { Low = r.Low, High = r.High } : parameter;
    }

    /// <summary>The parameter of a key.</summary>
    /// <exception cref="UsageException">An unknown key or a mass out of range.</exception>
    public static ModelParameter Find(string key)
    {
        if (Table1.Rows.FirstOrDefault(r => r.Key == key) is { } row)
        {
            return new(row.Key, row.Label, row.Unit, row.Model, row.Low, row.High);
        }

        switch (key)
        {
            case "eps_ee_V":
                return new(key, "ε_ee^V (ε^u = ε^d)", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, x, x)), -0.5, 1.0);
            case "eps_mumu_V":
                return new(key, "ε_μμ^V (ε^u = ε^d)", "", x => Sm.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, x, x)), -0.5, 1.0);
            case "rn_csi":
                // One R_n shared by Cs and I (Cadeddu et al., PRL 120, 072501 (2018)); argon keeps its default form factor.
                return new(key, "R_n(¹³³Cs, ¹²⁷I)", "fm", x => new NucleonDistributionModel(Sm,
                    [NucleonDistribution.FromChargeRadius(Nuclei.Cs133, x), NucleonDistribution.FromChargeRadius(Nuclei.I127, x)]), 3.0, 9.0, RadiusPoints);
            case "rn_ar":
                return new(key, "R_n(⁴⁰Ar)", "fm", x => new NucleonDistributionModel(Sm, [NucleonDistribution.FromChargeRadius(Nuclei.Ar40, x)]), 2.0, 8.0, RadiusPoints);
        }

        int at = key.IndexOf('@', StringComparison.Ordinal);
        string name = at < 0 ? key : key[..at];
        if (name is "g2_zprime" or "g2_scalar")
        {
            if (at < 0 || !double.TryParse(key[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double mass) || !(mass >= MinMassMev && mass <= MaxMassMev))
            {
                throw new UsageException($"{name} needs a mediator mass in MeV in [{MinMassMev}, {MaxMassMev}] after '@', e.g. {name}@10.");
            }

            // The scan reaches past the band where a vector Z′ cancels the SM charge, g²/(M² + 2MT) ≈ 2√2 G_F |Q_V|/(3A)
            // (paper Eq. 28–29), with 2MT ≈ 4000 MeV² for CsI and Ar at the COHERENT recoils; a scalar does not interfere and
            // is bounded an order of magnitude lower.
            var energy = Energy.FromMegaelectronvolts(mass);
            double reach = 2e-11 * (mass * mass + 4000);
            string m = mass.ToString("G6", CultureInfo.InvariantCulture);
            return name == "g2_zprime"
                ? new(key, $"g²_Z′ (M_Z′ = {m} MeV)", "", x => Sm.With(VectorMediator.Universal(energy, x)), 0, reach, FinePoints)
                : new(key, $"g²_φ (M_φ = {m} MeV)", "", x => Sm.With(ScalarMediator.Universal(energy, x)), 0, reach / 10, FinePoints);
        }

        throw new UsageException($"unknown parameter '{(key.Length > 40 ? key[..40] + "…" : key)}'. Keys: {string.Join(", ", Keys)}.");
    }

    /// <summary>The model of a point (x, y) of two parameters: both effects on one model (the vector-charge shifts and
    /// incoherent terms of both, the weak angle of whichever changes it, and the nucleon distributions of both, e.g.
    /// <c>rn_csi</c> with <c>rn_ar</c> or with an NSI coupling).</summary>
    /// <exception cref="UsageException">Two parameters that both change the Standard Model (the weak angle) or the same
    /// nucleus's distribution.</exception>
    public static Func<double, double, ICrossSectionModel> Pair(ModelParameter first, ModelParameter second)
    {
        var (a0, b0) = (Parts(first.Model(first.Low), first.Key), Parts(second.Model(second.Low), second.Key));
        if (!ReferenceEquals(a0.Model.StandardModel, Sm.StandardModel) && !ReferenceEquals(b0.Model.StandardModel, Sm.StandardModel))
        {
            throw new UsageException($"{first.Key} and {second.Key} both change the Standard Model couplings; a region needs at most one of them.");
        }

        if (a0.Distributions.Any(d => b0.Distributions.Any(e => d.AppliesTo(e.Nucleus))))
        {
            throw new UsageException($"{first.Key} and {second.Key} both set the nucleon distribution of one nucleus.");
        }

        return (x, y) =>
        {
            var (a, da) = Parts(first.Model(x), first.Key);
            var (b, db) = Parts(second.Model(y), second.Key);
            var sm = ReferenceEquals(a.StandardModel, Sm.StandardModel) ? b.StandardModel : a.StandardModel;
            var model = new NewPhysicsModel(sm, a.Shifts.Concat(b.Shifts), a.Terms.Concat(b.Terms));
            var distributions = da.Concat(db).ToArray();
            return distributions.Length == 0 ? model : new NucleonDistributionModel(model, distributions);
        };
    }

    // A parameter's model as its couplings and the nucleon distributions it sets.
    private static (NewPhysicsModel Model, IReadOnlyList<NucleonDistribution> Distributions) Parts(ICrossSectionModel model, string key) => model switch
    {
        NewPhysicsModel m => (m, []),
        StandardModel sm => (Sm.WithStandardModel(sm), []),
        NucleonDistributionModel { Model: var inner } d when inner is NewPhysicsModel or StandardModel => (Parts(inner, key).Model, d.Distributions),
        _ => throw new UsageException($"{key} cannot be combined with another parameter."),
    };
}
