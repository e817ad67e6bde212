using System.Collections.Immutable;
using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

/// <summary>
/// Expected CEvNS events, paper Eq. (4): N = Σ_x K_x ∫ dT a(T) ∫ dE λ(E) dσ/dT, K_x = N_targ^x · Φ·t_run, for every flux
/// component, isotope and bin. Built once for a (flux, detector) pair; every evaluation reuses the recoil nodes, form
/// factors and spectral moments.
/// </summary>
/// <remarks>
/// <para>Three paths, all with the same result (tested to 1e-9 relative):</para>
/// <list type="bullet">
/// <item><b>Separable</b> models (<see cref="ISeparableCrossSection"/>: the SM, vector NSI, charge radius, tensor NSI,
/// magnetic moment): each parameter-free basis form is integrated once and cached; an event count is then a few
/// multiplications, allocation-free.</item>
/// <item><b>Kinematic form</b>: dσ/dT = A + B/E + C/E² at each recoil node, integrated over E exactly from the spectra's
/// inverse moments (lines exact, never smeared).</item>
/// <item><b>General</b>: ∫dE by quadrature through <see cref="INeutrinoSpectrum.Integrate"/> (<see cref="ComputeNumerically"/>).</item>
/// </list>
/// <para>A <see cref="NucleonDistributionModel"/> whose distributions cover an isotope of the target is integrated through
/// the kinematic form with that isotope's proton and neutron form factors evaluated at the nodes for each evaluation
/// (Cadeddu et al., PRL 120, 072501 (2018), Eq. 1–2); when it covers none, its inner model is evaluated on its own path,
/// so the result is that of the inner model to the last bit.</para>
/// <para>Outer integral: Gauss–Legendre on panels cut at bin edges, acceptance steps and endpoint recoils
/// (<see cref="RateIntegration"/>). dσ/dT in MeV⁻³ is converted with (ħc)² to cm²/MeV. Thread-safe; the basis cache is
/// per instance.</para>
/// </remarks>
public sealed partial class EventRateCalculator
{
    private readonly FluxComponent[] components;
    private readonly Nucleus[] nuclei;
    private readonly RecoilNodes[] nodes;              // per isotope
    private readonly SpectrumMoments[][][] moments;    // [component][isotope][node]
    private readonly double[] exposure;                // [c · isotopes + i]: N_targ · fluence · (ħc)²
    private readonly string[] isotopeKeys;
    private readonly double[] binEdges;
    private readonly bool zeroRecoilOpen;
    private readonly bool sharedNodes;
    private readonly double[][] nodeRecoil;            // [isotope][node]; isotopes whose nodes coincide share one array
    private ImmutableDictionary<(Type Form, string Key), BasisIntegral> basisCache = ImmutableDictionary<(Type Form, string Key), BasisIntegral>.Empty; // keyed by form type too: plugins cannot collide; replaced atomically

    /// <summary>Prepares the integration for a flux and a detector.</summary>
    /// <param name="flux">The neutrino flux at the detector.</param>
    /// <param name="detector">The detector.</param>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="ArgumentNullException">No flux or detector.</exception>
    /// <exception cref="ArgumentException">An exposure (targets × fluence) outside the double range, or more quadrature
    /// nodes than <c>RecoilNodes.MaxNodes</c> (too many bins for the integration settings).</exception>
    public EventRateCalculator(NeutrinoFlux flux, DetectorResponse detector, RateIntegration? integration = null)
        : this(flux, detector, integration ?? RateIntegration.Default, reuse: null)
    {
    }

