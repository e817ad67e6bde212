using CoherentScattering.Numerics;
using MathNet.Numerics;

namespace CoherentScattering.Detector;

/// <summary>
/// The photoelectron smearing of the COHERENT CsI[Na] 2021 analysis: the reconstructed PE x follows a gamma
/// distribution P(x) = (a(1+b))^(1+b)/Γ(1+b) · x^b · e^(−a(1+b)x), i.e. shape 1 + b and rate a(1 + b), with
/// a = 1/μ and b = β·E_ee, where μ is the true mean PE and E_ee = μ/LY (LY the light yield).
/// </summary>
/// <remarks>
/// <para>Source: Newtrinos.jl, <c>src/experiments/coherent/coherent_2020/coherent_csi.jl</c> (repository
/// philippeller/Newtrinos.jl), <c>gamma_pdf_integrated_over_bins</c>: resolution = [0.0749, 9.56], a = 0.0749/E_ee,
/// b = 9.56·E_ee (E_ee in keVee), gamma shape k = 1 + b and scale θ = 1/(a(1 + b)). The mean kθ = 1/a = E_ee/0.0749 =
/// 13.351·E_ee is the true PE at the light yield 13.35 PE/keVee of the same file, so a is not a separate
/// parameter: here a = 1/μ exactly, the mean is the true PE μ = LY·E_ee (at LY = 13.35, 0.008 % below Newtrinos' mean E_ee/0.0749),
/// and the variance is kθ² = μ²/(1 + b). BarbeauGroup/cohfit reads a precomputed detector matrix
/// (<c>examples/config/csi.json</c>) and has no gamma code in its public tree.</para>
/// <para>Each bin's value is ∫_bin P(x) a(x) dx with a(x) the efficiency in the reconstructed PE, as
/// <see cref="GaussianResolution"/> does (Newtrinos instead multiplies by the efficiency at the bin centre and
/// renormalises the bins to sum to one; here mass outside the bins is lost, a ROI cut). The bin is cut at the
/// efficiency's discontinuities and into 16 panels across its overlap with the distribution's support
/// [max(0, μ − 12σ), μ + 12σ + 40θ] (σ = μ/√k; the mass beyond is below 1e-20); each panel's gamma mass is exact,
/// from the regularized incomplete gamma function (MathNet <c>GammaLowerRegularized</c>/<c>GammaUpperRegularized</c>),
/// and is weighted by the density-weighted mean of a(x) over the panel (an 8-node Gauss–Legendre ratio). With a ≡ 1
/// a column is the gamma mass in each bin. A true value of 0 (or below 1e-250 PE) is reconstructed at 0.</para>
/// <para>In a <see cref="ResponseChain"/> use the light yield as the chain's scale (PE per keVee), so that the true
/// value handed to this step is μ = LY·E_ee.</para>
/// </remarks>
public sealed class GammaPhotoelectrons : IResolution
{
    private static readonly GaussLegendre Rule = new(8);
    private const int Panels = 16;

    /// <summary>The largest true value (PE) accepted.</summary>
    public const double MaxTrueValue = 1e9;

    /// <summary>COHERENT CsI[Na] 2021: light yield 13.35 PE/keVee, β = 9.56 keVee⁻¹ (Newtrinos.jl <c>coherent_csi.jl</c>).</summary>
    public static GammaPhotoelectrons Coherent2021CsI { get; } = new(13.35, 9.56);

    /// <summary>Creates the smearing.</summary>
    /// <param name="lightYield">LY in PE per keVee, in [1e-3, 1e4]: E_ee = μ/LY.</param>
    /// <param name="shapeCoefficient">β in b = β·E_ee, keVee⁻¹, in [0, 1e4] (0: an exponential distribution of mean μ).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public GammaPhotoelectrons(double lightYield, double shapeCoefficient)
    {
        LightYield = Guard.InRange(lightYield, 1e-3, 1e4);
        ShapeCoefficient = Guard.InRange(shapeCoefficient, 0.0, 1e4);
    }

    /// <summary>LY in PE per keVee.</summary>
    public double LightYield { get; }

    /// <summary>β in keVee⁻¹.</summary>
    public double ShapeCoefficient { get; }

    /// <inheritdoc />
    public string Name => Guard.Text($"gamma PE smearing (LY = {LightYield} PE/keVee, b = {ShapeCoefficient} E_ee)");

    /// <summary>The gamma shape k = 1 + b = 1 + β μ/LY for a true mean μ.</summary>
    /// <param name="trueValue">μ in PE, in [0, 1e9].</param>
    /// <exception cref="ArgumentOutOfRangeException">μ out of range.</exception>
    public double Shape(double trueValue) => 1 + ShapeCoefficient * Guard.InRange(trueValue, 0.0, MaxTrueValue) / LightYield; // k = 1 + b, b = β E_ee

