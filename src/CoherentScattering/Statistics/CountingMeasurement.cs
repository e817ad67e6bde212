namespace CoherentScattering.Statistics;

/// <summary>
/// A single-bin counting measurement as in COHERENT 2017 and paper Eq. (6): the measured signal N_meas (beam-on
/// coincidence minus anti-coincidence), the beam-on prompt-neutron background B_0n, the steady-state background B_ss,
/// and the fractional uncertainties σ_ξ (signal normalisation) and σ_ζ (B_0n normalisation).
/// </summary>
public sealed record CountingMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="observedEvents">N_meas (may be negative for a background-subtracted count), |N_meas| ≤ 1e250.</param>
    /// <param name="beamOnBackground">B_0n in [0, 1e250].</param>
    /// <param name="steadyStateBackground">B_ss in [0, 1e250].</param>
    /// <param name="signalUncertainty">σ_ξ in [1e-6, 1e6] (fraction).</param>
    /// <param name="backgroundUncertainty">σ_ζ in [1e-6, 1e6] (fraction).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range, or σ_stat² = N_meas + 2B_ss + B_0n ≤ 0.</exception>
    public CountingMeasurement(double observedEvents, double beamOnBackground, double steadyStateBackground, double signalUncertainty, double backgroundUncertainty)
    {
        ObservedEvents = Guard.Magnitude(observedEvents, Guard.QuantityLimit);
        BeamOnBackground = Guard.InRange(beamOnBackground, 0.0, Guard.QuantityLimit);
        SteadyStateBackground = Guard.InRange(steadyStateBackground, 0.0, Guard.QuantityLimit);
        SignalUncertainty = Guard.InRange(signalUncertainty, 1e-6, 1e6);
        BackgroundUncertainty = Guard.InRange(backgroundUncertainty, 1e-6, 1e6);
        if (!(StatisticalVariance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(observedEvents), Guard.Text(
                $"σ_stat² = N_meas + 2 B_ss + B_0n = {StatisticalVariance} must be positive: N_meas = {observedEvents} is too negative for the backgrounds."));
        }
    }

    /// <summary>COHERENT 2017 CsI (paper Sec. II; data release): N_meas = 142, B_0n = 6, B_ss = 405, σ_ξ = 0.28, σ_ζ = 0.25.</summary>
    public static CountingMeasurement Coherent2017 { get; } = new(142, 6, 405, 0.28, 0.25);

    /// <summary>N_meas.</summary>
    public double ObservedEvents { get; }

    /// <summary>B_0n.</summary>
    public double BeamOnBackground { get; }

    /// <summary>B_ss.</summary>
    public double SteadyStateBackground { get; }

    /// <summary>σ_ξ.</summary>
    public double SignalUncertainty { get; }

    /// <summary>σ_ζ.</summary>
    public double BackgroundUncertainty { get; }

    /// <inheritdoc />
    public override string ToString() => Guard.Text(
        $"CountingMeasurement {{ N_meas = {ObservedEvents}, B_0n = {BeamOnBackground}, B_ss = {SteadyStateBackground}, σ_ξ = {SignalUncertainty}, σ_ζ = {BackgroundUncertainty} }}");

    /// <summary>σ_stat² = N_meas + 2 B_ss + B_0n (Eq. 6; the printed "N_stat" is N_meas: erratum E4). 958 for COHERENT 2017.</summary>
    public double StatisticalVariance => ObservedEvents + 2 * SteadyStateBackground + BeamOnBackground;
}
