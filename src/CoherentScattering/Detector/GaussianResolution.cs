using CoherentScattering.Numerics;

namespace CoherentScattering.Detector;

/// <summary>Gaussian smearing with σ = √(σ₀² + a² x) (and σ = 0 for a = σ₀ = 0: no smearing), x in the observable's unit:
/// a constant width σ₀ (electronic noise) and a statistical √x term added in quadrature, the usual form of a
/// semiconductor's resolution (e.g. Knoll, Radiation Detection and Measurement, 4th ed., Eq. 12.7 with the Fano term).
/// CENNS-10: σ/E = 0.58/√(E/keVee), i.e. a = 0.58 keVee^{1/2}, σ₀ = 0.</summary>
/// <remarks>Each bin's integral ∫ G(x; x_true, σ) a(x) dx is a 16-panel, 8-node Gauss–Legendre sum over the bin's overlap
/// with x_true ± 8σ (the Gaussian mass beyond is below 1e-15); without smearing the whole value lands in its bin with
/// weight a(x_true).</remarks>
public sealed class GaussianResolution : IResolution
{
    private static readonly GaussLegendre Rule = new(8);

    /// <summary>No smearing.</summary>
    public static GaussianResolution None { get; } = new(0);

    /// <summary>CENNS-10 liquid argon (release <c>LArParametersAnlA.yaml</c>): a = 0.58 keVee^{1/2}.</summary>
    public static GaussianResolution Cenns10 { get; } = new(0.58);

    /// <summary>Creates the resolution.</summary>
    /// <param name="squareRootCoefficient">a in σ = a√x (observable units^{1/2}), in [0, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public GaussianResolution(double squareRootCoefficient) => SquareRootCoefficient = Guard.InRange(squareRootCoefficient, 0.0, 100.0);

    /// <summary>Creates the resolution with a constant width as well.</summary>
    /// <param name="squareRootCoefficient">a in σ² = σ₀² + a² x (observable units^{1/2}), in [0, 100].</param>
    /// <param name="constantWidth">σ₀ in the observable's unit, in [0, 1e6].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public GaussianResolution(double squareRootCoefficient, double constantWidth)
        : this(squareRootCoefficient) => ConstantWidth = Guard.InRange(constantWidth, 0.0, 1e6);

    /// <summary>a.</summary>
    public double SquareRootCoefficient { get; }

    /// <summary>σ₀, the constant width (0 unless given).</summary>
    public double ConstantWidth { get; }

    /// <inheritdoc />
    public string Name => SquareRootCoefficient == 0 && ConstantWidth == 0 ? "none"
        : ConstantWidth == 0 ? Guard.Text($"Gaussian σ = {SquareRootCoefficient}√x")
        : Guard.Text($"Gaussian σ = √({ConstantWidth}² + {SquareRootCoefficient}² x)");

    /// <summary>σ at a true value x ≥ 0.</summary>
    /// <param name="trueValue">x in the observable's unit, in [0, 1e12].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public double Width(double trueValue)
    {
        double x = Guard.InRange(trueValue, 0.0, 1e12);
        return ConstantWidth == 0 ? SquareRootCoefficient * Math.Sqrt(x) : Math.Sqrt(ConstantWidth * ConstantWidth + SquareRootCoefficient * SquareRootCoefficient * x);
    }

    /// <inheritdoc />
    public void Distribute(double trueValue, IReadOnlyList<double> edges, IAcceptance efficiency, Span<double> column)
    {
        double centre = Guard.InRange(trueValue, 0.0, 1e12), sigma = Width(centre);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(efficiency);
        if (!(sigma > 0))
        {
            int b = BinOf(edges, centre);
            if (b >= 0 && b < column.Length)
            {
                column[b] = efficiency.Evaluate(centre);
            }

            return;
        }

        double lowest = centre - 8 * sigma, highest = centre + 8 * sigma;
        double norm = 1 / (sigma * Math.Sqrt(2 * Math.PI));
        for (int b = 0; b < column.Length; b++)
        {
            double lo = Math.Max(edges[b], lowest), hi = Math.Min(edges[b + 1], highest);
            if (!(hi > lo))
            {
                continue;
            }

            double sum = 0, width = (hi - lo) / 16;
            for (int p = 0; p < 16; p++)
            {
                double a = lo + p * width;
                sum += Rule.Integrate(v =>
                {
                    double z = (v - centre) / sigma;
                    return norm * Math.Exp(-0.5 * z * z) * efficiency.Evaluate(v);
                }, a, a + width);
            }

            column[b] = sum;
        }
    }

    internal static int BinOf(IReadOnlyList<double> edges, double x)
    {
        int lo = 0, hi = edges.Count - 1;
        if (!(x >= edges[0]) || !(x < edges[hi]))
        {
            return -1;
        }

        while (hi - lo > 1)
        {
            int mid = (lo + hi) / 2;
            if (x >= edges[mid])
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
