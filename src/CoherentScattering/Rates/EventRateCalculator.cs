using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

/// <summary>
/// Expected CEvNS events, paper Eq. (4): N = Σ_x K_x ∫ dT a(T) ∫ dE λ(E) dσ/dT, K_x = N_targ^x · Φ·t_run, for every flux
/// component, isotope and bin. Built once for a (flux, detector) pair; each <see cref="Compute(ICrossSectionModel)"/> reuses the recoil
/// nodes, form factors and spectral moments, so evaluating another model costs only the model's own arithmetic.
/// </summary>
/// <remarks>
/// Inner integral: exact from the spectrum's inverse moments when the model has a kinematic form (lines exact, no
/// smearing), otherwise numerical through <see cref="INeutrinoSpectrum.Integrate"/>. Outer integral: Gauss–Legendre on
/// panels cut at bin edges, acceptance steps and endpoint recoils (see <see cref="RateIntegration"/>). Units: dσ/dT in
/// MeV⁻³ is converted with (ħc)² to cm²/MeV. Thread-safe.
/// </remarks>
public sealed class EventRateCalculator
{
    private readonly FluxComponent[] components;
    private readonly RecoilNodes[] nodes;              // per isotope
    private readonly SpectrumMoments[][][] moments;    // [component][isotope][node]
    private readonly double[,] exposure;               // [component, isotope]: N_targ · fluence · (ħc)²
    private readonly string[] isotopeKeys;
    private readonly double[] binEdges;

    /// <summary>Prepares the integration for a flux and a detector.</summary>
    /// <param name="flux">The neutrino flux at the detector.</param>
    /// <param name="detector">The detector.</param>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    public EventRateCalculator(NeutrinoFlux flux, DetectorResponse detector, RateIntegration? integration = null)
    {
        Flux = Guard.NotNull(flux);
        Detector = Guard.NotNull(detector);
        Integration = integration ?? RateIntegration.Default;
        Integration.Validate();
        components = flux.Components.ToArray();
        var isotopes = detector.Target.Isotopes;
        isotopeKeys = isotopes.Select(i => i.Nucleus.Key).ToArray();
        binEdges = detector.BinEdges.ToArray();
        nodes = isotopes.Select(i => RecoilNodes.Build(i.Nucleus, detector.Target.FormFactor, detector, flux, Integration)).ToArray();
        double hbarc2 = PhysicalConstants.HbarCMevCm * PhysicalConstants.HbarCMevCm;
        exposure = new double[components.Length, isotopes.Count];
        moments = new SpectrumMoments[components.Length][][];
        for (int c = 0; c < components.Length; c++)
        {
            moments[c] = new SpectrumMoments[isotopes.Count][];
            for (int i = 0; i < isotopes.Count; i++)
            {
                double targets = detector.Target.NucleiPerKilogram(i) * detector.Mass.Kilograms; // Eq. (5)
                exposure[c, i] = targets * components[c].FluencePerSquareCentimeter * hbarc2;     // K_x of Eq. (4)
                var spectrum = components[c].Spectrum;
                moments[c][i] = nodes[i].MinNeutrinoMev.Select(spectrum.InverseMoments).ToArray();
            }
        }
    }

    /// <summary>The flux.</summary>
    public NeutrinoFlux Flux { get; }

    /// <summary>The detector.</summary>
    public DetectorResponse Detector { get; }

    /// <summary>The quadrature settings.</summary>
    public RateIntegration Integration { get; }

    /// <summary>Total number of recoil quadrature nodes (all isotopes).</summary>
    public int NodeCount => nodes.Sum(n => n.Count);

    /// <summary>Expected events for a model, resolved by component, isotope and bin.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="InvalidOperationException">The model returned a negative or non-finite cross section.</exception>
    public ExpectedEvents Compute(ICrossSectionModel model) => ComputeCore(model, forceNumerical: false);

    /// <summary>Expected events through the general numerical path (∫dE by quadrature even when a kinematic form exists).
    /// Agrees with <see cref="Compute(ICrossSectionModel)"/>; useful to validate models and for comparisons.</summary>
    /// <param name="model">The cross-section model.</param>
    public ExpectedEvents ComputeNumerically(ICrossSectionModel model) => ComputeCore(model, forceNumerical: true);

    /// <summary>Total expected events in the region of interest.</summary>
    /// <param name="model">The cross-section model.</param>
    public double Total(ICrossSectionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        double total = 0;
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nodes.Length; i++)
            {
                total += exposure[c, i] * IntegrateIsotope(model, c, i, null, forceNumerical: false);
            }
        }

        return Checked(total, model);
    }

    private ExpectedEvents ComputeCore(ICrossSectionModel model, bool forceNumerical)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new double[components.Length, nodes.Length, binEdges.Length - 1];
        var perBin = new double[binEdges.Length - 1];
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nodes.Length; i++)
            {
                Array.Clear(perBin);
                IntegrateIsotope(model, c, i, perBin, forceNumerical);
                for (int b = 0; b < perBin.Length; b++)
                {
                    result[c, i, b] = Checked(exposure[c, i] * perBin[b], model);
                }
            }
        }

        return new ExpectedEvents(result, components, isotopeKeys, binEdges, Detector.Observable.Unit);
    }

    private double IntegrateIsotope(ICrossSectionModel model, int c, int i, double[]? perBin, bool forceNumerical)
    {
        var n = nodes[i];
        var flavor = components[c].Flavor;
        var nucleus = Detector.Target.Isotopes[i].Nucleus;
        var spectrum = components[c].Spectrum;
        var m = moments[c][i];
        double sum = 0;
        for (int k = 0; k < n.Count; k++)
        {
            var point = new ScatteringPoint(flavor, nucleus, n.RecoilMev[k], n.FormFactorSquared[k]);
            double inner;
            if (!forceNumerical && model.TryGetKinematicForm(point, out var form))
            {
                inner = form.Integrate(m[k]);
            }
            else
            {
                inner = spectrum.Integrate(e => model.DifferentialCrossSection(point, e), n.MinNeutrinoMev[k]);
            }

            double contribution = n.Weight[k] * inner;
            sum += contribution;
            if (perBin is not null)
            {
                perBin[n.Bin[k]] += contribution;
            }
        }

        return sum;
    }

    private static double Checked(double value, ICrossSectionModel model) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new InvalidOperationException(Guard.Text($"Model '{model.Name}' produced an invalid event count ({value}): cross sections must be finite and non-negative."));
}
