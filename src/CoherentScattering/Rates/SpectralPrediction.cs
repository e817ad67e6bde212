using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
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
    private readonly int[] gridOfIsotope; // the distinct recoil arrays (grids) and the grid of each isotope
    private readonly double[][] grids;

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
            recoil = calculator.NodeRecoil; // isotopes with equal nodes share one array
            gridOfIsotope = ResponseMatrix.Grids(recoil, out grids);
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
        var spectra = Spectra(events, new int[events.ComponentCount], 1, matrix.Axis.Count, matrix.GridOfIsotope, matrix.Columns);
        return new Histogram([matrix.Axis], spectra[0]);
    }

    /// <summary>Reconstructed events per bin of one flux component (summed over isotopes).</summary>
    /// <param name="events">Node events of this prediction.</param>
    /// <param name="matrix">A matrix of this prediction.</param>
    /// <param name="component">Component index.</param>
    /// <exception cref="ArgumentException">Events or matrix from another prediction.</exception>
    public double[] FoldComponent(RecoilNodeEvents events, ResponseMatrix matrix, int component)
    {
        Check(events, matrix);
        var groupOf = Enumerable.Repeat(-1, events.ComponentCount).ToArray();
        groupOf[Guard.Index(component, events.ComponentCount)] = 0;
        return Spectra(events, groupOf, 1, matrix.Axis.Count, matrix.GridOfIsotope, matrix.Columns)[0];
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
        int bins = matrix.Axis.Count;
        return InTime(events, matrix.Axis, timeAxis, timeDistributions,
            (groupOf, groups) => Spectra(events, groupOf, groups, bins, matrix.GridOfIsotope, matrix.Columns));
    }

    /// <summary>The same fold through a response chain, whose columns are computed for this fold and not kept: for a
    /// response used once (a nuisance step); a response used for many models is faster as a <see cref="Matrix"/>.</summary>
    /// <param name="events">Node events of this prediction.</param>
    /// <param name="response">The chain.</param>
    /// <param name="timeAxis">The arrival-time bins.</param>
    /// <param name="timeDistributions">Per flux component, the probability of each time bin (see the matrix overload).</param>
    /// <exception cref="ArgumentException">Events from another prediction, a chain that cannot map a node's recoil, or an
    /// ill-formed distribution.</exception>
    public Histogram Fold(RecoilNodeEvents events, ResponseChain response, HistogramAxis timeAxis, IReadOnlyList<IReadOnlyList<double>> timeDistributions)
    {
        CheckEvents(events);
        Guard.NotNull(response);
        int bins = response.Axis.Count;
        var columns = new double[grids.Length][]; // pooled: a nuisance step folds one response once
        try
        {
            for (int g = 0; g < grids.Length; g++)
            {
                columns[g] = ArrayPool<double>.Shared.Rent(grids[g].Length * bins);
                ResponseMatrix.FillColumns(response, grids[g], columns[g].AsSpan(0, grids[g].Length * bins));
            }

            return InTime(events, response.Axis, timeAxis, timeDistributions,
                (groupOf, groups) => Spectra(events, groupOf, groups, bins, gridOfIsotope, g => columns[g]));
        }
        finally
        {
            foreach (var c in columns)
            {
                if (c is not null)
                {
                    ArrayPool<double>.Shared.Return(c);
                }
            }
        }
    }

    // Groups the components by distribution instance, folds each group's spectrum with its distribution.
    private static Histogram InTime(RecoilNodeEvents events, HistogramAxis axis, HistogramAxis timeAxis, IReadOnlyList<IReadOnlyList<double>> timeDistributions,
        Func<int[], int, double[][]> spectra)
    {
        Guard.NotNull(timeAxis);
        var distributions = Guard.NoNulls(timeDistributions);
        int components = events.ComponentCount, bins = axis.Count, times = timeAxis.Count;
        if (distributions.Length != components)
        {
            throw new ArgumentException(Guard.Text($"timeDistributions needs one distribution per flux component ({components}), got {distributions.Length}."), nameof(timeDistributions));
        }

        var groupOf = new int[components];
        var groupDistribution = new List<IReadOnlyList<double>>(components);
        for (int c = 0; c < components; c++)
        {
            int g = groupDistribution.FindIndex(d => ReferenceEquals(d, distributions[c]));
            if (g < 0)
            {
                CheckDistribution(distributions[c], times, c);
                groupDistribution.Add(distributions[c]);
                g = groupDistribution.Count - 1;
            }

            groupOf[c] = g;
        }

        var perGroup = spectra(groupOf, groupDistribution.Count);
        var values = new double[bins * times];
        for (int g = 0; g < perGroup.Length; g++)
        {
            var distribution = groupDistribution[g] as double[] ?? [.. groupDistribution[g]];
            for (int b = 0; b < bins; b++)
            {
                var row = values.AsSpan(b * times, times);
                TensorPrimitives.MultiplyAdd(distribution, perGroup[g][b], row, row); // events(b) × P(t)
            }
        }

        return Histogram.Owning([axis, timeAxis], values);
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

    private void CheckEvents(RecoilNodeEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (!ReferenceEquals(events.Origin, calculator))
        {
            throw new ArgumentException("The node events were not computed by this prediction (use its NodeEvents).", nameof(events));
        }
    }

    private void Check(RecoilNodeEvents events, ResponseMatrix matrix)
    {
        CheckEvents(events);
        ArgumentNullException.ThrowIfNull(matrix);
        if (!ReferenceEquals(matrix.Origin, calculator))
        {
            throw new ArgumentException("The response matrix was not built for this prediction's nodes (use its Matrix).", nameof(matrix));
        }
    }

    // The response columns of grid g, node-major ([k · bins + b]).
    private delegate double[] ColumnsOf(int grid);

    // The reconstructed spectrum of each group of components (groupOf[c] = its group, −1 for none): per grid, the node
    // events of each group summed over its components and the grid's isotopes, then Σ_k w_k M[k, ·].
    private static double[][] Spectra(RecoilNodeEvents events, int[] groupOf, int groups, int bins, int[] gridOfIsotope, ColumnsOf columnsOf)
    {
        var n = events.EventArrays;
        var spectra = new double[groups][];
        for (int g = 0; g < groups; g++)
        {
            spectra[g] = new double[bins];
        }

        int gridCount = gridOfIsotope.Length == 0 ? 0 : gridOfIsotope.Max() + 1;
        for (int grid = 0; grid < gridCount; grid++)
        {
            double[][] weights = new double[groups][];
            for (int i = 0; i < gridOfIsotope.Length; i++)
            {
                if (gridOfIsotope[i] != grid)
                {
                    continue;
                }

                for (int c = 0; c < groupOf.Length; c++)
                {
                    if (groupOf[c] >= 0)
                    {
                        double[] e = n[c][i];
                        var w = weights[groupOf[c]] ??= new double[e.Length];
                        TensorPrimitives.Add(w, e, w);
                    }
                }
            }

            var columns = columnsOf(grid);
            for (int g = 0; g < groups; g++)
            {
                if (weights[g] is { } w)
                {
                    AddProduct(w, columns, bins, spectra[g]);
                }
            }
        }

        return spectra;
    }

    // spectrum[b] += Σ_k w_k M[k · bins + b]: four bins per vector, four independent partial sums over the nodes.
    private static void AddProduct(double[] w, double[] m, int bins, double[] spectrum)
    {
        int nodes = w.Length, width = Vector256<double>.Count, b = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; b + width <= bins; b += width)
            {
                Vector256<double> s0 = Vector256<double>.Zero, s1 = s0, s2 = s0, s3 = s0;
                int k = 0;
                for (; k + 4 <= nodes; k += 4)
                {
                    s0 += Vector256.Create(w[k]) * Vector256.Create<double>(m.AsSpan(k * bins + b, width));
                    s1 += Vector256.Create(w[k + 1]) * Vector256.Create<double>(m.AsSpan((k + 1) * bins + b, width));
                    s2 += Vector256.Create(w[k + 2]) * Vector256.Create<double>(m.AsSpan((k + 2) * bins + b, width));
                    s3 += Vector256.Create(w[k + 3]) * Vector256.Create<double>(m.AsSpan((k + 3) * bins + b, width));
                }

                for (; k < nodes; k++)
                {
                    s0 += Vector256.Create(w[k]) * Vector256.Create<double>(m.AsSpan(k * bins + b, width));
                }

                (Vector256.Create<double>(spectrum.AsSpan(b, width)) + (s0 + s1) + (s2 + s3)).CopyTo(spectrum.AsSpan(b, width));
            }
        }

        for (; b < bins; b++)
        {
            double sum = 0;
            for (int k = 0; k < nodes; k++)
            {
                sum += w[k] * m[k * bins + b];
            }

            spectrum[b] += sum;
        }
    }
}
