namespace CoherentScattering.Sources;

/// <summary>One flavour of a neutrino flux: its time-integrated fluence and its normalised spectrum.</summary>
public sealed record FluxComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="fluencePerSquareCentimeter">Neutrinos per cm² at the detector over the whole exposure (Φ·t_run), ≥ 0.</param>
    /// <param name="spectrum">Normalised energy distribution.</param>
    /// <param name="label">Optional label (e.g. "prompt", "delayed").</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite fluence.</exception>
    public FluxComponent(NeutrinoFlavor flavor, double fluencePerSquareCentimeter, INeutrinoSpectrum spectrum, string? label = null)
    {
        Flavor = flavor;
        FluencePerSquareCentimeter = Guard.NonNegative(fluencePerSquareCentimeter);
        Spectrum = Guard.NotNull(spectrum);
        Label = label ?? flavor.Key();
    }

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavor Flavor { get; }

    /// <summary>Time-integrated fluence in cm⁻².</summary>
    public double FluencePerSquareCentimeter { get; init; }

    /// <summary>Normalised energy distribution.</summary>
    public INeutrinoSpectrum Spectrum { get; init; }

    /// <summary>Label for reports.</summary>
    public string Label { get; }
}