    private EventRateCalculator(NeutrinoFlux flux, DetectorResponse detector, RateIntegration integration, RecoilNodes[]? reuse, bool sharedNodes = false)
    {
        Flux = Guard.NotNull(flux);
        Detector = Guard.NotNull(detector);
        Integration = integration;
        components = [.. flux.Components];
        var isotopes = detector.Target.Isotopes;
        nuclei = new Nucleus[isotopes.Count];
        isotopeKeys = new string[isotopes.Count];
        for (int i = 0; i < nuclei.Length; i++)
        {
            nuclei[i] = isotopes[i].Nucleus;
            isotopeKeys[i] = nuclei[i].Key;
        }

        binEdges = [.. detector.BinEdges];
        // Zero recoil is inside the integration region with non-zero acceptance: a 1/T cross section diverges there.
        zeroRecoilOpen = detector.Observable.ToRecoilMev(detector.RegionLow) <= 0 && detector.Acceptance.Evaluate(detector.RegionLow) > 0;
        this.sharedNodes = sharedNodes;
        double[]? cutMasses = sharedNodes ? Array.ConvertAll(nuclei, n => n.MassMev) : null;
        if (reuse is null)
        {
            reuse = new RecoilNodes[nuclei.Length];
            for (int i = 0; i < nuclei.Length; i++)
            {
                reuse[i] = RecoilNodes.Build(nuclei[i], detector.Target.FormFactor, detector, flux, Integration, cutMasses);
            }
        }

        nodes = reuse;
        nodeRecoil = new double[nuclei.Length][];
        for (int i = 0; i < nuclei.Length; i++)
        {
            nodeRecoil[i] = i > 0 && nodes[i].RecoilMev.AsSpan().SequenceEqual(nodes[0].RecoilMev) ? nodeRecoil[0] : nodes[i].RecoilMev;
        }

        double hbarc2 = PhysicalConstants.HbarCMevCm * PhysicalConstants.HbarCMevCm;
        exposure = new double[components.Length * nuclei.Length];
        moments = new SpectrumMoments[components.Length][][];
        var targetsPerIsotope = new double[nuclei.Length];
        for (int i = 0; i < nuclei.Length; i++)
        {
            targetsPerIsotope[i] = detector.Target.NucleiPerKilogram(i) * detector.Mass.Kilograms;             // Eq. (5)
        }

        for (int c = 0; c < components.Length; c++)
        {
            moments[c] = new SpectrumMoments[nuclei.Length][];
            for (int i = 0; i < nuclei.Length; i++)
            {
                double targets = targetsPerIsotope[i];
                double k = targets * components[c].FluencePerSquareCentimeter * hbarc2;                  // K_x of Eq. (4)
                exposure[c * nuclei.Length + i] = double.IsFinite(k) ? k : throw new ArgumentException(Guard.Text(
                    $"The exposure of {nuclei[i].Key} to '{components[c].Label}' (N_targ = {targets:G4} nuclei × fluence {components[c].FluencePerSquareCentimeter:G4} cm⁻²) is outside the double range."), nameof(detector));
                moments[c][i] = new SpectrumMoments[nodes[i].Count];
                components[c].Spectrum.InverseMoments(nodes[i].MinNeutrinoMev, moments[c][i]);
            }
        }
    }

    // A calculator whose isotopes share their recoil nodes (panels cut at every isotope's spectral endpoints), so that a
    // response applied at the nodes is evaluated once for all isotopes.
    internal static EventRateCalculator WithSharedNodes(NeutrinoFlux flux, DetectorResponse detector, RateIntegration? integration = null) =>
        new(flux, detector, integration ?? RateIntegration.Default, reuse: null, sharedNodes: true);

    // The recoils of the nodes per isotope (shared arrays for coinciding nodes; never modified).
    internal double[][] NodeRecoil => nodeRecoil;

    /// <summary>The flux.</summary>
    public NeutrinoFlux Flux { get; }

    /// <summary>The detector.</summary>
    public DetectorResponse Detector { get; }

    /// <summary>The quadrature settings.</summary>
    public RateIntegration Integration { get; }

    /// <summary>Total number of recoil quadrature nodes (all isotopes).</summary>
    public int NodeCount => nodes.Sum(n => n.Count);

    /// <summary>A calculator for another flux on the same detector. When the new flux has the same components and spectral
    /// singularities (for example the same source oscillated, <c>SterileOscillation.Apply</c>), the recoil nodes and form
    /// factors are reused and only the spectral moments are recomputed.</summary>
    /// <param name="flux">The new flux.</param>
    public EventRateCalculator WithFlux(NeutrinoFlux flux)
    {
        ArgumentNullException.ThrowIfNull(flux);
        bool sameNodes = flux.Components.Count == components.Length
            && flux.Components.Zip(components).All(p => p.First.Spectrum.Singularities.SequenceEqual(p.Second.Spectrum.Singularities));
        return new EventRateCalculator(flux, Detector, Integration, sameNodes ? nodes : null, sharedNodes);
    }

