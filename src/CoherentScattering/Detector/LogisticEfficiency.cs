using CoherentScattering.Experiments;

namespace CoherentScattering.Detector;

/// <summary>
/// A logistic efficiency in the observable, eff(x) = a/(1 + exp(−b(x − c))) + d, clamped to [0, 1]: values below 0 are
/// 0 and values above 1 are 1 (the form of the COHERENT CsI[Na] 2021 release, <c>effCoefficients.txt</c>, whose curves
/// go negative below about 7 PE).
/// </summary>
/// <remarks>The public fits of the release clamp the same way at 0: Newtrinos.jl
/// (<c>src/experiments/coherent/coherent_2020/coherent_csi.jl</c>, <c>eff</c>) takes max(eff, 0), and BarbeauGroup/cohfit
/// (<c>examples/user_functions/csi/transform_functions/csi.py</c>) sets negative values to 0 (it also sets x &gt; 60 PE
/// to 0, which is the region of interest, not the efficiency). The points where the clamp sets in are reported as
/// <see cref="Discontinuities"/> (the derivative jumps there).</remarks>
public sealed class LogisticEfficiency : IAcceptance
{
    private readonly double[] kinks;

    /// <summary>Creates the efficiency.</summary>
    /// <param name="amplitude">a, in [−1e3, 1e3].</param>
    /// <param name="slope">b in inverse observable units, in [−1e3, 1e3].</param>
    /// <param name="midpoint">c in observable units, in [−1e6, 1e6].</param>
    /// <param name="offset">d, in [−1e3, 1e3].</param>
    /// <param name="name">Name for reports (the formula when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public LogisticEfficiency(double amplitude, double slope, double midpoint, double offset, string? name = null)
    {
        Amplitude = Guard.InRange(amplitude, -1e3, 1e3);
        Slope = Guard.InRange(slope, -1e3, 1e3);
        Midpoint = Guard.InRange(midpoint, -1e6, 1e6);
        Offset = Guard.InRange(offset, -1e3, 1e3);
        Name = name ?? Guard.Text($"logistic a/(1 + exp(-b(x - c))) + d, a = {Amplitude}, b = {Slope}, c = {Midpoint}, d = {Offset}");
        kinks = new[] { 0.0, 1.0 }.Select(Crossing).Where(double.IsFinite).Distinct().Order().ToArray();
    }

    /// <summary>One curve of the COHERENT CsI[Na] 2021 release (x in reconstructed PE), read from the embedded
    /// <c>effCoefficients.txt</c>. The file labels both alternatives "+1 sigma"; the second (c = 11.8832) is the −1σ curve
    /// (<see cref="Coherent2021CsIEfficiencyCurve.MinusOneSigma"/>).</summary>
    /// <param name="curve">Nominal, +1σ or −1σ.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined curve.</exception>
    public static LogisticEfficiency Coherent2021CsI(Coherent2021CsIEfficiencyCurve curve)
    {
        var c = Coherent2021CsIRelease.EfficiencyCoefficients(curve);
        return new LogisticEfficiency(c[0], c[1], c[2], c[3], Guard.Text($"COHERENT 2021 CsI efficiency ({curve})"));
    }

    /// <summary>A nuisance step: coefficients c_nominal + z (c_+1σ − c_nominal), as Newtrinos.jl does
    /// (<c>coherent_csi.jl</c>, <c>csi_eff_coefficients</c>); z = −1 gives the release's −1σ curve within the rounding of
    /// the file's printed digits (its coefficients are 2·nominal − (+1σ) to that precision).</summary>
    /// <param name="pull">z, in [−5, 5].</param>
    /// <exception cref="ArgumentOutOfRangeException">z out of range.</exception>
    public static LogisticEfficiency Coherent2021CsI(double pull)
    {
        Guard.InRange(pull, -5.0, 5.0);
        var nominal = Coherent2021CsIRelease.EfficiencyCoefficients(Coherent2021CsIEfficiencyCurve.Nominal);
        var plus = Coherent2021CsIRelease.EfficiencyCoefficients(Coherent2021CsIEfficiencyCurve.PlusOneSigma);
        var c = nominal.Select((n, k) => n + pull * (plus[k] - n)).ToArray();
        return new LogisticEfficiency(c[0], c[1], c[2], c[3], Guard.Text($"COHERENT 2021 CsI efficiency (z = {pull})"));
    }

    /// <summary>a.</summary>
    public double Amplitude { get; }

    /// <summary>b.</summary>
    public double Slope { get; }

    /// <summary>c.</summary>
    public double Midpoint { get; }

    /// <summary>d.</summary>
    public double Offset { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<double> Discontinuities => Array.AsReadOnly(kinks);

    /// <summary>The formula before clamping, a/(1 + exp(−b(x − c))) + d.</summary>
    /// <param name="observable">x, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">x not finite.</exception>
    public double Unclamped(double observable)
    {
        double x = Guard.Finite(observable);
        return Amplitude / (1 + Math.Exp(-Slope * (x - Midpoint))) + Offset; // effCoefficients.txt: eff_E(x) = a/(1 + exp(-b(x - c))) + d
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">x not finite.</exception>
    public double Evaluate(double observable) => Math.Clamp(Unclamped(observable), 0.0, 1.0);

    // <summary>The x where the unclamped curve crosses <paramref name="level"/> (NaN when it never does).</summary>
    // <param name="level">The level.</param>
    private double Crossing(double level)
    {
        double s = (level - Offset) / Amplitude; // the logistic's value at the crossing, in (0, 1)
        return Slope != 0 && s > 0 && s < 1 ? Midpoint - Math.Log(1 / s - 1) / Slope : double.NaN;
    }
}
