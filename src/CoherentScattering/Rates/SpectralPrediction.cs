using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Rates;

/// <summary>
/// The CEvNS expectation of a flux on a target in a reconstructed observable (× arrival time): a model's events at the
/// recoil quadrature nodes, Eq. (4) without the acceptance (integrated once per model; separable models reuse cached
/// basis integrals, so a new coupling costs a few multiplications per node), folded through a
/// <see cref="ResponseMatrix"/> built from a <see cref="ResponseChain"/>, and spread in time with each flux component's
/// arrival-time distribution.
/// </summary>
/// <remarks>
/// <para>The isotopes share their recoil nodes: the panels are cut at the given recoil edges and at every isotope's
/// spectral endpoints T_max(E_s, M), so a response is evaluated once per node for the whole target.</para>
/// <para>Accuracy: a smooth response (Gaussian or photoelectron smearing) is integrated to the quadrature's accuracy for
/// any parameters. Without smearing the columns jump where x(T) crosses a bin edge or an efficiency step; the fold is
/// exact when those recoils are panel edges (<see cref="ResponseChain.RecoilDiscontinuitiesMev"/>) and otherwise accurate
/// to about the node spacing.</para>
/// </remarks>
public sealed class SpectralPrediction
{
    private readonly EventRateCalculator calculator;
    private readonly double[][] recoil; // [isotope][node], shared arrays for shared nodes

    /// <summary>Prepares the prediction.</summary>
    /// <param name="flux">The flux at the detector.</param>
    /// <param name="target">The target material.</param>
    /// <param name="mass">The target mass.</param>
    /// <param name="recoilPanelEdgesKev">Strictly increasing recoil panel edges in keVnr (≥ 0); the first and last bound
    /// the recoils that are integrated. Fine panels (e.g. 0.25 keVnr) only matter for responses without smearing.</param>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="ArgumentException">Invalid edges or mass, or an exposure outside the double range.</exception>
    public SpectralPrediction(NeutrinoFlux flux, TargetMaterial target, Mass mass, IEnumerable<double> recoilPanelEdgesKev, RateIntegration? integration = null)
    {
        DetectorResponse recoilDetector;
        try
        {
            recoilDetector = new DetectorResponse(Guard.NotNull(target), mass, LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance,
                Guard.NotNull(recoilPanelEdgesKev));
        }
        catch (ArgumentException e) when (e.ParamName == "binEdges")
        {
            throw new ArgumentException(e.Message.Replace("binEdges", nameof(recoilPanelEdgesKev), StringComparison.Ordinal).Split(" (Parameter")[0], nameof(recoilPanelEdgesKev), e);
        }

        try
        {
            calculator = EventRateCalculator.WithSharedNodes(Guard.NotNull(flux), recoilDetector, integration);
            recoil = calculator.ComputeAtNodes(StandardModel.Paper).RecoilArrays; // isotopes with equal nodes share one array
        }
        catch (ArgumentException e) when (e.ParamName is not (nameof(flux) or nameof(integration)))
        {
            throw new ArgumentException(Guard.Text($"The target cannot be integrated: {e.Message}"), nameof(target), e);
        }
        Flux = flux;
    }

    /// <summary>The flux.</summary>
    public NeutrinoFlux Flux { get; }

    /// <summary>Recoil quadrature nodes per isotope.</summary>
    public int NodesPerIsotope => recoil[0].Length;

    /// <summary>The model's expected events at every recoil node, per flux component and isotope (no efficiency: that is
    /// the response's).</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model produced an invalid event count, or diverges at zero recoil inside the
    /// recoil range.</exception>
    public RecoilNodeEvents NodeEvents(ICrossSectionModel model) => calculator.ComputeAtNodes(model);

    /// <summary>The response matrix of a chain at this prediction's nodes.</summary>
    /// <param name="response">The chain.</param>
    /// <exception cref="ArgumentException">The chain cannot map a node's recoil.</exception>
    public ResponseMatrix Matrix(ResponseChain response) =>
        ResponseMatrix.Build(Guard.NotNull(response), calculator, recoil);

    /// <summary>Reconstructed events per bin, summed over flux components and isotopes.</summary>
    /// <param name="events">Node events from <see cref="NodeEvents"/> of this prediction.</param>
    /// <param name="matrix">A matrix from <see cref="Matrix"/> of this prediction.</param>
    /// <exception cref="ArgumentException">Events or matrix from another prediction.</exception>
    public Histogram Fold(RecoilNodeEvents events, ResponseMatrix matrix)
    {
        Check(events, matrix);
        var spectrum = new double[matrix.Axis.Count];
        Accumulate(events, matrix, Enumerable.Range(0, events.ComponentCount).ToArray(), spectrum);
        return new Histogram([matrix.Axis], spectrum);
    }