    /// <summary>Expected events for a model, resolved by component, isotope and bin.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model produced a negative or non-finite event count, or diverges at zero recoil inside the region of interest.</exception>
    public ExpectedEvents Compute(ICrossSectionModel model) => Evaluate(model, static (self, m) =>
        m is ISeparableCrossSection { IsSeparable: true } separable ? self.ComputeSeparable(separable) : self.ComputeByNodes(m, forceNumerical: false));

    /// <summary>Expected events through the general numerical path (∫dE by quadrature even when a kinematic form exists).
    /// Agrees with <see cref="Compute(ICrossSectionModel)"/>; useful to validate models and fast paths.</summary>
    /// <param name="model">The cross-section model.</param>
    public ExpectedEvents ComputeNumerically(ICrossSectionModel model) =>
        Evaluate(model, static (self, m) => self.ComputeByNodes(m, forceNumerical: true));

    /// <summary>Expected events through the kinematic-form path (separability not used). Agrees with the other paths.</summary>
    /// <param name="model">The cross-section model.</param>
    public ExpectedEvents ComputeByKinematicForm(ICrossSectionModel model) =>
        Evaluate(model, static (self, m) => self.ComputeByNodes(m, forceNumerical: false));

    /// <summary>Total expected events in the region of interest. Allocation-free for separable models whose basis
    /// integrals are cached.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model produced a negative or non-finite event count, or diverges at zero recoil inside the region of interest.</exception>
    public double Total(ICrossSectionModel model) => Evaluate(model, static (self, m) =>
        m is ISeparableCrossSection { IsSeparable: true } separable ? self.SeparableTotal(separable) : self.NodeTotal(m));

    /// <summary>Expected events at every recoil quadrature node, per component and isotope (for a detector response
    /// chain that maps true recoils to reconstructed bins; the calculator's own acceptance is already applied).</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model produced an invalid event count, or diverges at zero recoil inside the region.</exception>
    public RecoilNodeEvents ComputeAtNodes(ICrossSectionModel model) => Evaluate(model, static (self, m) =>
        m is ISeparableCrossSection { IsSeparable: true } separable ? self.SeparableAtNodes(separable) : self.NodesByKinematicForm(m));

    private RecoilNodeEvents NodesByKinematicForm(ICrossSectionModel model)
    {
        var result = new double[components.Length][][];
        for (int c = 0; c < components.Length; c++)
        {
            result[c] = new double[nuclei.Length][];
            for (int i = 0; i < nuclei.Length; i++)
            {
                var values = result[c][i] = new double[nodes[i].Count];
                IntegrateNodes(model, c, i, null, forceNumerical: false, values);
                double k0 = exposure[c * nuclei.Length + i];
                for (int k = 0; k < values.Length; k++)
                {
                    values[k] = Checked(k0 * values[k], model);
                }
            }
        }

        return NodeEvents(result);
    }

    // Σ_j coefficient_j × the cached node events of basis form j (each form integrated once per calculator).
    private RecoilNodeEvents SeparableAtNodes(ISeparableCrossSection model)
    {
        var basis = model.Basis;
        int nb = basis.Count, pairs = components.Length * nuclei.Length;
        var coefficients = new double[nb * pairs];
        FillCoefficients(model, nb, coefficients);
        var result = new double[components.Length][][];
        for (int c = 0; c < components.Length; c++)
        {
            result[c] = new double[nuclei.Length][];
            for (int i = 0; i < nuclei.Length; i++)
            {
                result[c][i] = new double[nodes[i].Count];
            }
        }

        for (int j = 0; j < nb; j++)
        {
            if (AllZero(coefficients, j, nb, pairs))
            {
                continue;
            }

            double[][] perNode = Integral(basis[j]).PerNode;
            for (int p = 0; p < pairs; p++)
            {
                double coefficient = coefficients[p * nb + j];
                double[] target = result[p / nuclei.Length][p % nuclei.Length], source = perNode[p];
                for (int k = 0; k < target.Length; k++)
                {
                    target[k] += coefficient * source[k];
                }
            }
        }

        foreach (var perComponent in result)
        {
            foreach (var perIsotope in perComponent)
            {
                foreach (double v in perIsotope)
                {
                    Checked(v, model);
                }
            }
        }

        return NodeEvents(result);
    }

