#if NET10_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Numerics;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

// <summary>
// The quadrature nodes in recoil energy for one isotope: T, the weight (Gauss–Legendre weight × panel half-width ×
// acceptance), F²(T) and the analysis bin; built once per (flux, detector) and reused for every model.
// </summary>
internal sealed class RecoilNodes
{
    // <summary>At most this many spectral singularities per flux component become panel edges (a dense table's knots
    // are thinned evenly; its first and last knot are always kept).</summary>
    public const int MaxSingularitiesPerComponent = 512;

    // <summary>At most this many quadrature nodes per isotope (bins × panels × subdivisions × nodes per panel).</summary>
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
        var binEdges = detector.BinEdges as double[] ?? [.. detector.BinEdges];
        var components = flux.Components;
        double ownMass = nucleus.MassMev;
        int masses = cutMassesMev?.Count ?? 1;

        // Panel edges: bins, acceptance steps, and the recoil endpoints of every spectral singularity.
        var steps = detector.Acceptance.Discontinuities;
        int capacity = binEdges.Length + Math.Min(steps.Count, MaxSingularitiesPerComponent);
        for (int c = 0; c < components.Count; c++)
        {
            capacity += Math.Min(components[c].Spectrum.Singularities.Count, MaxSingularitiesPerComponent) * masses;
        }

        var edges = new double[capacity];
        int count = 0;
        foreach (double x in binEdges)
        {
            edges[count++] = observable.ToRecoilMev(x);
        }

        var inside = new List<double>(steps.Count);
        foreach (double x in steps)
        {
            if (x > xLow && x < xHigh)
            {
                inside.Add(x);
            }
        }

        for (int k = 0, n = Thinned(inside.Count); k < n; k++)
        {
            edges[count++] = observable.ToRecoilMev(inside[Pick(k, inside.Count)]);
        }

        for (int c = 0; c < components.Count; c++)
        {
            var singularities = components[c].Spectrum.Singularities;
            for (int k = 0, n = Thinned(singularities.Count); k < n; k++)
            {
                double e = singularities[Pick(k, singularities.Count)];
                for (int j = 0; j < masses; j++)
                {
                    double t = Kinematics.MaxRecoilMev(e, cutMassesMev?[j] ?? ownMass);
                    if (t > tLow && t < tHigh)
                    {
                        edges[count++] = t;
                    }
                }
            }
        }

        Array.Sort(edges, 0, count);
        int panelsEdges = 1;
        for (int k = 1; k < count; k++)
        {
            if (edges[k] - edges[panelsEdges - 1] > 1e-12 * tHigh)
            {
                edges[panelsEdges++] = edges[k];
            }
        }

        long nodeCount = (long)(panelsEdges - 1) * integration.Subdivisions * integration.NodesPerPanel;
        if (nodeCount > MaxNodes)
        {
            throw new ArgumentException(Guard.Text(
                $"The recoil integral would need {nodeCount} quadrature nodes for {nucleus.Key} ({panelsEdges - 1} panels × {integration.Subdivisions} subdivisions × {integration.NodesPerPanel} nodes); at most {MaxNodes} are allowed: use fewer bins or coarser integration settings."),
                nameof(integration));
        }

        var rule = integration.Rule;
        int order = rule.Order, parts = integration.Subdivisions, nodes = (int)nodeCount;
        var recoil = new double[nodes];
        var weight = new double[nodes];
        var bins = new int[nodes];
        int i0 = 0;
        for (int p = 0; p + 1 < panelsEdges; p++)
        {
            double width = (edges[p + 1] - edges[p]) / parts;
            for (int s = 0; s < parts; s++)
            {
                double a = edges[p] + s * width, half = 0.5 * width, mid = a + half;
                int bin = BinOf(binEdges, observable.FromRecoilMev(mid));
                for (int i = 0; i < order; i++, i0++)
                {
                    recoil[i0] = mid + half * rule.Node(i);
                    weight[i0] = rule.Weight(i) * half;
                    bins[i0] = bin;
                }
            }
        }

        // The acceptance at every node (the observables first, then a(x) at once where the acceptance can batch), in
        // the array that receives F² below.
        var f2 = new double[nodes];
        var acceptance = f2;
        for (int k = 0; k < nodes; k++)
        {
            acceptance[k] = observable.FromRecoilMev(recoil[k]);
        }

        if (detector.Acceptance is IBatchAcceptance batchAcceptance)
        {
            batchAcceptance.Evaluate(acceptance, acceptance);
        }
        else
        {
            var a = detector.Acceptance;
            for (int k = 0; k < nodes; k++)
            {
                acceptance[k] = a.Evaluate(acceptance[k]);
            }
        }

        var eMin = new double[nodes];
        double mass = nucleus.MassMev, sqrt2M = Math.Sqrt(2 * mass);
        int k0 = 0;
#if NET10_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            // The loop below four nodes at a time (the same IEEE operations, so the same numbers).
            for (; k0 + Vector256<double>.Count <= nodes; k0 += Vector256<double>.Count)
            {
                (Vector256.Create(weight.AsSpan(k0)) * Vector256.Create(acceptance.AsSpan(k0))).CopyTo(weight.AsSpan(k0));
                var t = Vector256.Create(recoil.AsSpan(k0));
                var sqrtT = Vector256.Sqrt(t);
                (sqrt2M * sqrtT).CopyTo(f2.AsSpan(k0));
                (0.5 * t + 0.5 * sqrtT * Vector256.Sqrt(t + Vector256.Create(2 * mass))).CopyTo(eMin.AsSpan(k0));
            }
        }
#endif
        for (int k = k0; k < nodes; k++)
        {
            weight[k] *= acceptance[k]; // Gauss–Legendre weight × half-width × a(x(T))
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
            for (int k = 0; k < nodes; k++)
            {
                double f = formFactor.Evaluate(nucleus, f2[k]);
                f2[k] = f * f;
            }
        }

        for (int k = 0; k < nodes; k++)
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

    // A list of n singularities keeps at most MaxSingularitiesPerComponent of them, evenly spread (the first and the
    // last always): Thinned(n) of them, the k-th at index Pick(k, n).
    private static int Thinned(int n) => Math.Min(n, MaxSingularitiesPerComponent);

    private static int Pick(int k, int n) => n <= MaxSingularitiesPerComponent ? k : (int)((long)k * (n - 1) / (MaxSingularitiesPerComponent - 1));
}
