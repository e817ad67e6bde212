using CoherentScattering.Sources;

namespace CoherentScattering.Models;

// <summary>
// A spectrum times two-flavour survival probabilities, λ(E) Π_i [1 − s_i sin²(k_i/E)] with k = Δm²L/4 in MeV (Eq. 18);
// one factor per oscillation applied. Not normalised to one: the missing fraction has oscillated away.
// </summary>
// <remarks>
// <para>Integration is done in u = 1/E, where each phase k·u is linear: [1/E_max, 1/E_min] is cut at the inner
// spectrum's singularities, then into geometric pieces spanning at most a factor 1.25 in u (so that without oscillation
// the moments agree with the inner spectrum's exact ones to ~1e-14), then into panels of at most half an oscillation
// period (π/(2Σk) in u), each with a 10-node Gauss–Legendre rule. Lines are exact.</para>
// <para>Fast oscillations are averaged exactly: a factor that would need more than <see cref="MaxPanels"/> half periods
// on a geometric piece (Δu = u/4), i.e. below E* = k/(2π·MaxPanels) (Δm² of thousands of eV², or thresholds near
// E = 0), enters there through its mean over the phase, 1 − s/2 (factors of equal phase through the mean of their product, with ⟨sin^{2n}⟩ = C(2n, n)/4ⁿ). The
// neglected oscillating remainder is below 1/(π·MaxPanels) ≈ 1.6e-4 of the oscillating term on that piece, and the
// cost of a moment pass is bounded for any Δm². For a monoenergetic line the exact phase is kept (Eq. 18); a phase
// beyond 1e15 rad carries no information in double precision and is averaged (see <see cref="MeanSineSquared"/>).</para>
// <para>A batch of thresholds costs a single sweep over the singularities and thresholds (sorted once), so a tabulated
// spectrum with many knots is integrated in O((knots + thresholds) log) plus the panels.</para>
// </remarks>
internal sealed class OscillatedSpectrum : INeutrinoSpectrum
{
    // <summary>Largest number of half-period panels a factor may need on one geometric piece before it is averaged.</summary>
    public const int MaxPanels = 2048;

    // <summary>Beyond this phase (rad) sin² is averaged: the double-precision phase has no significant digits left.</summary>
    public const double PhaseResolutionLimit = 1e15;

    private static readonly Numerics.GaussLegendre Rule = new(10);
    private readonly INeutrinoSpectrum inner;
    private readonly Factor[] factors;
    private readonly double[] singularities; // inside the support, descending in E

    public OscillatedSpectrum(INeutrinoSpectrum inner, double amplitude, double phaseMev, double relativeHalfSpread = 0)
    {
        // Oscillating an oscillated spectrum composes the survival factors on the original spectrum (lines stay lines).
        var previous = inner as OscillatedSpectrum;
        this.inner = previous?.inner ?? inner;
        factors = [.. previous?.factors ?? [], new Factor(amplitude, phaseMev, relativeHalfSpread)];
        // Panel edges: the inner spectrum's singularities and, for each factor, the energy below which it is averaged.
        singularities = this.inner.Singularities.Concat(factors.Select(f => AveragingEnergyMev(f.PhaseMev)))
            .Where(e => e > this.inner.MinimumEnergyMev && e < this.inner.MaximumEnergyMev)
            .Distinct().OrderByDescending(e => e).ToArray();
    }

    private readonly record struct Factor(double Amplitude, double PhaseMev, double RelativeHalfSpread);

    // Below E* = k/(2π·MaxPanels) a geometric piece (Δu = u/4) holds more than MaxPanels half periods of the factor
    // (k·(u/4)/(π/2) > MaxPanels ⟺ u > 2π·MaxPanels/k): the factor is averaged there. A function of E alone, so every
    // partition of the range (one threshold or many) integrates the same function; E* is also a panel edge.
    private static double AveragingEnergyMev(double phaseMev) => phaseMev / (2 * Math.PI * MaxPanels);

