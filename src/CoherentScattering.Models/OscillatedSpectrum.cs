using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// A spectrum times a two-flavour survival probability, λ(E) [1 − s sin²(k/E)] with k = Δm²L/4 in MeV (Eq. 18).
/// Not normalised to one: the missing fraction has oscillated away.
/// </summary>
/// <remarks>
/// Integration is done in u = 1/E, where the phase k·u is linear: [1/E_max, 1/E_min] is cut into panels of at most a
/// half period of the oscillation (π/(2k) in u) and at the inner spectrum's singularities, each with a 10-node
/// Gauss–Legendre rule; panels also span at most a factor 1.25 in u, so that without oscillation the moments agree with
/// the inner spectrum's exact ones to ~1e-14. Lines are exact. As k → ∞ the result tends to the averaged 1 − s/2 (tested).
/// </remarks>
internal sealed class OscillatedSpectrum : INeutrinoSpectrum
{
    private static readonly Numerics.GaussLegendre Rule = new(10);
    private readonly INeutrinoSpectrum inner;
    private readonly double amplitude;
    private readonly double phaseMev;
    private readonly double relativeHalfSpread;
    private readonly OscillatedSpectrum? previous; // an earlier oscillation of the same flux: survival factors multiply

    public OscillatedSpectrum(INeutrinoSpectrum inner, double amplitude, double phaseMev, double relativeHalfSpread = 0)
    {
        // Oscillating an oscillated spectrum composes the survival factors on the original spectrum (lines stay lines).
        previous = inner as OscillatedSpectrum;
        this.inner = previous?.inner ?? inner;
        this.amplitude = amplitude;
        this.phaseMev = phaseMev;
        this.relativeHalfSpread = relativeHalfSpread;
    }

    // Sum of the phases of all factors: the fastest oscillation of the product, which the panels must resolve.
    private double TotalPhaseMev => phaseMev + (previous?.TotalPhaseMev ?? 0);

    /// <summary>sin²φ, or its average over φ(1 ± r) when r &gt; 0: ½[1 − cos 2φ · sin(2φr)/(2φr)].</summary>
    public static double MeanSineSquared(double phase, double relativeHalfSpread)
    {
        if (relativeHalfSpread <= 0)
        {
            double s = Math.Sin(phase);
            return s * s;
        }

        double w = 2 * phase * relativeHalfSpread;
        double sinc = Math.Abs(w) < 1e-4 ? 1 - w * w / 6 : Math.Sin(w) / w;
        return 0.5 * (1 - Math.Cos(2 * phase) * sinc);
    }

    public string Name => $"{inner.Name} × P_osc";

    public double MinimumEnergyMev => inner.MinimumEnergyMev;

    public double MaximumEnergyMev => inner.MaximumEnergyMev;

    public IReadOnlyList<double> Singularities => inner.Singularities;

    public double Survival(double energyMev) =>
        (1 - amplitude * MeanSineSquared(phaseMev / energyMev, relativeHalfSpread)) * (previous?.Survival(energyMev) ?? 1.0);

    public double Density(double energyMev) => inner.Density(energyMev) * Survival(energyMev);

    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        if (inner is MonoenergeticSpectrum line)
        {
            return Survival(line.EnergyMev) * line.InverseMoments(minimumEnergyMev);
        }

        return Moments(minimumEnergyMev, inner.MaximumEnergyMev);
    }

    /// <summary>One cumulative pass for many thresholds: sorted from the top, each stretch between neighbouring thresholds
    /// is integrated once, so the cost is that of a single integral from the lowest threshold.</summary>
    public void InverseMoments(ReadOnlySpan<double> minimumEnergiesMev, Span<SpectrumMoments> moments)
    {
        if (inner is MonoenergeticSpectrum)
        {
            for (int i = 0; i < minimumEnergiesMev.Length; i++)
            {
                moments[i] = InverseMoments(minimumEnergiesMev[i]);
            }

            return;
        }

        int[] order = Enumerable.Range(0, minimumEnergiesMev.Length).ToArray();
        double[] thresholds = minimumEnergiesMev.ToArray();
        Array.Sort(thresholds.ToArray(), order);
        var cumulative = default(SpectrumMoments);
        double upper = inner.MaximumEnergyMev;
        for (int k = order.Length - 1; k >= 0; k--)
        {
            double lower = thresholds[order[k]];
            if (lower < upper)
            {
                cumulative += Moments(lower, upper);
                upper = lower;
            }

            moments[order[k]] = cumulative;
        }
    }

    private SpectrumMoments Moments(double lowerMev, double upperMev)
    {
        double m0 = 0, m1 = 0, m2 = 0;
        ForEachNode(lowerMev, upperMev, (e, w) =>
        {
            double inv = 1 / e;
            m0 += w;
            m1 += w * inv;
            m2 += w * inv * inv;
        });
        return new SpectrumMoments(m0, m1, m2);
    }

    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        if (inner is MonoenergeticSpectrum line)
        {
            return Survival(line.EnergyMev) * line.Integrate(integrand, minimumEnergyMev);
        }

        double sum = 0;
        ForEachNode(minimumEnergyMev, inner.MaximumEnergyMev, (e, w) => sum += w * integrand(e));
        return sum;
    }

    // Calls visit(E, weight) with weight = λ(E) P(E) dE for quadrature nodes covering [lower, upper] ∩ support.
    private void ForEachNode(double lowerMev, double upperMev, Action<double, double> visit)
    {
        double eLow = Math.Max(lowerMev, inner.MinimumEnergyMev), eHigh = Math.Min(upperMev, inner.MaximumEnergyMev);
        if (eLow <= 0)
        {
            eLow = 1e-6 * inner.MaximumEnergyMev; // u = 1/E must stay finite; the omitted sliver carries ~1e-18 of λ ∝ E²
        }

        if (!(eLow < eHigh))
        {
            return;
        }

        // Panel edges in u = 1/E: singularities of the inner spectrum, then at most half an oscillation period.
        var edges = new List<double> { 1 / eHigh, 1 / eLow };
        edges.AddRange(inner.Singularities.Where(e => e > eLow && e < eHigh).Select(e => 1 / e));
        edges.Sort();
        double maxWidth = TotalPhaseMev > 0 ? Math.PI / (2 * TotalPhaseMev) : double.PositiveInfinity;
        for (int p = 0; p + 1 < edges.Count; p++)
        {
            // Geometric pieces (ratio ≤ 1.25) integrate the smooth factor λ(1/u)/u² to ~1e-14; each is then cut so that
            // no panel is wider than half an oscillation period.
            double ua = edges[p], ub = edges[p + 1];
            int geometric = Math.Max(1, (int)Math.Ceiling(Math.Log(ub / ua) / Math.Log(1.25)));
            double ratio = Math.Pow(ub / ua, 1.0 / geometric);
            for (int g = 0; g < geometric; g++)
            {
                double ga = ua * Math.Pow(ratio, g), gb = g == geometric - 1 ? ub : ua * Math.Pow(ratio, g + 1);
                int pieces = Math.Max(1, (int)Math.Ceiling((gb - ga) / maxWidth));
                double width = (gb - ga) / pieces;
                for (int k = 0; k < pieces; k++)
                {
                    double half = 0.5 * width, mid = ga + k * width + half;
                    for (int i = 0; i < Rule.Order; i++)
                    {
                        double u = mid + half * Rule.Node(i);
                        double e = 1 / u;
                        visit(e, Rule.Weight(i) * half * e * e * Density(e)); // dE = du / u²
                    }
                }
            }
        }
    }
}
