using System.Globalization;

namespace CoherentScattering.Sources;

/// <summary>A discrete line λ(E) = δ(E − E₀): for example the prompt ν_μ of π⁺ → μ⁺ν_μ at rest.</summary>
/// <remarks>Integrated exactly: the line contributes f(E₀) when E₀ ≥ E_min, nothing otherwise. Never smeared.</remarks>
public sealed class MonoenergeticSpectrum : INeutrinoSpectrum
{
    private readonly double[] singularities;
    private readonly SpectrumMoments lineMoments; // M_k = E₀^{−k} above the threshold

    /// <summary>Creates a line at E₀.</summary>
    /// <param name="energyMev">Line energy E₀ in MeV, in [1e-9, 1e6] (1 meV to 1 TeV).</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range or not finite.</exception>
    public MonoenergeticSpectrum(double energyMev)
    {
        EnergyMev = Guard.InRange(energyMev, 1e-9, 1e6);
        singularities = [EnergyMev];
        lineMoments = new(1.0, 1.0 / EnergyMev, 1.0 / (EnergyMev * EnergyMev));
    }

    /// <summary>Line energy E₀ in MeV.</summary>
    public double EnergyMev { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"line at {EnergyMev:G6} MeV");

    /// <inheritdoc />
    public double MinimumEnergyMev => EnergyMev;

    /// <inheritdoc />
    public double MaximumEnergyMev => EnergyMev;

    /// <inheritdoc />
    public IReadOnlyList<double> Singularities => singularities;

    /// <inheritdoc />
    public double Density(double energyMev) => 0.0;

    /// <inheritdoc />
    public SpectrumMoments InverseMoments(double minimumEnergyMev) =>
        EnergyMev >= Guard.NonNegative(minimumEnergyMev) ? lineMoments : default;

    // The same at many thresholds, without an interface call per threshold.
    void INeutrinoSpectrum.InverseMoments(ReadOnlySpan<double> minimumEnergiesMev, Span<SpectrumMoments> moments)
    {
        for (int i = 0; i < minimumEnergiesMev.Length; i++)
        {
            moments[i] = EnergyMev >= Guard.NonNegative(minimumEnergiesMev[i], "minimumEnergyMev") ? lineMoments : default;
        }
    }

    /// <inheritdoc />
    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        return EnergyMev >= Guard.NonNegative(minimumEnergyMev) ? Guard.FiniteResult(integrand(EnergyMev), nameof(integrand), "the integrand at the line") : 0.0;
    }
}
