using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.CrossSections;

/// <summary>Typed entry points to cross-section models.</summary>
public static class CrossSection
{
    private static readonly Numerics.GaussLegendre TotalRule = new(64);

    /// <summary>dσ/dT of a model in cm² per MeV of recoil, from typed energies.</summary>
    /// <param name="model">The model.</param>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="neutrinoEnergy">E, ≥ 0.</param>
    /// <param name="recoilEnergy">T, ≥ 0.</param>
    /// <param name="formFactor">Form factor (Helm of Eq. 3 when null).</param>
    /// <returns>dσ/dT in cm²/MeV; zero above T_max(E).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite energies.</exception>
    public static double DifferentialSquareCentimetersPerMev(this ICrossSectionModel model, NeutrinoFlavor flavor, Nucleus nucleus,
        Energy neutrinoEnergy, Energy recoilEnergy, IFormFactor? formFactor = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(nucleus);
        Guard.Defined(flavor);
        Guard.NonNegative(neutrinoEnergy.Megaelectronvolts, nameof(neutrinoEnergy));
        double t = Guard.InRange(recoilEnergy.Megaelectronvolts, 0.0, ScatteringPoint.MaximumRecoilMev, nameof(recoilEnergy));
        if (t == 0 && model.DivergesAtZeroRecoil)
        {
            throw new ArgumentOutOfRangeException(nameof(recoilEnergy), $"Model '{model.Name}' grows as 1/T: dσ/dT is infinite at T = 0.");
        }

        var point = ScatteringPoint.Create(flavor, nucleus, t, formFactor);
        double hbarc = PhysicalConstants.HbarCMevCm;
        double value;
        try
        {
            value = model.DifferentialCrossSection(point, neutrinoEnergy.Megaelectronvolts);
        }
        catch (ArgumentException e) when (e.ParamName is "point")
        {
            throw new ArgumentOutOfRangeException(nameof(recoilEnergy), e.Message.Replace(" (Parameter 'point')", "", StringComparison.Ordinal));
        }

        return Guard.FiniteResult(value * hbarc * hbarc, nameof(recoilEnergy), "dσ/dT");
    }

    /// <summary>The total cross section σ(E) = ∫₀^{T_max} dσ/dT dT, by Gauss–Legendre quadrature (64 nodes).</summary>
    /// <param name="model">The model.</param>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="neutrinoEnergy">E, ≥ 0.</param>
    /// <param name="formFactor">Form factor (Helm when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite energy.</exception>
    /// <exception cref="ArgumentException">A model whose total cross section diverges (a magnetic moment, 1/T).</exception>
    public static Area Total(this ICrossSectionModel model, NeutrinoFlavor flavor, Nucleus nucleus, Energy neutrinoEnergy, IFormFactor? formFactor = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(nucleus);
        Guard.Defined(flavor);
        double e = Guard.InRange(neutrinoEnergy.Megaelectronvolts, 0.0, ScatteringPoint.MaximumRecoilMev, nameof(neutrinoEnergy));
        if (model.DivergesAtZeroRecoil)
        {
            throw new ArgumentException($"Model '{model.Name}' grows as 1/T at zero recoil: its total cross section is infinite.", nameof(model));
        }

        double tMax = Kinematics.MaxRecoilMev(e, nucleus.MassMev);
        double hbarc = PhysicalConstants.HbarCMevCm;
        double integral;
        try
        {
            integral = TotalRule.Integrate(t => model.DifferentialCrossSection(ScatteringPoint.Create(flavor, nucleus, t, formFactor), e), 0, tMax);
        }
        catch (ArgumentException ex) when (ex.ParamName is "point" or "neutrinoMev")
        {
            throw new ArgumentException($"Model '{model.Name}' failed inside the recoil integral: {ex.Message}", nameof(model), ex);
        }

        return Area.FromSquareCentimeters(Guard.FiniteResult(integral * hbarc * hbarc, nameof(model), "the total cross section"));
    }
}
