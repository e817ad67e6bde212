namespace CoherentScattering.Sources;

/// <summary>Helpers for <see cref="NeutrinoFlavor"/>.</summary>
public static class NeutrinoFlavorExtensions
{
    /// <summary>The lepton family (e, μ, τ) regardless of helicity.</summary>
    public static LeptonFlavor Lepton(this NeutrinoFlavor flavor) => flavor switch
    {
        NeutrinoFlavor.ElectronNeutrino or NeutrinoFlavor.ElectronAntineutrino => LeptonFlavor.Electron,
        NeutrinoFlavor.MuonNeutrino or NeutrinoFlavor.MuonAntineutrino => LeptonFlavor.Muon,
        NeutrinoFlavor.TauNeutrino or NeutrinoFlavor.TauAntineutrino => LeptonFlavor.Tau,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), Guard.Text($"flavor must be a defined NeutrinoFlavor, got {(int)flavor}.")),
    };

    /// <summary>True for antineutrinos.</summary>
    public static bool IsAntineutrino(this NeutrinoFlavor flavor) => flavor >= NeutrinoFlavor.ElectronAntineutrino;

    /// <summary>Machine-readable key: <c>nu_e</c>, <c>nu_mu</c>, <c>nu_tau</c>, <c>nu_e_bar</c>, <c>nu_mu_bar</c>, <c>nu_tau_bar</c>.</summary>
    public static string Key(this NeutrinoFlavor flavor) => flavor switch
    {
        NeutrinoFlavor.ElectronNeutrino => "nu_e",
        NeutrinoFlavor.MuonNeutrino => "nu_mu",
        NeutrinoFlavor.TauNeutrino => "nu_tau",
        NeutrinoFlavor.ElectronAntineutrino => "nu_e_bar",
        NeutrinoFlavor.MuonAntineutrino => "nu_mu_bar",
        NeutrinoFlavor.TauAntineutrino => "nu_tau_bar",
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), Guard.Text($"flavor must be a defined NeutrinoFlavor, got {(int)flavor}.")),
    };

    /// <summary>Human-readable symbol: ν_e, ν_μ, ν̄_μ…</summary>
    public static string Symbol(this NeutrinoFlavor flavor) => flavor switch
    {
        NeutrinoFlavor.ElectronNeutrino => "ν_e",
        NeutrinoFlavor.MuonNeutrino => "ν_μ",
        NeutrinoFlavor.TauNeutrino => "ν_τ",
        NeutrinoFlavor.ElectronAntineutrino => "ν̄_e",
        NeutrinoFlavor.MuonAntineutrino => "ν̄_μ",
        NeutrinoFlavor.TauAntineutrino => "ν̄_τ",
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), Guard.Text($"flavor must be a defined NeutrinoFlavor, got {(int)flavor}.")),
    };
}
