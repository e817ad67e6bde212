namespace CoherentScattering.Sources;

/// <summary>
/// A normalised neutrino energy distribution λ(E), ∫λ dE = 1 (the λ_να of Eq. 4). May hold discrete lines.
/// </summary>
/// <remarks>
/// Two ways to integrate against it: <see cref="InverseMoments(double)"/> (exact or pre-tabulated moments; the fast path for
/// cross sections of kinematic form) and <see cref="Integrate"/> (any integrand; the general path). Both must agree.
/// Implementations are immutable and thread-safe.
/// </remarks>
public interface INeutrinoSpectrum
{
    /// <summary>Short description for reports.</summary>
    string Name { get; }

    /// <summary>Lowest energy with non-zero density, MeV.</summary>
    double MinimumEnergyMev { get; }

    /// <summary>Highest energy with non-zero density (endpoint or line), MeV.</summary>
    double MaximumEnergyMev { get; }

    /// <summary>Energies (MeV) at which the moments, as functions of the threshold, are not smooth: lines, endpoints and
    /// tabulation knots. The rate engine places quadrature panel edges at the recoils these energies produce.</summary>
    IReadOnlyList<double> Singularities { get; }

    /// <summary>Continuous density λ(E) in MeV⁻¹ (lines are not included: they are delta functions).</summary>
    /// <param name="energyMev">Neutrino energy in MeV.</param>
    double Density(double energyMev);

    /// <summary>M_k = ∫_{E ≥ E_min} λ(E) E^{−k} dE for k = 0, 1, 2, including lines at or above the threshold.</summary>
    /// <param name="minimumEnergyMev">Threshold E_min in MeV, ≥ 0 (a spectrum whose density does not vanish at E = 0
    /// refuses thresholds at which its E⁻¹ and E⁻² moments diverge).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite threshold.</exception>
    SpectrumMoments InverseMoments(double minimumEnergyMev);

    /// <summary>The moments for many thresholds at once (the rate engine asks for one per recoil node). Spectra whose
    /// moments are expensive (oscillated ones) override this with a single cumulative pass.</summary>
    /// <param name="minimumEnergiesMev">Thresholds, any order, each ≥ 0.</param>
    /// <param name="moments">Destination, same length.</param>
    void InverseMoments(ReadOnlySpan<double> minimumEnergiesMev, Span<SpectrumMoments> moments)
    {
        for (int i = 0; i < minimumEnergiesMev.Length; i++)
        {
            moments[i] = InverseMoments(minimumEnergiesMev[i]);
        }
    }

    /// <summary>∫_{E ≥ E_min} λ(E) f(E) dE for a smooth integrand f (lines contribute f(E_line) times their weight).</summary>
    /// <param name="integrand">f(E) with E in MeV.</param>
    /// <param name="minimumEnergyMev">Threshold E_min in MeV, ≥ 0.</param>
    double Integrate(Func<double, double> integrand, double minimumEnergyMev);
}