    // <summary>sin²φ, or its average over φ(1 ± r) when r &gt; 0: ½[1 − cos 2φ · sin(2φr)/(2φr)]; ½ when |φ| exceeds
    // <see cref="PhaseResolutionLimit"/> (or is infinite).</summary>
    public static double MeanSineSquared(double phase, double relativeHalfSpread)
    {
        if (!(Math.Abs(phase) <= PhaseResolutionLimit))
        {
            return 0.5;
        }

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

    public double Survival(double energyMev)
    {
        double p = 1;
        foreach (var f in factors)
        {
            p *= 1 - f.Amplitude * MeanSineSquared(f.PhaseMev / energyMev, f.RelativeHalfSpread);
        }

        return p;
    }

    public double Density(double energyMev) => inner.Density(energyMev) * Survival(energyMev);

    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        Guard.NonNegative(minimumEnergyMev);
        if (inner is MonoenergeticSpectrum line)
        {
            return Survival(line.EnergyMev) * line.InverseMoments(minimumEnergyMev);
        }

        Span<SpectrumMoments> result = stackalloc SpectrumMoments[1];
        InverseMoments([minimumEnergyMev], result);
        return result[0];
    }

    // <summary>One sweep for many thresholds: sorted from the top, each stretch between neighbouring thresholds and
    // singularities is integrated once, so the cost is that of a single integral from the lowest threshold.</summary>
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
        foreach (double t in thresholds)
        {
            Guard.NonNegative(t, nameof(minimumEnergiesMev));
        }

