using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// An effect that adds coherently to the Standard-Model amplitude by shifting the vector weak charge,
/// Q_V → Q_V + δQ (Eq. 2 normalisation, Q_V = g_p^V Z + g_n^V N): vector NSI (Eq. 8), the neutrino charge radius
/// (Eq. 17), a vector Z′ (Eq. 21, corrected). Shifts of several effects add.
/// </summary>
public interface IVectorChargeShift
{
    /// <summary>δQ for a flavour, nucleus and recoil energy (dimensionless, may depend on T through a propagator).</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Nucleus.</param>
    /// <param name="recoilMev">T in MeV.</param>
    double ChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev);

    /// <summary>True when δQ does not depend on the recoil energy (contact interactions: NSI, charge radius); the model
    /// is then separable and the rate engine's fastest path applies.</summary>
    bool IsRecoilIndependent => false;
}
