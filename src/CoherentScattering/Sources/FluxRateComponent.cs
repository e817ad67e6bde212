using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>One flavour of a steady source at the detector: its flux per unit time (ν cm⁻² s⁻¹) and its normalised
/// spectrum. Over an exposure t it becomes the <see cref="FluxComponent"/> of fluence flux · t.</summary>
public sealed record FluxRateComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="fluxPerSquareCentimeterPerSecond">Neutrinos per cm² per second at the detector, in [0, 1e250].</param>
    /// <param name="spectrum">Normalised energy distribution.</param>
    /// <param name="label">Optional label (the flavour's key when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or a negative, non-finite or too large flux.</exception>
    /// <exception cref="ArgumentNullException">No spectrum.</exception>
    public FluxRateComponent(NeutrinoFlavor flavor, double fluxPerSquareCentimeterPerSecond, INeutrinoSpectrum spectrum, string? label = null)
    {
        Flavor = Guard.Defined(flavor);
        FluxPerSquareCentimeterPerSecond = Guard.InRange(fluxPerSquareCentimeterPerSecond, 0.0, Guard.QuantityLimit);
        Spectrum = Guard.NotNull(spectrum);
        Label = label is null ? flavor.Key() : Guard.Excerpt(label);
    }

    /// <summary>A tabulated flux density at the detector, keeping its absolute normalisation: the flux is the table's
    /// integral (<see cref="TabulatedSpectrum.TableIntegral"/>).</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="fluxDensity">The table with densities in ν cm⁻² s⁻¹ MeV⁻¹.</param>
    /// <param name="label">Optional label.</param>
    /// <exception cref="ArgumentOutOfRangeException">The table's integral exceeds 1e250 ν cm⁻² s⁻¹.</exception>
    public static FluxRateComponent FromTable(NeutrinoFlavor flavor, TabulatedSpectrum fluxDensity, string? label = null) =>
        new(flavor, Guard.InRange(Guard.NotNull(fluxDensity).TableIntegral, 0.0, Guard.QuantityLimit, nameof(fluxDensity)), fluxDensity, label ?? fluxDensity.Name);

    /// <summary>A monoenergetic line (an electron-capture source such as ⁵¹Cr, or the prompt ν_μ of pion decay).</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="energy">Line energy, in [1e-9, 1e6] MeV.</param>
    /// <param name="fluxPerSquareCentimeterPerSecond">Neutrinos per cm² per second, in [0, 1e250].</param>
    /// <param name="label">Optional label.</param>
    /// <exception cref="ArgumentOutOfRangeException">Energy or flux out of range.</exception>
    public static FluxRateComponent Line(NeutrinoFlavor flavor, Energy energy, double fluxPerSquareCentimeterPerSecond, string? label = null) =>
        new(flavor, fluxPerSquareCentimeterPerSecond, new MonoenergeticSpectrum(Guard.InRange(energy.Megaelectronvolts, TabulatedSpectrum.MinimumTableEnergyMev, TabulatedSpectrum.MaximumTableEnergyMev, nameof(energy))), label);

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavor Flavor { get; }

    /// <summary>Flux at the detector in ν cm⁻² s⁻¹.</summary>
    public double FluxPerSquareCentimeterPerSecond { get; }

    /// <summary>Normalised energy distribution.</summary>
    public INeutrinoSpectrum Spectrum { get; }

    /// <summary>Label for reports.</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"FluxRateComponent {{ {Label}: {Flavor.Key()}, {FluxPerSquareCentimeterPerSecond:G6} cm⁻² s⁻¹, {Spectrum.Name} }}");
}
