using CoherentScattering.Experiments;

namespace CoherentScattering.Detector;

/// <summary>
/// A scintillation response polynomial in the recoil without a constant term, in the units of the COHERENT CsI[Na]
/// 2021 release (<c>scintRespCoefficients.txt</c>): E_ee(x) = Σ_{k=1}^{n} c_k x^k with x = T in MeVnr and E_ee in MeVee.
/// The interface is in keV: E_ee/keVee = 1000 · Σ c_k (T/(1000 keVnr))^k.
/// </summary>
/// <remarks>E_ee must increase: the constructor requires c₁ &gt; 0 (the slope at T = 0) and finds the first recoil at
/// which the slope dE_ee/dT = Σ k c_k x^(k−1) stops being positive (scanning 4000 logarithmic points of
/// (1e-6, 1e6] keVnr and refining by bisection); <see cref="MaximumRecoilKiloelectronvolts"/> is the last recoil
/// below it. Every evaluation refuses recoils beyond that limit and, at the recoil itself, a slope or an E_ee that is
/// not positive (as <see cref="LinearQuenching"/> does). The release's five curves are all increasing up to 1e6 keVnr.
/// The public fits of the release clip a negative E_ee at zero instead (Newtrinos.jl); this class refuses it.</remarks>
public sealed class PolynomialQuenching : IQuenching
{
    private const double MaxRecoil = 1e6; // keVnr
    private readonly double[] coefficients;

    /// <summary>Creates the response.</summary>
    /// <param name="coefficients">c₁ … c_n (1 ≤ n ≤ 10) in MeVee/MeVnr^k, each finite with |c_k| ≤ 1e12; c₁ &gt; 0.</param>
    /// <param name="name">Name for reports (a description of the coefficients when null).</param>
    /// <exception cref="ArgumentNullException">Null coefficients.</exception>
    /// <exception cref="ArgumentException">No coefficient, more than ten, a coefficient not finite or beyond 1e12, or c₁ ≤ 0.</exception>
    public PolynomialQuenching(IReadOnlyList<double> coefficients, string? name = null)
    {
        this.coefficients = Guard.FiniteArray(coefficients);
        if (this.coefficients.Length is < 1 or > 10)
        {
            throw new ArgumentException(Guard.Text($"coefficients needs between 1 and 10 values (c1 … cn, no constant term), got {this.coefficients.Length}."), nameof(coefficients));
        }

        for (int k = 0; k < this.coefficients.Length; k++)
        {
            if (!(Math.Abs(this.coefficients[k]) <= 1e12))
            {
                throw new ArgumentException(Guard.Text($"coefficients[{k}] = {this.coefficients[k]} must lie in [-1e12, 1e12]."), nameof(coefficients));
            }
        }

        if (!(this.coefficients[0] > 0))
        {
            throw new ArgumentException(Guard.Text($"coefficients[0] (the linear term c1) must lie in (0, 1e12] so that E_ee increases from T = 0, got {this.coefficients[0]}."), nameof(coefficients));
        }

        Name = name ?? "E_ee/MeVee = " + string.Join(" + ", this.coefficients.Select((c, k) => Guard.Text($"{c} x^{k + 1}")));
        MaximumRecoilKiloelectronvolts = IncreasingLimit();
    }

    /// <summary>One curve of the COHERENT CsI[Na] 2021 release, read from the embedded <c>scintRespCoefficients.txt</c>.</summary>
    /// <param name="curve">Nominal or one of the four systematic ±1σ curves.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined curve.</exception>
    public static PolynomialQuenching Coherent2021CsI(Coherent2021CsIQuenchingCurve curve) =>
        new(Coherent2021CsIRelease.ScintillationCoefficients(curve), Guard.Text($"COHERENT 2021 CsI scintillation response ({curve})"));