    /// <summary>Reconstructed events per bin of one flux component (summed over isotopes).</summary>
    /// <param name="events">Node events of this prediction.</param>
    /// <param name="matrix">A matrix of this prediction.</param>
    /// <param name="component">Component index.</param>
    /// <exception cref="ArgumentException">Events or matrix from another prediction.</exception>
    public double[] FoldComponent(RecoilNodeEvents events, ResponseMatrix matrix, int component)
    {
        Check(events, matrix);
        var spectrum = new double[matrix.Axis.Count];
        Accumulate(events, matrix, [Guard.Index(component, events.ComponentCount)], spectrum);
        return spectrum;
    }

    /// <summary>Expected events on (reconstructed observable × arrival time): each flux component's reconstructed spectrum
    /// times its arrival-time distribution over the time bins.</summary>
    /// <param name="events">Node events of this prediction.</param>
    /// <param name="matrix">A matrix of this prediction.</param>
    /// <param name="timeAxis">The arrival-time bins.</param>
    /// <param name="timeDistributions">Per flux component, the probability of each time bin (values in [0, 1], summing
    /// to at most 1: arrivals beyond the bins are lost). Components given the same list instance are folded together.</param>
    /// <exception cref="ArgumentException">Events or matrix from another prediction, or a distribution of the wrong length
    /// or outside [0, 1].</exception>
    public Histogram Fold(RecoilNodeEvents events, ResponseMatrix matrix, HistogramAxis timeAxis, IReadOnlyList<IReadOnlyList<double>> timeDistributions)
    {
        Check(events, matrix);
        Guard.NotNull(timeAxis);
        var distributions = Guard.NoNulls(timeDistributions);
        int components = events.ComponentCount, bins = matrix.Axis.Count, times = timeAxis.Count;
        if (distributions.Length != components)
        {
            throw new ArgumentException(Guard.Text($"timeDistributions needs one distribution per flux component ({components}), got {distributions.Length}."), nameof(timeDistributions));
        }

        var values = new double[bins * times];
        var spectrum = new double[bins];
        var done = new bool[components];
        for (int c = 0; c < components; c++)
        {
            if (done[c])
            {
                continue;
            }

            var distribution = distributions[c];
            CheckDistribution(distribution, times, c);
            var group = Enumerable.Range(c, components - c).Where(j => ReferenceEquals(distributions[j], distribution)).ToArray();
            foreach (int j in group)
            {
                done[j] = true;
            }

            Array.Clear(spectrum);
            Accumulate(events, matrix, group, spectrum);
            for (int b = 0; b < bins; b++)
            {
                for (int t = 0; t < times; t++)
                {
                    values[b * times + t] += spectrum[b] * distribution[t];
                }
            }
        }

        return new Histogram([matrix.Axis, timeAxis], values);
    }

    private static void CheckDistribution(IReadOnlyList<double> distribution, int times, int component)
    {
        if (distribution.Count != times)
        {
            throw new ArgumentException(Guard.Text($"timeDistributions[{component}] has {distribution.Count} values for {times} time bins."), "timeDistributions");
        }

        double sum = 0;
        for (int t = 0; t < times; t++)
        {
            double p = distribution[t];
            sum += p >= 0 && p <= 1 ? p
                : throw new ArgumentException(Guard.Text($"timeDistributions[{component}][{t}] = {p} must be a probability in [0, 1]."), "timeDistributions");
        }

        if (sum > 1 + 1e-9)
        {
            throw new ArgumentException(Guard.Text($"timeDistributions[{component}] sums to {sum}; a distribution over the time bins sums to at most 1."), "timeDistributions");
        }
    }

    private void Check(RecoilNodeEvents events, ResponseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(matrix);
        if (!ReferenceEquals(events.Origin, calculator))
        {
            throw new ArgumentException("The node events were not computed by this prediction (use its NodeEvents).", nameof(events));
        }

        if (!ReferenceEquals(matrix.Origin, calculator))
        {
            throw new ArgumentException("The response matrix was not built for this prediction's nodes (use its Matrix).", nameof(matrix));
        }
    }

    // Σ over the group's components and each grid's isotopes of the node events, then × the grid's matrix.
    private static void Accumulate(RecoilNodeEvents events, ResponseMatrix matrix, int[] group, double[] spectrum)
    {
        var n = events.EventArrays;
        int bins = spectrum.Length, isotopes = matrix.GridOfIsotope.Length;
        for (int g = 0; g <= matrix.GridOfIsotope.Max(); g++)
        {
            double[] columns = matrix.Columns(g);
            int nodes = columns.Length / Math.Max(bins, 1);
            var sum = new double[nodes];
            for (int i = 0; i < isotopes; i++)
            {
                if (matrix.GridOfIsotope[i] != g)
                {
                    continue;
                }

                foreach (int c in group)
                {
                    double[] e = n[c][i];
                    for (int k = 0; k < nodes; k++)
                    {
                        sum[k] += e[k];
                    }
                }
            }

            for (int k = 0; k < nodes; k++)
            {
                double w = sum[k];
                if (w == 0)
                {
                    continue;
                }

                int offset = k * bins;
                for (int b = 0; b < bins; b++)
                {
                    spectrum[b] += w * columns[offset + b];
                }
            }
        }
    }
}
