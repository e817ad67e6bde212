namespace CoherentScattering.Sources;

/// <summary>The charged-lepton family of a neutrino (ε_ee acts on ν_e and ν̄_e, ε_μμ on ν_μ and ν̄_μ).</summary>
public enum LeptonFlavor
{
    /// <summary>e.</summary>
    Electron,
    /// <summary>μ.</summary>
    Muon,
    /// <summary>τ.</summary>
    Tau,
}
