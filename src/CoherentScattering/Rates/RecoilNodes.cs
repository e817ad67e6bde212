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

    // cutMassesMev: the nuclear masses whose recoil endpoints T_max(E_s, M) become panel edges (this nucleus's alone by
    // default; every isotope's of a target when the isotopes are to share their nodes).
    public static RecoilNodes Build(Nucleus nucleus, IFormFactor formFactor, DetectorResponse detector, NeutrinoFlux flux, RateIntegration integration,
        IReadOnlyList<double>? cutMassesMev = null)
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
                foreach (double m in cutMassesMev ?? [nucleus.MassMev])
                {
                    double t = Kinematics.MaxRecoilMev(e, m);
                    if (t > tLow && t < tHigh)
                    {
                        edges.Add(t);
                    }
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

        var rule = integration.Rule;
        int order = rule.Order, parts = integration.Subdivisions, count = (int)nodeCount;
        var recoil = new double[count];
        var weight = new double[count];
        var bins = new int[count];
        var binEdges = detector.BinEdges as double[] ?? detector.BinEdges.ToArray();
        var acceptance = detector.Acceptance;
        int j = 0;
        for (int p = 0; p + 1 < unique.Count; p++)
        {
            double width = (unique[p + 1] - unique[p]) / parts;
            for (int s = 0; s < parts; s++)
            {
                double a = unique[p] + s * width, half = 0.5 * width, mid = a + half;
                int bin = BinOf(binEdges, observable.FromRecoilMev(mid));
                for (int i = 0; i < order; i++, j++)
                {
                    double t = mid + half * rule.Node(i);
                    recoil[j] = t;
                    weight[j] = rule.Weight(i) * half * acceptance.Evaluate(observable.FromRecoilMev(t));
                    bins[j] = bin;
                }
            }
        }

        var f2 = new double[count];
        var eMin = new double[count];
        double mass = nucleus.MassMev, sqrt2M = Math.Sqrt(2 * mass);
        for (int k = 0; k < count; k++)
        {
            // Kinematics.MomentumTransferMev and MinNeutrinoEnergyMev inline (T ≥ 0 and M validated once): q = √(2M)√T
            // (F² below), E_min = T/2 + √T√(T + 2M)/2.
            double t = recoil[k], sqrtT = Math.Sqrt(t);
            f2[k] = sqrt2M * sqrtT;
            eMin[k] = 0.5 * t + 0.5 * sqrtT * Math.Sqrt(t + 2 * mass);
        }

        if (formFactor is IBatchFormFactor batch)
        {
            batch.EvaluateSquared(nucleus, f2, f2);
        }
        else
        {
            for (int k = 0; k < count; k++)
            {
                double f = formFactor.Evaluate(nucleus, f2[k]);
                f2[k] = f * f;
            }
        }

        for (int k = 0; k < count; k++)
        {
            f2[k] = Math.Min(f2[k], 1.0);
        }

        return new RecoilNodes(recoil, weight, f2, bins, eMin);
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
