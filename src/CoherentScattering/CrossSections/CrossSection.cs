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
        Guard.NonNegative(neutrinoEnergy.Megaelectronvolts, nameof(neutrinoEnergy));
        Guard.NonNegative(recoilEnergy.Megaelectronvolts, nameof(recoilEnergy));
        var point = ScatteringPoint.Create(flavor, nucleus, recoilEnergy.Megaelectronvolts, formFactor);
        double hbarc = PhysicalConstants.HbarCMevCm;
        return model.DifferentialCrossSection(point, neutrinoEnergy.Megaelectronvolts) * hbarc * hbarc;
    }

    /// <summary>The total cross section σ(E) = ∫₀^{T_max} dσ/dT dT, by Gauss–Legendre quadrature (64 nodes).</summary>
    /// <param name="model">The model.</param>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="neutrinoEnergy">E, ≥ 0.</param>
    /// <param name="formFactor">Form factor (Helm when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite energy.</exception>
    public static Area Total(this ICrossSectionModel model, NeutrinoFlavor flavor, Nucleus nucleus, Energy neutrinoEnergy, IFormFactor? formFactor = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        double e = Guard.NonNegative(neutrinoEnergy.Megaelectronvolts, nameof(neutrinoEnergy));
        double tMax = Kinematics.MaxRecoilMev(e, nucleus.MassMev);
        double hbarc = PhysicalConstants.HbarCMevCm;
        double integral = TotalRule.Integrate(t => model.DifferentialCrossSection(ScatteringPoint.Create(flavor, nucleus, t, formFactor), e), 0, tMax);
        return Area.FromSquareCentimeters(integral * hbarc * hbarc);
    }
}
