namespace CoherentScattering.Sources;

/// <summary>One flavour of a neutrino flux: its time-integrated fluence and its normalised spectrum.</summary>
public sealed record FluxComponent
{
    private readonly double fluence;
    private readonly INeutrinoSpectrum spectrum = null!;

    /// <summary>Creates a component.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="fluencePerSquareCentimeter">Neutrinos per cm² at the detector over the whole exposure (Φ·t_run), in [0, 1e250].</param>
    /// <param name="spectrum">Normalised energy distribution.</param>
    /// <param name="label">Optional label (e.g. "prompt", "delayed").</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative, non-finite or too large fluence.</exception>
    /// <exception cref="ArgumentNullException">No spectrum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour.</exception>
    public FluxComponent(NeutrinoFlavor flavor, double fluencePerSquareCentimeter, INeutrinoSpectrum spectrum, string? label = null)
    {
        Flavor = Guard.Defined(flavor);
        FluencePerSquareCentimeter = fluencePerSquareCentimeter;
        Spectrum = spectrum;
        Label = label is null ? flavor.Key() : Guard.Excerpt(label);
    }

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavor Flavor { get; }

    /// <summary>Time-integrated fluence in cm⁻², in [0, 1e250].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative, non-finite or larger value.</exception>
    public double FluencePerSquareCentimeter
    {
        get => fluence;
        init => fluence = Guard.InRange(value, 0.0, Guard.QuantityLimit, "fluencePerSquareCentimeter");
    }

    /// <summary>Normalised energy distribution.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public INeutrinoSpectrum Spectrum
    {
        get => spectrum;
        init => spectrum = Guard.NotNull(value, "spectrum");
    }

    /// <summary>Label for reports.</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"FluxComponent {{ {Label}: {Flavor.Key()}, fluence {FluencePerSquareCentimeter:G6} cm⁻², {Spectrum.Name} }}");
}
