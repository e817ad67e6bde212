namespace CoherentScattering.Statistics;

/// <summary>
/// A single-bin counting measurement as in COHERENT 2017 and paper Eq. (6): the measured signal N_meas (beam-on
/// coincidence minus anti-coincidence), the beam-on prompt-neutron background B_0n, the steady-state background B_ss,
/// and the fractional uncertainties σ_ξ (signal normalisation) and σ_ζ (B_0n normalisation).
/// </summary>
public sealed record CountingMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="observedEvents">N_meas (may be negative for a background-subtracted count; finite).</param>
    /// <param name="beamOnBackground">B_0n ≥ 0.</param>
    /// <param name="steadyStateBackground">B_ss ≥ 0.</param>
    /// <param name="signalUncertainty">σ_ξ &gt; 0 (fraction).</param>
    /// <param name="backgroundUncertainty">σ_ζ &gt; 0 (fraction).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range, or σ_stat² = N_meas + 2B_ss + B_0n ≤ 0.</exception>
    public CountingMeasurement(double observedEvents, double beamOnBackground, double steadyStateBackground, double signalUncertainty, double backgroundUncertainty)
    {
        ObservedEvents = Guard.Finite(observedEvents);
        BeamOnBackground = Guard.NonNegative(beamOnBackground);
        SteadyStateBackground = Guard.NonNegative(steadyStateBackground);
        SignalUncertainty = Guard.Positive(signalUncertainty);
        BackgroundUncertainty = Guard.Positive(backgroundUncertainty);
        Guard.Positive(StatisticalVariance, nameof(StatisticalVariance));
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

    /// <summary>σ_stat² = N_meas + 2 B_ss + B_0n (Eq. 6; the printed "N_stat" is N_meas: erratum E4). 958 for COHERENT 2017.</summary>
    public double StatisticalVariance => ObservedEvents + 2 * SteadyStateBackground + BeamOnBackground;
}
