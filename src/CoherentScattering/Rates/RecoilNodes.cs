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
        edges.AddRange(detector.Acceptance.Discontinuities.Where(x => x > xLow && x < xHigh).Select(observable.ToRecoilMev));
        foreach (var component in flux.Components)
        {
            foreach (double e in component.Spectrum.Singularities)
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

        var rule = new GaussLegendre(integration.NodesPerPanel);
        var t_ = new List<double>();
        var w_ = new List<double>();
        var bins = new List<int>();
        var binEdges = detector.BinEdges;
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
            return f * f;
        }).ToArray();
        double[] eMin = recoil.Select(t => Kinematics.MinNeutrinoEnergyMev(t, nucleus.MassMev)).ToArray();
        return new RecoilNodes(recoil, w_.ToArray(), f2, bins.ToArray(), eMin);
    }

    private static int BinOf(IReadOnlyList<double> edges, double x)
    {
        for (int b = 0; b + 1 < edges.Count; b++)
        {
            if (x < edges[b + 1])
            {
                return b;
            }
        }

        return edges.Count - 2;
    }
}