    private RecoilNodeEvents NodeEvents(double[][][] events) => new(nodeRecoil, events, isotopeKeys, this);

    // Every public evaluation: the zero-recoil check, then the body; any argument error raised while the model is
    // evaluated (a non-finite form, an overflowing charge) is reported as the model's. Static bodies: no allocation.
    private T Evaluate<T>(ICrossSectionModel model, Func<EventRateCalculator, ICrossSectionModel, T> body)
    {
        CheckIntegrable(model);
        if (model is NucleonDistributionModel distributions && !AppliesToAnyIsotope(distributions))
        {
            model = distributions.Model; // no isotope of this target has a distribution: the model itself, on its fastest path
        }

        try
        {
            return body(this, model);
        }
        catch (ArgumentException e) when (e.ParamName != nameof(model))
        {
            throw ModelFailed(model, e);
        }
    }

    private bool AppliesToAnyIsotope(NucleonDistributionModel model)
    {
        foreach (var n in nuclei)
        {
            if (model.DistributionOf(n) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentException ModelFailed(ICrossSectionModel model, ArgumentException e) =>
        new(Guard.Text($"Model '{model.Name}' cannot be integrated over this detector: {e.Message}"), nameof(model), e);

    private double NodeTotal(ICrossSectionModel model)
    {
        double total = 0;
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nuclei.Length; i++)
            {
                total += exposure[c * nuclei.Length + i] * IntegrateNodes(model, c, i, null, forceNumerical: false);
            }
        }

        return Checked(total, model);
    }

    private double SeparableTotal(ISeparableCrossSection model)
    {
        var basis = model.Basis;
        int nb = basis.Count, pairs = components.Length * nuclei.Length;
        Span<double> coefficients = nb * pairs <= 512 ? stackalloc double[nb * pairs] : new double[nb * pairs];
        FillCoefficients(model, nb, coefficients);
        double total = 0;
        for (int j = 0; j < nb; j++)
        {
            if (AllZero(coefficients, j, nb, pairs))
            {
                continue; // e.g. the axial basis for spin-less targets: never integrated
            }

            double[] integral = Integral(basis[j]).Total;
            for (int p = 0; p < pairs; p++)
            {
                total += coefficients[p * nb + j] * integral[p];
            }
        }

        return Checked(total, model);
    }

    private ExpectedEvents ComputeSeparable(ISeparableCrossSection model)
    {
        var basis = model.Basis;
        int nb = basis.Count, pairs = components.Length * nuclei.Length, bins = binEdges.Length - 1;
        var coefficients = new double[nb * pairs];
        FillCoefficients(model, nb, coefficients);
        var result = new double[components.Length, nuclei.Length, bins];
        for (int j = 0; j < nb; j++)
        {
            if (AllZero(coefficients, j, nb, pairs))
            {
                continue;
            }

            double[] perBin = Integral(basis[j]).PerBin;
            for (int p = 0; p < pairs; p++)
            {
                for (int b = 0; b < bins; b++)
                {
                    result[p / nuclei.Length, p % nuclei.Length, b] += coefficients[p * nb + j] * perBin[p * bins + b];
                }
            }
        }

        foreach (double v in result)
        {
            Checked(v, model);
        }

        return new ExpectedEvents(result, components, isotopeKeys, binEdges, Detector.Observable.Unit);
    }

    private static bool AllZero(ReadOnlySpan<double> coefficients, int j, int nb, int pairs)
    {
        for (int p = 0; p < pairs; p++)
        {
            if (coefficients[p * nb + j] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private void FillCoefficients(ISeparableCrossSection model, int nb, Span<double> coefficients)
    {
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nuclei.Length; i++)
            {
                model.GetCoefficients(components[c].Flavor, nuclei[i], coefficients.Slice((c * nuclei.Length + i) * nb, nb));
            }
        }
    }

    private ExpectedEvents ComputeByNodes(ICrossSectionModel model, bool forceNumerical)
    {
        var result = new double[components.Length, nuclei.Length, binEdges.Length - 1];
        var perBin = new double[binEdges.Length - 1];
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nuclei.Length; i++)
            {
                Array.Clear(perBin);
                IntegrateNodes(model, c, i, perBin, forceNumerical);
                for (int b = 0; b < perBin.Length; b++)
                {
                    result[c, i, b] = Checked(exposure[c * nuclei.Length + i] * perBin[b], model);
                }
            }
        }

        return new ExpectedEvents(result, components, isotopeKeys, binEdges, Detector.Observable.Unit);
    }

