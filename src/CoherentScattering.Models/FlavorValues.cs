using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>One number per lepton family (e, μ, τ): a per-flavour coupling, moment, radius or mixing. Immutable.</summary>
/// <param name="Electron">Value for ν_e and ν̄_e.</param>
/// <param name="Muon">Value for ν_μ and ν̄_μ.</param>
/// <param name="Tau">Value for ν_τ and ν̄_τ.</param>
/// <exception cref="ArgumentOutOfRangeException">A value that is not finite.</exception>
public readonly record struct FlavorValues(double Electron, double Muon, double Tau)
{
    /// <summary>Value for ν_e and ν̄_e.</summary>
    public double Electron { get; } = Guard.Finite(Electron);

    /// <summary>Value for ν_μ and ν̄_μ.</summary>
    public double Muon { get; } = Guard.Finite(Muon);

    /// <summary>Value for ν_τ and ν̄_τ.</summary>
    public double Tau { get; } = Guard.Finite(Tau);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"FlavorValues {{ Electron = {Electron}, Muon = {Muon}, Tau = {Tau} }}");

    /// <summary>All zero.</summary>
    public static FlavorValues Zero => default;

    /// <summary>The same value for every family.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static FlavorValues Universal(double value) => new(Guard.Finite(value), value, value);

    /// <summary>The value of a family.</summary>
    /// <param name="flavor">The family.</param>
    public double this[LeptonFlavor flavor] => flavor switch
    {
        LeptonFlavor.Electron => Electron,
        LeptonFlavor.Muon => Muon,
        LeptonFlavor.Tau => Tau,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), Guard.Text($"flavor must be a defined LeptonFlavor, got {(int)flavor}.")),
    };

    /// <summary>A copy with another value for one family.</summary>
    /// <param name="flavor">The family.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour or a value that is not finite.</exception>
    public FlavorValues With(LeptonFlavor flavor, double value) => Guard.Defined(flavor) switch
    {
        LeptonFlavor.Electron => new(Guard.Finite(value), Muon, Tau),
        LeptonFlavor.Muon => new(Electron, Guard.Finite(value), Tau),
        _ => new(Electron, Muon, Guard.Finite(value)),
    };

    /// <summary>Family-wise sum.</summary>
    /// <param name="other">The other values.</param>
    /// <exception cref="ArgumentOutOfRangeException">A sum outside the double range.</exception>
    public FlavorValues Plus(FlavorValues other) => new(
        Guard.FiniteResult(Electron + other.Electron, nameof(other), "the sum"),
        Guard.FiniteResult(Muon + other.Muon, nameof(other), "the sum"),
        Guard.FiniteResult(Tau + other.Tau, nameof(other), "the sum"));
}
