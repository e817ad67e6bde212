using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>A neutrino flux at the detector: one or more flavour components and the source–detector baseline.</summary>
/// <remarks>The baseline is carried so that flux modifiers (oscillation, Eq. 18) can use it.</remarks>
public sealed class NeutrinoFlux
{
    private readonly FluxComponent[] components;

    /// <summary>Creates a flux.</summary>
    /// <param name="components">At least one component.</param>
    /// <param name="baseline">Source–detector distance, &gt; 0.</param>
    /// <exception cref="ArgumentException">No components.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Non-positive baseline.</exception>
    public NeutrinoFlux(IEnumerable<FluxComponent> components, Length baseline)
    {
        ArgumentNullException.ThrowIfNull(components);
        this.components = components.ToArray();
        if (this.components.Length == 0)
        {
            throw new ArgumentException("A flux needs at least one component.", nameof(components));
        }

        Guard.Positive(baseline.Meters, nameof(baseline));
        Baseline = baseline;
    }

    /// <summary>The components.</summary>
    public IReadOnlyList<FluxComponent> Components => components;

    /// <summary>Source–detector distance.</summary>
    public Length Baseline { get; }

    /// <summary>Returns a flux whose components are transformed (for example oscillated spectra).</summary>
    /// <param name="transform">Maps each component to its replacement.</param>
    public NeutrinoFlux Select(Func<FluxComponent, FluxComponent> transform) => new(components.Select(transform), Baseline);

    /// <summary>Returns the same flux with every fluence multiplied by a factor (exposure scaling).</summary>
    /// <param name="factor">Non-negative factor.</param>
    public NeutrinoFlux Scale(double factor)
    {
        Guard.NonNegative(factor);
        return Select(c => c with { FluencePerSquareCentimeter = c.FluencePerSquareCentimeter * factor });
    }
}
