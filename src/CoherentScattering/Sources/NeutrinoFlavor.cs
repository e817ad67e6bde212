namespace CoherentScattering.Sources;

/// <summary>Neutrino flavour and helicity: ν_e, ν_μ, ν_τ and their antineutrinos.</summary>
public enum NeutrinoFlavor
{
    /// <summary>ν_e.</summary>
    ElectronNeutrino,
    /// <summary>ν_μ.</summary>
    MuonNeutrino,
    /// <summary>ν_τ.</summary>
    TauNeutrino,
    /// <summary>ν̄_e.</summary>
    ElectronAntineutrino,
    /// <summary>ν̄_μ.</summary>
    MuonAntineutrino,
    /// <summary>ν̄_τ.</summary>
    TauAntineutrino,
}
