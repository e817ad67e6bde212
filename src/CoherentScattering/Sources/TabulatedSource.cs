using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>
/// A steady source described as data: flux components at the detector with their absolute normalisation (tabulated
/// flux densities in ν cm⁻² s⁻¹ MeV⁻¹, or lines in ν cm⁻² s⁻¹) and an exposure time; the fluence of each component is
/// flux × exposure (Φ·t_run of Eq. 4). JSON <c>source.type</c> <c>tabulated</c> and <c>monoenergetic</c>.
/// </summary>
/// <remarks>The fluxes are those at the detector: the baseline only labels the set-up (a tabulated table already holds
/// the 1/(4πL²) of its source). No arrival-time model: the source is steady.</remarks>
public sealed class TabulatedSource : INeutrinoSource
{
    private readonly FluxRateComponent[] components;

    /// <summary>Creates the source.</summary>
    /// <param name="components">At least one component.</param>
    /// <param name="baseline">Source–detector distance (for reports), &gt; 0.</param>
    /// <param name="exposure">Exposure (live) time, &gt; 0.</param>
    /// <exception cref="ArgumentException">No components, a null component, or a fluence (flux × exposure) above 1e250 cm⁻².</exception>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive baseline or exposure.</exception>
    public TabulatedSource(IEnumerable<FluxRateComponent> components, Length baseline, Duration exposure)
    {
        this.components = Guard.NoNulls(components);
        if (this.components.Length == 0)
        {
            throw new ArgumentException("A tabulated source needs at least one flux component.", nameof(components));
        }

        Guard.Positive(baseline.Meters, nameof(baseline));
        Guard.Positive(exposure.Seconds, nameof(exposure));
        Baseline = baseline;
        Exposure = exposure;
        foreach (var c in this.components)
        {
            double fluence = c.FluxPerSquareCentimeterPerSecond * exposure.Seconds;
            if (!(fluence <= Guard.QuantityLimit))
            {
                throw new ArgumentException(Guard.Text($"The fluence of '{c.Label}' ({c.FluxPerSquareCentimeterPerSecond:G4} cm⁻² s⁻¹ × {exposure.Seconds:G4} s) exceeds {Guard.QuantityLimit} cm⁻²."), nameof(exposure));
            }
        }
    }

    /// <summary>The flux components (per second).</summary>
    public IReadOnlyList<FluxRateComponent> Components => components;

    /// <inheritdoc />
    public Length Baseline { get; }

    /// <summary>The exposure (live) time.</summary>
    public Duration Exposure { get; }

    /// <inheritdoc />
    public PionDecayArrivalTime? ArrivalTime => null;

    /// <inheritdoc />
    public NeutrinoFlux ToFlux() => new(
        components.Select(c => new FluxComponent(c.Flavor, c.FluxPerSquareCentimeterPerSecond * Exposure.Seconds, c.Spectrum, c.Label)), Baseline); // Φ·t_run

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"TabulatedSource {{ {components.Length} components, exposure {Exposure}, baseline {Baseline} }}");
}
