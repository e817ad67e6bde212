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
        this.components = Guard.NoNulls(components);
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
    /// <exception cref="ArgumentException">The transform returned null or built an invalid component.</exception>
    public NeutrinoFlux Select(Func<FluxComponent, FluxComponent> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        FluxComponent[] transformed;
        try
        {
            transformed = components.Select(transform).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The transform built an invalid component: {e.Message}", nameof(transform), e);
        }

        return transformed.Contains(null) ? throw new ArgumentException("The transform returned null for a component.", nameof(transform)) : new(transformed, Baseline);
    }

    /// <summary>Returns the same flux with every fluence multiplied by a factor (exposure scaling).</summary>
    /// <param name="factor">Non-negative factor; the scaled fluences must stay within [0, 1e250] cm⁻².</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite factor, or a scaled fluence out of range.</exception>
    public NeutrinoFlux Scale(double factor)
    {
        Guard.NonNegative(factor);
        double largest = components.Max(c => c.FluencePerSquareCentimeter);
        Guard.InRange(largest * factor, 0.0, Guard.QuantityLimit, nameof(factor));
        return Select(c => c with { FluencePerSquareCentimeter = c.FluencePerSquareCentimeter * factor });
    }
}
