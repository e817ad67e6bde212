using CoherentScattering.Rates;
using CoherentScattering.Statistics;

namespace CoherentScattering.Detector;

/// <summary>
/// A detector response from true recoil T to binned reconstructed observable x: quenching E_ee(T), a linear scale
/// x = k·E_ee (k = 1 for keVee, photoelectrons per keVee otherwise), a Gaussian resolution and an efficiency a(x) in the
/// reconstructed observable. Built as a response matrix M[node, bin] = ∫_bin G(x; x_true, σ) a(x) dx over the recoil
/// nodes of a rate calculation (<see cref="EventRateCalculator.ComputeAtNodes"/>): a change of a response parameter
/// rebuilds only the matrix, never the cross-section integrals.
/// </summary>
/// <remarks>The resolution computes each column (<see cref="IResolution.Distribute"/>): without smearing a(x) in the bin
/// holding x, with Gaussian smearing quadrature over each bin, with photoelectron statistics a Poisson sum.
/// Reconstructed values outside the bins are lost (a ROI cut).</remarks>
public sealed class ResponseChain
{
    private readonly double[] edges;
    private readonly IPreparedResolution? prepared; // the resolution folded with the bins and efficiency in advance, where it can be

    /// <summary>Creates a response chain.</summary>
    /// <param name="quenching">E_ee(T).</param>
    /// <param name="unitsPerKiloelectronvoltElectronEquivalent">k in x = k·E_ee, in [1e-6, 1e6] (1 for keVee).</param>
    /// <param name="resolution">The smearing in x.</param>
    /// <param name="efficiency">a(x) in the reconstructed observable.</param>
    /// <param name="axis">The reconstructed bins.</param>
    /// <exception cref="ArgumentNullException">A null step.</exception>
    /// <exception cref="ArgumentOutOfRangeException">k out of range.</exception>
    public ResponseChain(IQuenching quenching, double unitsPerKiloelectronvoltElectronEquivalent, IResolution resolution, IAcceptance efficiency, HistogramAxis axis)
    {
        Quenching = Guard.NotNull(quenching);
        Scale = Guard.InRange(unitsPerKiloelectronvoltElectronEquivalent, 1e-6, 1e6);
        Resolution = Guard.NotNull(resolution);
        Efficiency = Guard.NotNull(efficiency);
        Axis = Guard.NotNull(axis);
        edges = axis.Edges.ToArray();
        try
        {
            prepared = resolution is IPreparableResolution preparable ? preparable.Prepare(edges, efficiency) : null;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(Guard.Text($"The efficiency '{efficiency.Name}' cannot be evaluated over the bins: {e.Message}"), nameof(efficiency), e);
        }
    }

    // Another quenching on the same scale, resolution, efficiency and bins: the prepared resolution is kept.
    private ResponseChain(ResponseChain other, IQuenching quenching)
    {
        Quenching = Guard.NotNull(quenching);
        Scale = other.Scale;
        Resolution = other.Resolution;
        Efficiency = other.Efficiency;
        Axis = other.Axis;
        edges = other.edges;
        prepared = other.prepared;
    }

    /// <summary>E_ee(T).</summary>
    public IQuenching Quenching { get; }

    /// <summary>k in x = k·E_ee.</summary>
    public double Scale { get; }

    /// <summary>The smearing.</summary>
    public IResolution Resolution { get; }

    /// <summary>a(x).</summary>
    public IAcceptance Efficiency { get; }

    /// <summary>The reconstructed bins.</summary>
    public HistogramAxis Axis { get; }

    /// <summary>The same chain with another quenching (a nuisance step).</summary>
    /// <param name="quenching">The new quenching.</param>
    public ResponseChain WithQuenching(IQuenching quenching) => new(this, quenching);

    /// <summary>The same chain with another resolution.</summary>
    /// <param name="resolution">The new resolution.</param>
    public ResponseChain WithResolution(IResolution resolution) => new(Quenching, Scale, resolution, Efficiency, Axis);

    /// <summary>The recoils (MeV) at which a column changes abruptly: without smearing, where x(T) crosses a bin edge or
    /// an efficiency discontinuity; none with smearing (the columns are smooth in T). A rate calculation whose recoil
    /// panels are cut there integrates the chain exactly.</summary>
    public IReadOnlyList<double> RecoilDiscontinuitiesMev()
    {
        if (Resolution is not GaussianResolution { SquareRootCoefficient: 0, ConstantWidth: 0 })
        {
            return [];
        }

        return edges.Concat(Efficiency.Discontinuities).Where(x => x > 0).Distinct().Order()
            .Select(x => InverseRecoilKev(x / Scale) * 1e-3).Where(t => t > 0 && t < 1e3).ToArray();
    }

