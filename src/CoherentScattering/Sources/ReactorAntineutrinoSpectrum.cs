using CoherentScattering.Numerics;

namespace CoherentScattering.Sources;

/// <summary>
/// The normalised ν̄_e spectrum of a reactor core, λ(E) = Σ_i f_i S_i(E) / Σ_i f_i N_i, with S_i the Huber–Mueller
/// spectra per fission and N_i = ∫ S_i dE their yields over the model's energy range.
/// </summary>
/// <remarks>S_i(E) = exp(Σ_{k=0}^{5} a_k E^k): Huber, PRC 84, 024617 (2011) for ²³⁵U, ²³⁹Pu, ²⁴¹Pu; Mueller et al.,
/// PRC 83, 054615 (2011) for ²³⁸U. Moments and integrals by 32-point Gauss–Legendre quadrature on 0.25 MeV panels
/// (relative accuracy ~1e-13 for this smooth density); the moments are accumulated once from the top.</remarks>
public sealed class ReactorAntineutrinoSpectrum : INeutrinoSpectrum
{
    private const double PanelMev = 0.25;
    private static readonly GaussLegendre Rule = new(32);
    private readonly double[] knots;
    private readonly SpectrumMoments[] cumulativeAbove; // ∫_{knot_i}^{E_max} λ E^{−k} dE
    private readonly double[] singularities;
    private readonly double[] weights; // f_i / Σ f_j N_j, so that λ = Σ weights_i S_i

    /// <summary>Creates the spectrum of a core.</summary>
    /// <param name="fractions">Fission fractions.</param>
    /// <param name="model">Treatment outside 2–8 MeV.</param>
    /// <exception cref="ArgumentNullException">No fractions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined model.</exception>
    public ReactorAntineutrinoSpectrum(FissionFractions fractions, ReactorSpectrumModel model = ReactorSpectrumModel.HuberMueller2to8)
    {
        Fractions = Guard.NotNull(fractions);
        Model = Guard.Defined(model);
        (MinimumEnergyMev, MaximumEnergyMev) = Range(model);
        AntineutrinosPerFission = Enum.GetValues<FissionIsotope>().Sum(i => fractions.Of(i) * YieldPerFission(i, model));
        weights = Enum.GetValues<FissionIsotope>().Select(i => fractions.Of(i) / AntineutrinosPerFission).ToArray();
        singularities = [MinimumEnergyMev, MaximumEnergyMev];
        int panels = (int)Math.Round((MaximumEnergyMev - MinimumEnergyMev) / PanelMev);
        knots = Enumerable.Range(0, panels + 1).Select(k => MinimumEnergyMev + k * (MaximumEnergyMev - MinimumEnergyMev) / panels).ToArray();
        cumulativeAbove = new SpectrumMoments[knots.Length];
        for (int i = knots.Length - 2; i >= 0; i--)
        {
            cumulativeAbove[i] = cumulativeAbove[i + 1] + PanelMoments(knots[i], knots[i + 1]);
        }
    }

    /// <summary>The energy range of a model, MeV: [2, 8] for <see cref="ReactorSpectrumModel.HuberMueller2to8"/>,
    /// [1.8, 10] for <see cref="ReactorSpectrumModel.HuberMuellerExtrapolated"/>.</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined model.</exception>
    public static (double LowMev, double HighMev) Range(ReactorSpectrumModel model) => Guard.Defined(model) switch
    {
        ReactorSpectrumModel.HuberMueller2to8 => (HuberMuellerCoefficients.FitLowMev, HuberMuellerCoefficients.FitHighMev),
        _ => (1.8, 10.0),
    };

