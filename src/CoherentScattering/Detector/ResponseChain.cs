using CoherentScattering.Numerics;
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
/// <remarks>Without smearing the column of a node is a(x) in the bin holding x; with smearing each bin's integral is a
/// 16-panel, 8-node Gauss–Legendre sum over the bin's overlap with x_true ± 8σ (the Gaussian mass beyond is below 1e-15).
/// Reconstructed values outside the bins are lost (a ROI cut).</remarks>
public sealed class ResponseChain
{
    private static readonly GaussLegendre Rule = new(8);
    private readonly double[] edges;

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
    public ResponseChain WithQuenching(IQuenching quenching) => new(quenching, Scale, Resolution, Efficiency, Axis);

    /// <summary>The same chain with another resolution.</summary>
    /// <param name="resolution">The new resolution.</param>
    public ResponseChain WithResolution(IResolution resolution) => new(Quenching, Scale, resolution, Efficiency, Axis);

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

    private void Fill(double recoilMev, double[] column)
    {
        Array.Clear(column);
        double x = Scale * Quenching.ElectronEquivalentKiloelectronvolts(recoilMev * 1e3);
        var (centre, sigma) = Resolution.Spread(x);
        if (!(sigma > 0))
        {
            int i = Array.BinarySearch(edges, centre);
            int b = i >= 0 ? i : ~i - 1;
            if (b >= 0 && b < column.Length)
            {
                column[b] = Efficiency.Evaluate(centre);
            }

            return;
        }

        double lowest = centre - 8 * sigma, highest = centre + 8 * sigma;
        double norm = 1 / (sigma * Math.Sqrt(2 * Math.PI));
        for (int b = 0; b < column.Length; b++)
        {
            double lo = Math.Max(edges[b], lowest), hi = Math.Min(edges[b + 1], highest);
            if (!(hi > lo))
            {
                continue;
            }

            double sum = 0, width = (hi - lo) / 16;
            for (int p = 0; p < 16; p++)
            {
                double a = lo + p * width;
                sum += Rule.Integrate(v =>
                {
                    double z = (v - centre) / sigma;
                    return norm * Math.Exp(-0.5 * z * z) * Efficiency.Evaluate(v);
                }, a, a + width);
            }

            column[b] = sum;
        }
    }
}
