namespace CoherentScattering.Sources;

/// <summary>How the Huber–Mueller ν̄_e spectrum per fission is treated outside its fitted range 2–8 MeV
/// (see docs/reactor-sources.md).</summary>
public enum ReactorSpectrumModel
{
    /// <summary>The bare parametrisation exp(Σ_k a_k E^k) of Huber, PRC 84, 024617 (2011) (²³⁵U, ²³⁹Pu, ²⁴¹Pu) and
    /// Mueller et al., PRC 83, 054615 (2011) (²³⁸U) on 2–8 MeV, zero outside: the range over which the fits were made,
    /// for comparison with other codes. The default.</summary>
    HuberMueller2to8,

    /// <summary>The same exponential polynomials evaluated on 1.8–10 MeV. Caveat: outside 2–8 MeV this is an
    /// extrapolation of a fit, not a prediction of the papers (below 2 MeV the true spectrum has further, non-equilibrium
    /// and low-energy contributions; above 8 MeV the fit is unconstrained). Use it only to gauge the sensitivity of a
    /// result to the spectrum ends.</summary>
    HuberMuellerExtrapolated,
}
