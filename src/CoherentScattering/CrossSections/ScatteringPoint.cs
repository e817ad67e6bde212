using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.CrossSections;

/// <summary>
/// Where a cross section is evaluated: the neutrino flavour, the nucleus, the recoil energy T (MeV) and the squared
/// nuclear form factor F²(q²) at that recoil (supplied by the caller, who owns the nuclear-structure choice).
/// </summary>
/// <param name="Flavor">Neutrino flavour.</param>
/// <param name="Nucleus">Target nucleus.</param>
/// <param name="RecoilMev">Nuclear recoil kinetic energy T in MeV, ≥ 0.</param>
/// <param name="FormFactorSquared">F²(q²) at q² = 2MT, in [0, 1].</param>
public readonly record struct ScatteringPoint(NeutrinoFlavor Flavor, Nucleus Nucleus, double RecoilMev, double FormFactorSquared)
{
    /// <summary>Nuclear mass M in MeV.</summary>
    public double MassMev => Nucleus.MassMev;

    /// <summary>The minimum neutrino energy that can produce this recoil, E_min(T).</summary>
    public double MinNeutrinoEnergyMev => Kinematics.MinNeutrinoEnergyMev(RecoilMev, Nucleus.MassMev);

    /// <summary>Builds a point with F² from a form factor.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="recoilMev">T in MeV, ≥ 0 and finite.</param>
    /// <param name="formFactor">Form factor (Helm of Eq. 3 when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or not finite.</exception>
    public static ScatteringPoint Create(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev, IFormFactor? formFactor = null)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        Guard.NonNegative(recoilMev);
        double f = (formFactor ?? HelmFormFactor.Paper).Evaluate(nucleus, Kinematics.MomentumTransferMev(recoilMev, nucleus.MassMev));
        return new ScatteringPoint(flavor, nucleus, recoilMev, f * f);
    }
}
