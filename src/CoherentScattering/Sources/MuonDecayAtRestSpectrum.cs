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

    private MuonDecayAtRestSpectrum(bool isElectronNeutrino)
    {
        this.isElectronNeutrino = isElectronNeutrino;
        singularities = [MaximumEnergyMev];
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
    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        double x = Guard.NonNegative(minimumEnergyMev) / muonMassMev;
        if (x >= 0.5)
        {
            return default;
        }

        var top = Primitive(0.5);
        var low = Primitive(x);
        return new(top.Zeroth - low.Zeroth, (top.First - low.First) / muonMassMev, (top.Second - low.Second) / (muonMassMev * muonMassMev));
    }

    // Antiderivatives in x of 192 x^{2−k}(1/2 − x) (ν_e) or 64 x^{2−k}(3/4 − x) (ν̄_μ), k = 0, 1, 2.
    private SpectrumMoments Primitive(double x)
    {
        double x2 = x * x, x3 = x2 * x, x4 = x3 * x;
        return isElectronNeutrino
            ? new(192 * (x3 / 6 - x4 / 4), 192 * (x2 / 4 - x3 / 3), 192 * (x / 2 - x2 / 2))
            : new(64 * (x3 / 4 - x4 / 4), 64 * (3 * x2 / 8 - x3 / 3), 64 * (3 * x / 4 - x2 / 2));
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