    // Recoil panel edges (keVnr, increasing) with this chain's jump recoils inside them added and edges closer than 1e-9
    // relative merged: the panels on which its fold is exact.
    internal double[] PanelEdgesWithJumpsKev(IReadOnlyList<double> edgesKev)
    {
        double low = edgesKev[0], high = edgesKev[^1];
        var all = edgesKev.Concat(RecoilDiscontinuitiesMev().Select(t => t * 1e3).Where(t => t > low && t < high)).Order();
        var merged = new List<double>(edgesKev.Count);
        foreach (double t in all)
        {
            if (merged.Count == 0 || t - merged[^1] > 1e-9 * Math.Max(1, t))
            {
                merged.Add(t);
            }
        }

        return merged.ToArray();
    }

    // T (keVnr) with E_ee(T) = ee by bisection (E_ee increases); +∞ beyond 1e6 keVnr.
    private double InverseRecoilKev(double ee)
    {
        double lo = 0, hi = 1;
        while (Quenching.ElectronEquivalentKiloelectronvolts(hi) < ee)
        {
            hi *= 2;
            if (hi > 1e6)
            {
                return double.PositiveInfinity;
            }
        }

        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++)
        {
            double mid = 0.5 * (lo + hi);
            (lo, hi) = Quenching.ElectronEquivalentKiloelectronvolts(mid) < ee ? (mid, hi) : (lo, mid);
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>Probabilities that a recoil T lands in each reconstructed bin (efficiency included).</summary>
    /// <param name="recoilMev">T in MeV, in [0, 1e3].</param>
    /// <returns>One value per bin, each in [0, 1], summing to at most 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">T out of range.</exception>
    public double[] Column(double recoilMev)
    {
        var column = new double[Axis.Count];
        Guard.InRange(recoilMev, 0.0, 1e3);
        try
        {
            Fill(recoilMev, column);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentOutOfRangeException(nameof(recoilMev), Guard.Text($"The response cannot map T = {recoilMev} MeV: {e.Message}"));
        }

        return column;
    }

    /// <summary>Reconstructed events per bin, summed over components and isotopes.</summary>
    /// <param name="events">Events at the recoil nodes.</param>
    public Histogram Apply(RecoilNodeEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var total = new double[Axis.Count];
        for (int c = 0; c < events.ComponentCount; c++)
        {
            var part = ApplyComponent(events, c);
            for (int b = 0; b < total.Length; b++)
            {
                total[b] += part[b];
            }
        }

        return new Histogram([Axis], total);
    }

    /// <summary>Reconstructed events per bin of one flux component (summed over isotopes).</summary>
    /// <param name="events">Events at the recoil nodes.</param>
    /// <param name="component">Component index.</param>
    public double[] ApplyComponent(RecoilNodeEvents events, int component)
    {
        ArgumentNullException.ThrowIfNull(events);
        Guard.Index(component, events.ComponentCount);
        var result = new double[Axis.Count];
        var column = new double[Axis.Count];
        for (int i = 0; i < events.IsotopeKeys.Count; i++)
        {
            var t = events.RecoilMev(i);
            var n = events.Events(component, i);
            for (int k = 0; k < t.Count; k++)
            {
                try
                {
                    Fill(t[k], column);
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException(Guard.Text($"The response cannot map the recoil node at T = {t[k]} MeV: {e.Message}"), nameof(events), e);
                }

                for (int b = 0; b < column.Length; b++)
                {
                    result[b] += n[k] * column[b];
                }
            }
        }

        return result;
    }

    // The column of one recoil into a cleared or reused buffer (cleared here).
    internal void Fill(double recoilMev, Span<double> column)
    {
        column.Clear();
        double x = Scale * Quenching.ElectronEquivalentKiloelectronvolts(recoilMev * 1e3);
        if (prepared is not null)
        {
            prepared.Distribute(x, column);
        }
        else
        {
            Resolution.Distribute(x, edges, Efficiency, column);
        }
    }

    // The columns of several recoils, node-major (columns[k · bins + b]), cleared here; a prepared resolution fills them
    // together.
    internal void FillMany(ReadOnlySpan<double> recoilMev, Span<double> columns)
    {
        columns.Clear();
        if (prepared is null)
        {
            int bins = edges.Length - 1;
            for (int k = 0; k < recoilMev.Length; k++)
            {
                Fill(recoilMev[k], columns.Slice(k * bins, bins));
            }

            return;
        }

        const int StackNodes = 256;
        var x = recoilMev.Length <= StackNodes ? stackalloc double[recoilMev.Length] : new double[recoilMev.Length];
        for (int k = 0; k < x.Length; k++)
        {
            x[k] = Scale * Quenching.ElectronEquivalentKiloelectronvolts(recoilMev[k] * 1e3);
        }

        prepared.DistributeMany(x, columns);
    }
}