    /// <summary>A nuisance step between the CsI[Na] 2021 curves: c = c_nominal + z₀ (c_model0,+1σ − c_nominal) +
    /// z₁ (c_model1,+1σ − c_nominal), the two-parameter interpolation of Newtrinos.jl
    /// (<c>src/experiments/coherent/coherent_2020/coherent_csi.jl</c>, <c>csi_qf_coefficients</c>); z = ±1 gives the
    /// release's +1σ curves of each model exactly and its −1σ curves within the rounding of the file's printed digits
    /// (the −1σ rows are 2·nominal − (+1σ) to that precision).</summary>
    /// <param name="model0Pull">z₀, in [−5, 5].</param>
    /// <param name="model1Pull">z₁, in [−5, 5].</param>
    /// <exception cref="ArgumentOutOfRangeException">A pull out of range.</exception>
    /// <exception cref="ArgumentException">Pulls for which c₁ is not positive (not reached within ±5).</exception>
    public static PolynomialQuenching Coherent2021CsI(double model0Pull, double model1Pull)
    {
        Guard.InRange(model0Pull, -5.0, 5.0);
        Guard.InRange(model1Pull, -5.0, 5.0);
        var nominal = Coherent2021CsIRelease.ScintillationCoefficients(Coherent2021CsIQuenchingCurve.Nominal);
        var plus0 = Coherent2021CsIRelease.ScintillationCoefficients(Coherent2021CsIQuenchingCurve.Model0PlusOneSigma);
        var plus1 = Coherent2021CsIRelease.ScintillationCoefficients(Coherent2021CsIQuenchingCurve.Model1PlusOneSigma);
        var c = nominal.Select((n, k) => n + model0Pull * (plus0[k] - n) + model1Pull * (plus1[k] - n)).ToArray();
        return new PolynomialQuenching(c, Guard.Text($"COHERENT 2021 CsI scintillation response (z0 = {model0Pull}, z1 = {model1Pull})"));
    }

    /// <summary>c₁ … c_n in MeVee/MeVnr^k (read-only).</summary>
    public IReadOnlyList<double> Coefficients => Array.AsReadOnly(coefficients);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The largest recoil (keVnr) the response accepts: the last recoil below the first one where the slope is
    /// no longer positive, at most 1e6 keVnr.</summary>
    public double MaximumRecoilKiloelectronvolts { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite, above <see cref="MaximumRecoilKiloelectronvolts"/>,
    /// or where E_ee or its slope is not positive.</exception>
    public double ElectronEquivalentKiloelectronvolts(double recoilKiloelectronvolts)
    {
        double t = Guard.InRange(recoilKiloelectronvolts, 0.0, MaximumRecoilKiloelectronvolts);
        double x = t * 1e-3; // keVnr → MeVnr
        double ee = Value(x), slope = Slope(x);
        if (!(slope > 0) || (t > 0 && !(ee > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(recoilKiloelectronvolts),
                Guard.Text($"E_ee = Σ c_k x^k is not increasing and positive at T = {t} keVnr (E_ee = {ee * 1e3} keVee, slope {slope} keVee/keVnr)."));
        }

        return ee * 1e3; // MeVee → keVee
    }

    /// <summary>The same form with other coefficients (a nuisance step).</summary>
    /// <param name="coefficients">c₁ … c_n, as in the constructor.</param>
    /// <exception cref="ArgumentException">Invalid coefficients.</exception>
    public PolynomialQuenching With(IReadOnlyList<double> coefficients) => new(coefficients);

    // E_ee(x) = Σ c_k x^k (Horner), x in MeVnr, E_ee in MeVee.
    private double Value(double x)
    {
        double sum = 0;
        for (int k = coefficients.Length - 1; k >= 0; k--)
        {
            sum = (sum + coefficients[k]) * x;
        }

        return sum;
    }

    // dE_ee/dx = Σ k c_k x^(k−1), dimensionless (MeVee/MeVnr = keVee/keVnr).
    private double Slope(double x)
    {
        double sum = 0;
        for (int k = coefficients.Length - 1; k >= 0; k--)
        {
            sum = sum * x + (k + 1) * coefficients[k];
        }

        return sum;
    }

    private bool Increasing(double tKev)
    {
        double x = tKev * 1e-3;
        return Slope(x) > 0 && Value(x) > 0;
    }

    private double IncreasingLimit()
    {
        const int points = 4000;
        double previous = 0;
        for (int i = 0; i <= points; i++)
        {
            double t = 1e-6 * Math.Pow(1e12, (double)i / points); // 1e-6 … 1e6 keVnr
            if (!Increasing(t))
            {
                double lo = previous, hi = t;
                for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++)
                {
                    double mid = 0.5 * (lo + hi);
                    (lo, hi) = Increasing(mid) ? (mid, hi) : (lo, mid);
                }

                return lo;
            }

            previous = t;
        }

        return MaxRecoil;
    }
}
