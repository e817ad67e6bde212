namespace CoherentScattering.CrossSections;

/// <summary>
/// A differential CEvNS cross section dσ/dT(E, T): the plugin point for the Standard Model and every new-physics model.
/// </summary>
/// <remarks>
/// <para>Units: MeV⁻³ (natural units; multiply by (ħc)² for cm²/MeV). The form factor is supplied in the
/// <see cref="ScatteringPoint"/>. The cross section must be zero for E &lt; E_min(T) (T above T_max(E) = 2E²/(M + 2E)),
/// non-negative, finite and thread-safe.</para>
/// <para>A model that can write dσ/dT = A + B/E + C/E² at fixed T returns true from <see cref="TryGetKinematicForm"/>; the
/// rate engine then integrates over the spectrum analytically. A model that cannot (returns false) is integrated
/// numerically through <see cref="DifferentialCrossSection"/> with the same result.</para>
/// </remarks>
public interface ICrossSectionModel
{
    /// <summary>Short name for reports.</summary>
    string Name { get; }

    /// <summary>dσ/dT in MeV⁻³ at neutrino energy E.</summary>
    /// <param name="point">Flavour, nucleus, recoil and F².</param>
    /// <param name="neutrinoMev">E in MeV, ≥ 0.</param>
    double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev);

    /// <summary>The kinematic form A + B/E + C/E² at this recoil, when the model has one.</summary>
    /// <param name="point">Flavour, nucleus, recoil and F².</param>
    /// <param name="form">The coefficients when available.</param>
    /// <returns>False when the model has no such form (the numerical path is used).</returns>
    bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form);

    /// <summary>True when dσ/dT grows like 1/T as T → 0 (a neutrino magnetic moment), so that an event count over a
    /// region starting at zero recoil is infinite; the rate engine then refuses such a region. False by default.</summary>
    bool DivergesAtZeroRecoil => false;

    /// <summary>True when the model builds its vector amplitude as Q_p F_p + Q_n F_n from a point's
    /// <see cref="ScatteringPoint.ProtonFormFactor"/> and <see cref="ScatteringPoint.NeutronFormFactor"/> when the point
    /// has them (Cadeddu et al., PRL 120, 072501 (2018), Eq. 1–2), so that separate proton and neutron distributions
    /// (<see cref="NucleonDistributionModel"/>) can apply to it. False by default: such a model is refused there.</summary>
    bool ResolvesNucleonFormFactors => false;
}
