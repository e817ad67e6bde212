using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>One number per lepton family (e, μ, τ): a per-flavour coupling, moment, radius or mixing. Immutable.</summary>
/// <param name="Electron">Value for ν_e and ν̄_e.</param>
/// <param name="Muon">Value for ν_μ and ν̄_μ.</param>
/// <param name="Tau">Value for ν_τ and ν̄_τ.</param>
public readonly record struct FlavorValues(double Electron, double Muon, double Tau)
{
    /// <summary>All zero.</summary>
    public static FlavorValues Zero => default;

    /// <summary>The same value for every family.</summary>
    /// <param name="value">The value.</param>
    public static FlavorValues Universal(double value) => new(value, value, value);

    /// <summary>The value of a family.</summary>
    /// <param name="flavor">The family.</param>
    public double this[LeptonFlavor flavor] => flavor switch
    {
        LeptonFlavor.Electron => Electron,
        LeptonFlavor.Muon => Muon,
        LeptonFlavor.Tau => Tau,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Unknown lepton flavour."),
    };

    /// <summary>A copy with another value for one family.</summary>
    /// <param name="flavor">The family.</param>
    /// <param name="value">The new value.</param>
    public FlavorValues With(LeptonFlavor flavor, double value) => flavor switch
    {
        LeptonFlavor.Electron => this with { Electron = value },
        LeptonFlavor.Muon => this with { Muon = value },
        LeptonFlavor.Tau => this with { Tau = value },
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Unknown lepton flavour."),
    };

    /// <summary>Family-wise sum.</summary>
    /// <param name="other">The other values.</param>
    public FlavorValues Plus(FlavorValues other) => new(Electron + other.Electron, Muon + other.Muon, Tau + other.Tau);
}