        Array.Sort(thresholds.ToArray(), order);
        double m0 = 0, m1 = 0, m2 = 0;
        double upper = inner.MaximumEnergyMev;
        int next = 0; // next singularity below `upper`
        for (int k = order.Length - 1; k >= 0; k--)
        {
            double lower = Math.Max(thresholds[order[k]], LowestEnergy);
            while (upper > lower)
            {
                while (next < singularities.Length && singularities[next] >= upper)
                {
                    next++;
                }

                double stop = next < singularities.Length && singularities[next] > lower ? singularities[next] : lower;
                ForEachNode(stop, upper, (e, w) =>
                {
                    double inv = 1 / e;
                    m0 += w;
                    m1 += w * inv;
                    m2 += w * inv * inv;
                });
                upper = stop;
            }

            moments[order[k]] = new SpectrumMoments(m0, m1, m2);
        }
    }

    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        Guard.NonNegative(minimumEnergyMev);
        if (inner is MonoenergeticSpectrum line)
        {
            return Survival(line.EnergyMev) * line.Integrate(integrand, minimumEnergyMev);
        }

        double sum = 0, upper = inner.MaximumEnergyMev, lower = Math.Max(minimumEnergyMev, LowestEnergy);
        foreach (double s in singularities.Where(s => s > lower).Append(lower))
        {
            if (s < upper)
            {
                ForEachNode(s, upper, (e, w) => sum += w * integrand(e));
                upper = s;
            }
        }

        return Guard.FiniteResult(sum, nameof(integrand), "the integral");
    }

    // u = 1/E must stay finite: below 1e-6 E_max the omitted sliver carries ~1e-18 of a λ ∝ E² spectrum (and a
    // spectrum with λ(0) > 0 has divergent E⁻¹ moments there anyway).
    private double LowestEnergy => Math.Max(inner.MinimumEnergyMev, 1e-6 * inner.MaximumEnergyMev);

    // Calls visit(E, weight) with weight = λ(E) P(E) dE for quadrature nodes covering [lowerMev, upperMev], a stretch
    // without inner singularities.
    private void ForEachNode(double lowerMev, double upperMev, Action<double, double> visit)
    {
        double ua = 1 / upperMev, ub = 1 / lowerMev;
        if (!(ua < ub))
        {
            return;
        }

        // Geometric pieces (ratio ≤ 1.25) integrate the smooth factor λ(1/u)/u² to ~1e-14; each is then cut so that
        // no panel is wider than half a period of the factors that are resolved exactly.
        int geometric = Math.Max(1, (int)Math.Ceiling(Math.Log(ub / ua) / Math.Log(1.25)));
        double ratio = Math.Pow(ub / ua, 1.0 / geometric);
        Span<bool> averaged = factors.Length <= 64 ? stackalloc bool[factors.Length] : new bool[factors.Length];
        for (int g = 0; g < geometric; g++)
        {
            double ga = ua * Math.Pow(ratio, g), gb = g == geometric - 1 ? ub : ua * Math.Pow(ratio, g + 1);
            double width = gb - ga, resolvedPhase = 0;
            bool anyAveraged = false;
            double midEnergy = 2 / (ga + gb);
            for (int f = 0; f < factors.Length; f++)
            {
                // E* is a panel edge, so the whole piece lies on one side of it. A resolved factor has at most
                // MaxPanels half periods here, however finely the range is split at thresholds.
                averaged[f] = !(midEnergy >= AveragingEnergyMev(factors[f].PhaseMev));
                anyAveraged |= averaged[f];
                resolvedPhase += averaged[f] ? 0 : factors[f].PhaseMev;
            }

            double maxWidth = resolvedPhase > 0 ? Math.PI / (2 * resolvedPhase) : double.PositiveInfinity;
            int pieces = Math.Max(1, (int)Math.Ceiling(width / maxWidth));
            double panel = width / pieces;
            for (int k = 0; k < pieces; k++)
            {
                double half = 0.5 * panel, mid = ga + k * panel + half;
                for (int i = 0; i < Rule.Order; i++)
                {
                    double u = mid + half * Rule.Node(i);
                    double e = 1 / u;
                    double survival = anyAveraged ? PartlyAveragedSurvival(e, averaged) : Survival(e);
                    visit(e, Rule.Weight(i) * half * e * e * inner.Density(e) * survival); // dE = du / u²
                }
            }
        }
    }

    // The survival with the averaged factors replaced by their mean over the phase; averaged factors of one phase are
    // averaged together: ⟨Π(1 − s_i x)⟩ with x = sin²φ and ⟨xⁿ⟩ = C(2n, n)/4ⁿ (⟨sin²⟩ with a spread is also ½).
    private double PartlyAveragedSurvival(double energyMev, ReadOnlySpan<bool> averaged)
    {
        double p = 1;
        Span<bool> done = factors.Length <= 64 ? stackalloc bool[factors.Length] : new bool[factors.Length];
        Span<double> c = stackalloc double[Math.Min(factors.Length, 64) + 1];
        for (int f = 0; f < factors.Length; f++)
        {
            if (!averaged[f])
            {
                p *= 1 - factors[f].Amplitude * MeanSineSquared(factors[f].PhaseMev / energyMev, factors[f].RelativeHalfSpread);
                continue;
            }

            if (done[f])
            {
                continue;
            }

            // Polynomial Π(1 − s_i x) over the factors sharing this phase, then its mean.
            c.Clear();
            c[0] = 1;
            int degree = 0;
            for (int g = f; g < factors.Length && degree < 64; g++)
            {
                if (averaged[g] && !done[g] && factors[g].PhaseMev == factors[f].PhaseMev)
                {
                    done[g] = true;
                    degree++;
                    for (int n = degree; n >= 1; n--)
                    {
                        c[n] -= factors[g].Amplitude * c[n - 1];
                    }
                }
            }

            double mean = 0, power = 1; // ⟨xⁿ⟩ = C(2n, n)/4ⁿ, built recursively: ⟨x^{n}⟩ = ⟨x^{n−1}⟩ (2n − 1)/(2n)
            for (int n = 0; n <= degree; n++)
            {
                mean += c[n] * power;
                power *= (2.0 * n + 1) / (2.0 * n + 2);
            }

            p *= mean;
        }

        return p;
    }
}
