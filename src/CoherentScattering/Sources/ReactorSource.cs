using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>
/// A nuclear reactor core as a ν̄_e source: thermal power P, fission fractions f_i, energies per fission E_i, baseline L
/// and live time t, with the Huber–Mueller spectra per fission (<see cref="ReactorAntineutrinoSpectrum"/>).
/// </summary>
/// <remarks>
/// Fissions per second P/Σ f_i E_i; fluence at the detector (isotropic point source)
/// Φ·t = P t / (Σ f_i E_i) · Σ f_i N_i / (4π L²), with N_i the ν̄_e yield per fission of isotope i over the model's
/// energy range (docs/reactor-sources.md, Eq. R1). No oscillation over the baseline (L ≪ 1 km).
/// </remarks>
public sealed class ReactorSource : INeutrinoSource
{
    /// <summary>Creates the source.</summary>
    /// <param name="thermalPower">Thermal power P, &gt; 0.</param>
    /// <param name="fractions">Fission fractions.</param>
    /// <param name="baseline">Core–detector distance L, &gt; 0.</param>
    /// <param name="liveTime">Live time t, &gt; 0.</param>
    /// <param name="model">Treatment of the spectrum outside 2–8 MeV.</param>
    /// <param name="energiesPerFission">Energies per fission; <see cref="FissionEnergies.Ma2013"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive power, baseline or live time, an undefined model, or
    /// a fluence outside (0, 1e250] cm⁻² (the message names the argument that drives it out).</exception>
    /// <exception cref="ArgumentNullException">No fractions.</exception>
    public ReactorSource(Power thermalPower, FissionFractions fractions, Length baseline, Duration liveTime,
        ReactorSpectrumModel model = ReactorSpectrumModel.HuberMueller2to8, FissionEnergies? energiesPerFission = null)
    {
        Guard.Positive(thermalPower.Watts, nameof(thermalPower));
        Guard.Positive(baseline.Meters, nameof(baseline));
        Guard.Positive(liveTime.Seconds, nameof(liveTime));
        ThermalPower = thermalPower;
        Baseline = baseline;
        LiveTime = liveTime;
        Fractions = Guard.NotNull(fractions);
        EnergiesPerFission = energiesPerFission ?? FissionEnergies.Ma2013;
        Spectrum = new ReactorAntineutrinoSpectrum(fractions, Guard.Defined(model));
        double fluence = FluencePerSquareCentimeter;
        if (!(fluence > 0 && fluence <= Guard.QuantityLimit))
        {
            // Name the argument furthest from a power-reactor value (3 GW, 20 m, 100 d) on a log scale.
            double p = Math.Abs(Math.Log10(thermalPower.Watts / 3e9)), t = Math.Abs(Math.Log10(liveTime.Seconds / 8.64e6)), l = 2 * Math.Abs(Math.Log10(baseline.Meters / 20));
            string name = p >= t && p >= l ? nameof(thermalPower) : t >= l ? nameof(liveTime) : nameof(baseline);
            throw new ArgumentOutOfRangeException(name, Guard.Text(
                $"The fluence P·t/(Σf·E)·N/(4πL²) = {fluence} cm⁻² (P = {thermalPower.Watts} W, t = {liveTime.Seconds} s, L = {baseline.Meters} m) must lie in (0, {Guard.QuantityLimit}]."));
        }
    }

    /// <summary>Thermal power P.</summary>
    public Power ThermalPower { get; }

    /// <summary>Fission fractions f_i.</summary>
    public FissionFractions Fractions { get; }

    /// <summary>Energies per fission E_i.</summary>
    public FissionEnergies EnergiesPerFission { get; }

    /// <inheritdoc />
    public Length Baseline { get; }

    /// <summary>Live time t.</summary>
    public Duration LiveTime { get; }

    /// <summary>The normalised ν̄_e spectrum of the core.</summary>
    public ReactorAntineutrinoSpectrum Spectrum { get; }

    /// <summary>Always null: a reactor is a steady source.</summary>
    public PionDecayArrivalTime? ArrivalTime => null;

    /// <summary>Fissions per second P / Σ f_i E_i.</summary>
    public double FissionsPerSecond => ThermalPower.Watts / (EnergiesPerFission.MeanMev(Fractions) * PhysicalConstants.MegaelectronvoltJoules);

    /// <summary>ν̄_e per cm² per second at the detector over the model's energy range.</summary>
    public double FluxPerSquareCentimeterPerSecond =>
        FissionsPerSecond * Spectrum.AntineutrinosPerFission / (4 * Math.PI * Baseline.Centimeters) / Baseline.Centimeters; // no overflow of L²

    /// <summary>ν̄_e per cm² at the detector over the live time (Eq. R1 of docs/reactor-sources.md).</summary>
    public double FluencePerSquareCentimeter => FluxPerSquareCentimeterPerSecond * LiveTime.Seconds;

    /// <summary>One ν̄_e component with <see cref="FluencePerSquareCentimeter"/> and <see cref="Spectrum"/>.</summary>
    public NeutrinoFlux ToFlux() =>
        new([new FluxComponent(NeutrinoFlavor.ElectronAntineutrino, FluencePerSquareCentimeter, Spectrum, "reactor ν̄_e")], Baseline);

    /// <inheritdoc />
    public override string ToString() => Guard.Text(
        $"ReactorSource {{ ThermalPower = {ThermalPower}, Fractions = {Fractions}, Baseline = {Baseline}, LiveTime = {LiveTime}, Model = {Spectrum.Model} }}");
}