    /// <summary>The ν̄_e spectrum per fission S_i(E) = exp(Σ a_k E^k) of one isotope, in ν̄/(MeV·fission); zero outside
    /// the model's range.</summary>
    /// <param name="isotope">The isotope.</param>
    /// <param name="energyMev">Antineutrino energy in MeV.</param>
    /// <param name="model">Treatment outside 2–8 MeV.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined isotope or model, or a non-finite energy.</exception>
    public static double SpectrumPerFission(FissionIsotope isotope, double energyMev, ReactorSpectrumModel model = ReactorSpectrumModel.HuberMueller2to8)
    {
        Guard.Defined(isotope);
        var (low, high) = Range(model);
        return Guard.Finite(energyMev) >= low && energyMev <= high ? HuberMuellerCoefficients.SpectrumPerFission(isotope, energyMev) : 0.0;
    }

    /// <summary>N_i = ∫ S_i dE over the model's range: antineutrinos per fission of one isotope.</summary>
    /// <param name="isotope">The isotope.</param>
    /// <param name="model">Treatment outside 2–8 MeV.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined isotope or model.</exception>
    public static double YieldPerFission(FissionIsotope isotope, ReactorSpectrumModel model = ReactorSpectrumModel.HuberMueller2to8)
    {
        Guard.Defined(isotope);
        var (low, high) = Range(model);
        double sum = 0;
        for (double a = low; a < high - 1e-12; a += PanelMev)
        {
            sum += Rule.Integrate(e => HuberMuellerCoefficients.SpectrumPerFission(isotope, e), a, Math.Min(a + PanelMev, high));
        }

        return sum;
    }

    /// <summary>The fission fractions.</summary>
    public FissionFractions Fractions { get; }

    /// <summary>The spectrum model.</summary>
    public ReactorSpectrumModel Model { get; }

    /// <summary>Σ f_i N_i: antineutrinos per fission of the core over the model's range.</summary>
    public double AntineutrinosPerFission { get; }

    /// <inheritdoc />
    public string Name => Model == ReactorSpectrumModel.HuberMueller2to8 ? "reactor ν̄_e (Huber–Mueller, 2–8 MeV)" : "reactor ν̄_e (Huber–Mueller extrapolated, 1.8–10 MeV)";

    /// <inheritdoc />
    public double MinimumEnergyMev { get; }

    /// <inheritdoc />
    public double MaximumEnergyMev { get; }

    /// <inheritdoc />
    public IReadOnlyList<double> Singularities => singularities;

    /// <inheritdoc />
    public double Density(double energyMev) =>
        Guard.Finite(energyMev) >= MinimumEnergyMev && energyMev <= MaximumEnergyMev ? Lambda(energyMev) : 0.0;

    /// <inheritdoc />
    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        if (Guard.NonNegative(minimumEnergyMev) <= MinimumEnergyMev)
        {
            return cumulativeAbove[0];
        }

        if (minimumEnergyMev >= MaximumEnergyMev)
        {
            return default;
        }

        int i = Math.Min((int)((minimumEnergyMev - MinimumEnergyMev) / (knots[1] - knots[0])), knots.Length - 2);
        return cumulativeAbove[i + 1] + PanelMoments(minimumEnergyMev, knots[i + 1]);
    }

    /// <inheritdoc />
    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        Guard.NonNegative(minimumEnergyMev);
        double sum = 0;
        for (int i = 0; i + 1 < knots.Length; i++)
        {
            double a = Math.Max(knots[i], minimumEnergyMev), b = knots[i + 1];
            if (a < b)
            {
                sum += Rule.Integrate(e => Lambda(e) * integrand(e), a, b);
            }
        }

        return Guard.FiniteResult(sum, nameof(integrand), "the integral");
    }

    private double Lambda(double energyMev)
    {
        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i] == 0 ? 0 : weights[i] * HuberMuellerCoefficients.SpectrumPerFission((FissionIsotope)i, energyMev);
        }

        return sum;
    }

    private SpectrumMoments PanelMoments(double a, double b) => new(
        Rule.Integrate(Lambda, a, b), Rule.Integrate(e => Lambda(e) / e, a, b), Rule.Integrate(e => Lambda(e) / (e * e), a, b));
}
