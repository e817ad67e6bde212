namespace CoherentScattering.Detector;

/// <summary>
/// An efficiency that is 1 up to an onset and falls exponentially after it: ε(x) = 1 for x &lt; a and
/// ε(x) = exp(−b (x − a)) for x ≥ a (a = <see cref="Onset"/>, b = <see cref="DecayRate"/>), in any observable's unit.
/// The timing efficiency of the COHERENT CsI[Na] 2021 analysis has this form in the arrival time.
/// </summary>
/// <remarks>COHERENT CsI[Na] 2021 (Akimov et al., PRL 129, 081801 (2022)): a = 520 ns, b = 0.0494 µs⁻¹, as used by
/// both public fits of its data release: BarbeauGroup/cohfit (<c>examples/user_functions/csi/transform_functions/csi.py</c>,
/// <c>time_efficiency</c>) and philippeller/Newtrinos.jl (<c>src/experiments/coherent/coherent_2020/coherent_csi.jl</c>,
/// <c>get_timing_efficiency</c>). The derivative jumps at the onset, reported as the one
/// <see cref="Discontinuities"/> point. Below the onset ε = 1 whatever x, so a negative time has efficiency 1 (cohfit
/// sets t &lt; 0 to 0; a fit axis starting at 0 never asks).</remarks>
public sealed class ExponentialTailEfficiency : IAcceptance
{
    private readonly double[] kink;

    /// <summary>Creates the efficiency.</summary>
    /// <param name="onset">a in the observable's unit, |a| ≤ 1e9.</param>
    /// <param name="decayRate">b in inverse observable units, in [0, 1e6] (0: ε ≡ 1).</param>
    /// <param name="name">Name for reports (the formula when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range or NaN.</exception>
    public ExponentialTailEfficiency(double onset, double decayRate, string? name = null)
    {
        Onset = Guard.InRange(onset, -1e9, 1e9);
        DecayRate = Guard.InRange(decayRate, 0.0, 1e6);
        Name = name ?? Guard.Text($"1 below {Onset}, exp(-{DecayRate} (x - {Onset})) above");
        kink = [Onset];
    }

    /// <summary>COHERENT CsI[Na] 2021 in µs: onset 0.52 µs, decay rate 0.0494 µs⁻¹ (see remarks).</summary>
    public static ExponentialTailEfficiency Coherent2021CsIMicroseconds { get; } = new(0.52, 0.0494, "COHERENT 2021 CsI timing efficiency (t in µs)");

    /// <summary>a, the onset.</summary>
    public double Onset { get; }

    /// <summary>b, the decay rate per observable unit.</summary>
    public double DecayRate { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<double> Discontinuities => Array.AsReadOnly(kink);

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">x not finite.</exception>
    public double Evaluate(double observable)
    {
        double x = Guard.Finite(observable);
        return x < Onset ? 1.0 : Math.Exp(-DecayRate * (x - Onset)); // cohfit csi.py time_efficiency: exp(-b (t - a)) for t ≥ a
    }
}
