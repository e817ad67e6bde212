using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Numerics;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

/// <summary>
/// The quadrature nodes in recoil energy for one isotope: T, the weight (Gauss–Legendre weight × panel half-width ×
/// acceptance), F²(T) and the analysis bin; built once per (flux, detector) and reused for every model.
/// </summary>
internal sealed class RecoilNodes
{
    /// <summary>At most this many spectral singularities per flux component become panel edges (a dense table's knots
    /// are thinned evenly; its first and last knot are always kept).</summary>
    public const int MaxSingularitiesPerComponent = 512;

    /// <summary>At most this many quadrature nodes per isotope (bins × panels × subdivisions × nodes per panel).</summary>
    public const int MaxNodes = 1_000_000;

    private RecoilNodes(double[] recoilMev, double[] weight, double[] formFactorSquared, int[] bin, double[] minNeutrinoMev)
    {
        RecoilMev = recoilMev;
        Weight = weight;
        FormFactorSquared = formFactorSquared;
        Bin = bin;
        MinNeutrinoMev = minNeutrinoMev;
    }

    public double[] RecoilMev { get; }

    public double[] Weight { get; }

    public double[] FormFactorSquared { get; }

    public int[] Bin { get; }

    public double[] MinNeutrinoMev { get; }

    public int Count => RecoilMev.Length;

    public static RecoilNodes Build(Nucleus nucleus, IFormFactor formFactor, DetectorResponse detector, NeutrinoFlux flux, RateIntegration integration)
    {
        var observable = detector.Observable;
        double xLow = detector.RegionLow, xHigh = detector.RegionHigh;
        double tLow = observable.ToRecoilMev(xLow), tHigh = observable.ToRecoilMev(xHigh);

        // Panel edges: bins, acceptance steps, and the recoil endpoints of every spectral singularity.
        var edges = new List<double>();
        edges.AddRange(detector.BinEdges.Select(observable.ToRecoilMev));
        edges.AddRange(Thinned(detector.Acceptance.Discontinuities.Where(x => x > xLow && x < xHigh).ToArray()).Select(observable.ToRecoilMev));
        foreach (var component in flux.Components)
        {
            foreach (double e in Thinned(component.Spectrum.Singularities))
            {
                double t = Kinematics.MaxRecoilMev(e, nucleus.MassMev);
                if (t > tLow && t < tHigh)
                {
                    edges.Add(t);
                }
            }
        }

        edges.Sort();
        var unique = new List<double> { edges[0] };
        foreach (double t in edges.Skip(1))
        {
            if (t - unique[^1] > 1e-12 * tHigh)
            {
                unique.Add(t);
            }
        }

        long nodeCount = (long)(unique.Count - 1) * integration.Subdivisions * integration.NodesPerPanel;
        if (nodeCount > MaxNodes)
        {
            throw new ArgumentException(Guard.Text(
                $"The recoil integral would need {nodeCount} quadrature nodes for {nucleus.Key} ({unique.Count - 1} panels × {integration.Subdivisions} subdivisions × {integration.NodesPerPanel} nodes); at most {MaxNodes} are allowed: use fewer bins or coarser integration settings."),
                nameof(integration));
        }

        var rule = new GaussLegendre(integration.NodesPerPanel);
        var t_ = new List<double>();
        var w_ = new List<double>();
        var bins = new List<int>();
        var binEdges = detector.BinEdges.ToArray();
        for (int p = 0; p + 1 < unique.Count; p++)
        {
            double width = (unique[p + 1] - unique[p]) / integration.Subdivisions;
            for (int s = 0; s < integration.Subdivisions; s++)
            {
                double a = unique[p] + s * width, b = a + width, half = 0.5 * width, mid = a + half;
                int bin = BinOf(binEdges, observable.FromRecoilMev(mid));
                for (int i = 0; i < rule.Order; i++)
                {
                    double t = mid + half * rule.Node(i);
                    double acceptance = detector.Acceptance.Evaluate(observable.FromRecoilMev(t));
                    t_.Add(t);
                    w_.Add(rule.Weight(i) * half * acceptance);
                    bins.Add(bin);
                }
            }
        }

        double[] recoil = t_.ToArray();
        double[] f2 = recoil.Select(t =>
        {
            double f = formFactor.Evaluate(nucleus, Kinematics.MomentumTransferMev(t, nucleus.MassMev));
            return Math.Min(f * f, 1.0);
        }).ToArray();
        double[] eMin = recoil.Select(t => Kinematics.MinNeutrinoEnergyMev(t, nucleus.MassMev)).ToArray();
        return new RecoilNodes(recoil, w_.ToArray(), f2, bins.ToArray(), eMin);
    }

    // The bin [edges[b], edges[b+1]) holding x (the last bin for x at or beyond its upper edge): a binary search.
    private static int BinOf(double[] edges, double x)
    {
        int i = Array.BinarySearch(edges, x);
        int b = i >= 0 ? i : ~i - 1;
        return Math.Clamp(b, 0, edges.Length - 2);
    }

    private static IEnumerable<double> Thinned(IReadOnlyList<double> singularities)
    {
        int n = singularities.Count;
        if (n <= MaxSingularitiesPerComponent)
        {
            return singularities;
        }

        return Enumerable.Range(0, MaxSingularitiesPerComponent)
            .Select(k => singularities[(int)((long)k * (n - 1) / (MaxSingularitiesPerComponent - 1))]);
    }
}
