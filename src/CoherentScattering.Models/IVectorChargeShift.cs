using CoherentScattering.CrossSections;
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

    /// <summary>True when the shift splits into a proton and a neutron part (<see cref="NucleonChargeShift"/>), so that a
    /// model holding it can use separate proton and neutron form factors (every shift of the library does). False by
    /// default.</summary>
    bool SplitsByNucleon => false;

    /// <summary>δQ split by nucleon, δQ = δQ_p + δQ_n, the part proportional to Z and the part proportional to N (so that
    /// with separate form factors the amplitude is (Q_p + δQ_p) F_p + (Q_n + δQ_n) F_n, Cadeddu et al., PRL 120, 072501
    /// (2018), Eq. 1–2).</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Nucleus.</param>
    /// <param name="recoilMev">T in MeV.</param>
    /// <exception cref="NotSupportedException">The shift does not split (<see cref="SplitsByNucleon"/> is false).</exception>
    NucleonCharges NucleonChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev) =>
        throw new NotSupportedException($"{GetType().Name} does not split its charge shift into proton and neutron parts (SplitsByNucleon is false).");
}