    /// <summary>The gamma scale θ = μ/k = 1/(a(1 + b)) in PE (mean kθ = μ, variance kθ² = μ²/(1 + b)).</summary>
    /// <param name="trueValue">μ in PE, in [0, 1e9].</param>
    /// <exception cref="ArgumentOutOfRangeException">μ out of range.</exception>
    public double Scale(double trueValue) => Guard.InRange(trueValue, 0.0, MaxTrueValue) / Shape(trueValue); // θ = 1/(a(1+b)), a = 1/μ

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">x_true negative, not finite or above 1e9 PE.</exception>
    /// <exception cref="ArgumentNullException">Null edges or efficiency.</exception>
    /// <exception cref="ArgumentException">Fewer edges than the column's length + 1.</exception>
    public void Distribute(double trueValue, IReadOnlyList<double> edges, IAcceptance efficiency, Span<double> column)
    {
        double mu = Guard.InRange(trueValue, 0.0, MaxTrueValue);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(efficiency);
        if (edges.Count < column.Length + 1)
        {
            throw new ArgumentException(Guard.Text($"edges needs one more value than the column's {column.Length} bins, got {edges.Count}."), nameof(edges));
        }

        if (!(mu >= 1e-250))
        {
            int b = GaussianResolution.BinOf(edges, 0.0);
            if (b >= 0 && b < column.Length)
            {
                column[b] = efficiency.Evaluate(0.0);
            }

            return;
        }

        var gamma = new Density(Shape(mu), Scale(mu));
        double sigma = mu / Math.Sqrt(gamma.K);
        double lowest = Math.Max(0, mu - 12 * sigma), highest = mu + 12 * sigma + 40 * gamma.Theta;
        double[] jumps = efficiency.Discontinuities.Where(x => x > lowest && x < highest).Order().ToArray();
        var points = new List<double>(Panels + 8);
        for (int b = 0; b < column.Length; b++)
        {
            double lo = edges[b], hi = edges[b + 1];
            if (!(hi > lowest) || !(lo < highest) || !(hi > lo))
            {
                continue; // below 1e-20 of the mass
            }

            double c0 = Math.Max(lo, lowest), c1 = Math.Min(hi, highest);
            points.Clear();
            for (int p = 0; p <= Panels; p++)
            {
                points.Add(p == Panels ? c1 : c0 + p * ((c1 - c0) / Panels));
            }

            points.AddRange(jumps.Where(x => x > c0 && x < c1));
            points.Sort();
            double sum = 0;
            var previous = gamma.Cdf(points[0]);
            for (int p = 0; p + 1 < points.Count; p++)
            {
                var next = gamma.Cdf(points[p + 1]);
                double mass = Density.Mass(previous, next);
                if (mass > 0)
                {
                    sum += mass * gamma.MeanEfficiency(efficiency, points[p], points[p + 1]);
                }

                previous = next;
            }

            // The bin's parts beyond the support hold less than 1e-20 of the mass; they take the efficiency at its edge.
            if (lo < c0)
            {
                sum += Density.Mass(gamma.Cdf(lo), gamma.Cdf(c0)) * efficiency.Evaluate(c0);
            }

            if (hi > c1)
            {
                sum += Density.Mass(gamma.Cdf(c1), gamma.Cdf(hi)) * efficiency.Evaluate(c1);
            }

            column[b] = sum;
        }
    }

    // The gamma density of shape k and scale θ, its regularized CDF and partial masses.
    private readonly record struct Density(double K, double Theta)
    {
        // (P, Q) = (P(k, x/θ), 1 − P): the smaller of the two is computed (below or above the mean), the other follows,
        // so a tail mass keeps its relative precision; x/θ beyond the double range gives P = 1.
        public (double Lower, double Upper) Cdf(double x)
        {
            if (!(x > 0))
            {
                return (0, 1);
            }

            double z = x / Theta;
            if (!double.IsFinite(z))
            {
                return (1, 0);
            }

            if (z < K)
            {
                double lower = SpecialFunctions.GammaLowerRegularized(K, z);
                return (lower, 1 - lower);
            }

            double upper = SpecialFunctions.GammaUpperRegularized(K, z);
            return (1 - upper, upper);
        }

        // ∫_u^v p(x) dx from the CDF at u and v: from Q when u lies in the upper half, from P otherwise.
        public static double Mass((double Lower, double Upper) atU, (double Lower, double Upper) atV) =>
            Math.Max(0, atU.Upper <= 0.5 ? atU.Upper - atV.Upper : atV.Lower - atU.Lower);

        private double LogDensity(double x) => (K - 1) * Math.Log(x) - x / Theta; // up to a constant

        // ∫ p a / ∫ p over [u, v] by 8-node Gauss–Legendre, the density scaled by its largest node value.
        public double MeanEfficiency(IAcceptance efficiency, double u, double v)
        {
            double half = 0.5 * (v - u), mid = 0.5 * (u + v), top = double.NegativeInfinity;
            Span<double> log = stackalloc double[Rule.Order];
            for (int i = 0; i < log.Length; i++)
            {
                log[i] = LogDensity(mid + half * Rule.Node(i));
                top = Math.Max(top, log[i]);
            }

            if (!double.IsFinite(top))
            {
                return efficiency.Evaluate(mid);
            }

            double weighted = 0, total = 0;
            for (int i = 0; i < log.Length; i++)
            {
                double w = Rule.Weight(i) * Math.Exp(log[i] - top);
                weighted += w * efficiency.Evaluate(mid + half * Rule.Node(i));
                total += w;
            }

            return total > 0 ? weighted / total : efficiency.Evaluate(mid);
        }
    }
}