    // Σ_k w_k ∫λ dσ/dT over an isotope's nodes for one component; optionally per bin and per node (both before the
    // exposure factor).
    private double IntegrateNodes(ICrossSectionModel model, int c, int i, double[]? perBin, bool forceNumerical, double[]? perNode = null)
    {
        var n = nodes[i];
        var flavor = components[c].Flavor;
        var spectrum = components[c].Spectrum;
        var m = moments[c][i];
        var distribution = (model as NucleonDistributionModel)?.DistributionOf(nuclei[i]);
        double[]? protonFormFactor = null, neutronFormFactor = null;
        if (distribution is not null)
        {
            // F_p and F_n of the model's distributions at this isotope's nodes, q = √(2MT) (Cadeddu et al. 2018, Eq. 2).
            protonFormFactor = new double[n.Count];
            neutronFormFactor = new double[n.Count];
            double sqrt2M = Math.Sqrt(2 * nuclei[i].MassMev);
            for (int k = 0; k < n.Count; k++)
            {
                neutronFormFactor[k] = sqrt2M * Math.Sqrt(n.RecoilMev[k]);
            }

            distribution.Evaluate(neutronFormFactor, protonFormFactor, neutronFormFactor); // q → F_p, then q → F_n in place
        }

        double sum = 0;
        for (int k = 0; k < n.Count; k++)
        {
            var point = protonFormFactor is null
                ? ScatteringPoint.Trusted(flavor, nuclei[i], n.RecoilMev[k], n.FormFactorSquared[k])
                : ScatteringPoint.Trusted(flavor, nuclei[i], n.RecoilMev[k], protonFormFactor[k], neutronFormFactor![k]);
            double inner;
            if (!forceNumerical && model.TryGetKinematicForm(point, out var form))
            {
                inner = form.Integrate(m[k]);
            }
            else
            {
                inner = IntegrateNumerically(model, spectrum, point, n.MinNeutrinoMev[k]);
            }

            double contribution = n.Weight[k] * inner;
            sum += contribution;
            if (perBin is not null)
            {
                perBin[n.Bin[k]] += contribution;
            }

            if (perNode is not null)
            {
                perNode[k] = contribution;
            }
        }

        return sum;
    }

    // A separate method, so that the closure is allocated only on the numerical path (a lambda capturing a loop
    // variable would otherwise allocate its display class at every node, even on the kinematic-form path).
    private static double IntegrateNumerically(ICrossSectionModel model, INeutrinoSpectrum spectrum, ScatteringPoint point, double minimumEnergyMev) =>
        spectrum.Integrate(e => model.DifferentialCrossSection(point, e), minimumEnergyMev);

    private static double Checked(double value, ICrossSectionModel model) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentException(Guard.Text($"Model '{model.Name}' produced an invalid event count ({value}): cross sections must be finite and non-negative, and the events within the double range."), nameof(model));

    private void CheckIntegrable(ICrossSectionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (zeroRecoilOpen && model.DivergesAtZeroRecoil)
        {
            throw new ArgumentException(Guard.Text(
                $"Model '{model.Name}' diverges as 1/T at zero recoil, and this detector's region of interest starts at T = 0 with non-zero acceptance: the event count is infinite. Start the region of interest above zero recoil."), nameof(model));
        }
    }
}
