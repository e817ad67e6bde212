#if NET10_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif
using CoherentScattering.Numerics;

namespace CoherentScattering.Sources;

/// <summary>
/// The delayed spectra of μ⁺ → e⁺ ν_e ν̄_μ at rest (Michel spectra without radiative corrections), x = E/m_μ, 0 ≤ E ≤ m_μ/2:
/// ν_e: λ(E) = (192/m_μ) x² (1/2 − x); ν̄_μ: λ(E) = (64/m_μ) x² (3/4 − x). Each is normalised to one.
/// </summary>
/// <remarks>
/// Source: the standard V−A result (e.g. Avignone &amp; Efremenko, J. Phys. G 29, 2615, 2003, the paper's Ref. [59]); these
/// are the curves of Fig. S2 of COHERENT 2017 (reference calculation R2 in docs/physics.md). The moments ∫_{E_min} λ E^{−k} dE are polynomials in
/// x_min and are evaluated in closed form.
/// </remarks>
public sealed class MuonDecayAtRestSpectrum : INeutrinoSpectrum
{
    /// <summary>ν_e from μ⁺ decay at rest: λ = (192/m_μ) x²(1/2 − x).</summary>
    public static readonly MuonDecayAtRestSpectrum ElectronNeutrino = new(isElectronNeutrino: true);

    /// <summary>ν̄_μ from μ⁺ decay at rest: λ = (64/m_μ) x²(3/4 − x).</summary>
    public static readonly MuonDecayAtRestSpectrum MuonAntineutrino = new(isElectronNeutrino: false);

    private static readonly GaussLegendre Rule = new(48);
    private readonly bool isElectronNeutrino;
    private readonly double muonMassMev = PhysicalConstants.MuonMassMev;
    private readonly double[] singularities;
    private readonly double c0, d0, c1, d1, c2, d2;   // the antiderivatives: low_k(x) = x^{3−k}(c_k + d_k x)
    private readonly double top0, top1, top2;         // and their values at the endpoint x = 1/2
    private readonly double inverseMass, inverseMassSquared;

    private MuonDecayAtRestSpectrum(bool isElectronNeutrino)
    {
        this.isElectronNeutrino = isElectronNeutrino;
        singularities = [MaximumEnergyMev];
        (c0, d0, c1, d1, c2, d2) = isElectronNeutrino ? (32.0, -48.0, 48.0, -64.0, 96.0, -96.0) : (16.0, -16.0, 24.0, -64.0 / 3, 48.0, -32.0);
        top0 = 0.125 * (c0 + 0.5 * d0);
        top1 = 0.25 * (c1 + 0.5 * d1);
        top2 = 0.5 * (c2 + 0.5 * d2);
        inverseMass = 1 / muonMassMev;
        inverseMassSquared = 1 / (muonMassMev * muonMassMev);
    }

    /// <inheritdoc />
    public string Name => isElectronNeutrino ? "μ-DAR ν_e (Michel)" : "μ-DAR ν̄_μ (Michel)";

    /// <inheritdoc />
    public double MinimumEnergyMev => 0.0;

    /// <inheritdoc />
    public double MaximumEnergyMev => 0.5 * muonMassMev;

    /// <inheritdoc />
    public IReadOnlyList<double> Singularities => singularities;

    /// <inheritdoc />
    public double Density(double energyMev)
    {
        if (Guard.Finite(energyMev) < 0 || energyMev > MaximumEnergyMev)
        {
            return 0.0;
        }

        double x = energyMev / muonMassMev;
        return isElectronNeutrino
            ? 192 / muonMassMev * x * x * (0.5 - x)
            : 64 / muonMassMev * x * x * (0.75 - x);
    }

    /// <inheritdoc />
    public SpectrumMoments InverseMoments(double minimumEnergyMev) => Moments(Guard.NonNegative(minimumEnergyMev));

    // The same moments at many thresholds without an interface call per threshold, four at a time where the hardware
    // has vector arithmetic (the operations of Moments in the same order: the same numbers).
    void INeutrinoSpectrum.InverseMoments(ReadOnlySpan<double> minimumEnergiesMev, Span<SpectrumMoments> moments)
    {
        int k = 0;
#if NET10_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated && moments.Length >= minimumEnergiesMev.Length)
        {
            Vector256<double> inverse = Vector256.Create(inverseMass), inverseSquared = Vector256.Create(inverseMassSquared);
            Vector256<double> half = Vector256.Create(0.5), infinity = Vector256.Create(double.PositiveInfinity);
            for (; k + Vector256<double>.Count <= minimumEnergiesMev.Length; k += Vector256<double>.Count)
            {
                var e = Vector256.Create(minimumEnergiesMev.Slice(k));
                if (!Vector256.GreaterThanOrEqualAll(e, Vector256<double>.Zero) || !Vector256.LessThanAll(e, infinity))
                {
                    break; // an invalid threshold: the scalar loop below throws
                }

                var x = e * inverse;
                var inside = Vector256.LessThan(x, half); // at or above the endpoint x = 1/2: no moments
                var m0 = Vector256.BitwiseAnd(inside, Vector256.Create(top0) - x * x * x * (Vector256.Create(c0) + Vector256.Create(d0) * x));
                var m1 = Vector256.BitwiseAnd(inside, (Vector256.Create(top1) - x * x * (Vector256.Create(c1) + Vector256.Create(d1) * x)) * inverse);
                var m2 = Vector256.BitwiseAnd(inside, (Vector256.Create(top2) - x * (Vector256.Create(c2) + Vector256.Create(d2) * x)) * inverseSquared);
                moments[k] = new(m0.GetElement(0), m1.GetElement(0), m2.GetElement(0));
                moments[k + 1] = new(m0.GetElement(1), m1.GetElement(1), m2.GetElement(1));
                moments[k + 2] = new(m0.GetElement(2), m1.GetElement(2), m2.GetElement(2));
                moments[k + 3] = new(m0.GetElement(3), m1.GetElement(3), m2.GetElement(3));
            }
        }
#endif
        for (; k < minimumEnergiesMev.Length; k++)
        {
            moments[k] = Moments(Guard.NonNegative(minimumEnergiesMev[k], "minimumEnergyMev"));
        }
    }

    // M_k = ∫_{x_min}^{1/2} λ x^{−k} dx / m_μ^k with the antiderivatives of 192 x^{2−k}(1/2 − x) (ν_e) or
    // 64 x^{2−k}(3/4 − x) (ν̄_μ) in Horner form: ν_e: x³(32 − 48x), x²(48 − 64x), x(96 − 96x); ν̄_μ: x³(16 − 16x),
    // x²(24 − 64x/3), x(48 − 32x). Multiplications only (1/m_μ and 1/m_μ² computed once).
    private SpectrumMoments Moments(double minimumEnergyMev)
    {
        double x = minimumEnergyMev * inverseMass;
        if (x >= 0.5)
        {
            return default;
        }

        double low0 = x * x * x * (c0 + d0 * x), low1 = x * x * (c1 + d1 * x), low2 = x * (c2 + d2 * x);
        return new(top0 - low0, (top1 - low1) * inverseMass, (top2 - low2) * inverseMassSquared);
    }

    /// <inheritdoc />
    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        double low = Guard.NonNegative(minimumEnergyMev);
        return low >= MaximumEnergyMev ? 0.0
            : Guard.FiniteResult(Rule.Integrate(e => Density(e) * integrand(e), low, MaximumEnergyMev), nameof(integrand), "the integral");
    }
}
