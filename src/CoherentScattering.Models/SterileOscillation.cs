using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// 3+1 sterile-neutrino oscillation at short baseline, paper Eq. (18):
/// P_αα(E) = 1 − sin²2θ_αα sin²(Δm²₄₁ L / 4E), Δm²L/(4E) = 1.26693 Δm²[eV²] L[m] / E[MeV].
/// It multiplies the flux, not the cross section: <see cref="Apply"/> returns an oscillated flux.
/// </summary>
/// <remarks>As in the paper, the disappearance probability of each active flavour multiplies its flux (the NC rate of
/// the surviving active flavours); "μ" mixing acts on ν_μ and ν̄_μ. For a continuous spectrum the oscillation is
/// integrated with panels resolving every half period as long as a stretch of the spectrum holds at most 2048 of them;
/// beyond (Δm² of thousands of eV², or thresholds near E = 0) the exact average over the phase, 1 − sin²2θ/2, is used
/// there (the neglected remainder is below 2e-4 of the oscillating term), so the cost is bounded for any Δm². A
/// monoenergetic line (the prompt ν_μ) keeps its exact phase as Eq. (18) prescribes: it does not average out at large
/// Δm², since the equation ignores the finite source size and decay position that would smear it; use
/// <see cref="WithBaselineSpread"/> to average over a spread of baselines. Only a phase beyond 1e15 rad, which has no
/// significant digits left in double precision, is replaced by its average for a line. The paper's P_αα counts an active
/// ν_μ → ν_e transition as lost although a neutral-current detector sees it; <see cref="NeutralCurrent"/> keeps only
/// the loss to the sterile state, 4|U_α4|²|U_s4|² sin²(Δm²L/4E).</remarks>
public sealed class SterileOscillation
{
    private readonly FlavorValues mixing;

    /// <summary>Creates the oscillation.</summary>
    /// <param name="massSplittingEv2">Δm²₄₁ in eV², ≥ 0 and finite (any size: fast oscillations are averaged).</param>
    /// <param name="electronMixing">sin²2θ_ee, in [0, 1].</param>
    /// <param name="muonMixing">sin²2θ_μμ, in [0, 1].</param>
    /// <param name="tauMixing">sin²2θ_ττ, in [0, 1].</param>
    public SterileOscillation(double massSplittingEv2, double electronMixing, double muonMixing, double tauMixing = 0)
    {
        MassSplittingEv2 = Guard.NonNegative(massSplittingEv2);
        mixing = new FlavorValues(Guard.InRange(electronMixing, 0.0, 1.0), Guard.InRange(muonMixing, 0.0, 1.0), Guard.InRange(tauMixing, 0.0, 1.0));
    }

    /// <summary>The neutral-current reading: each active flavour loses only P(ν_α → ν_s) = 4|U_α4|²|U_s4|² sin²Δ, with
    /// |U_s4|² = 1 − |U_e4|² − |U_μ4|² − |U_τ4|² (unitarity of the 4 × 4 mixing).</summary>
    /// <param name="massSplittingEv2">Δm²₄₁ in eV², ≥ 0.</param>
    /// <param name="electronElementSquared">|U_e4|², in [0, 1].</param>
    /// <param name="muonElementSquared">|U_μ4|², in [0, 1].</param>
    /// <param name="tauElementSquared">|U_τ4|², in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">An element out of range, or their sum above 1.</exception>
    public static SterileOscillation NeutralCurrent(double massSplittingEv2, double electronElementSquared, double muonElementSquared, double tauElementSquared = 0)
    {
        Guard.InRange(electronElementSquared, 0.0, 1.0);
        Guard.InRange(muonElementSquared, 0.0, 1.0);
        Guard.InRange(tauElementSquared, 0.0, 1.0);
        double sterile = 1 - electronElementSquared - muonElementSquared - tauElementSquared;
        if (!(sterile >= 0))
        {
            string largest = electronElementSquared >= muonElementSquared && electronElementSquared >= tauElementSquared ? nameof(electronElementSquared)
                : muonElementSquared >= tauElementSquared ? nameof(muonElementSquared) : nameof(tauElementSquared);
            throw new ArgumentOutOfRangeException(largest, Guard.Text(
                $"|U_e4|² + |U_μ4|² + |U_τ4|² = {1 - sterile} must not exceed 1 (unitarity of the 4 × 4 mixing)."));
        }
        return new SterileOscillation(massSplittingEv2, 4 * electronElementSquared * sterile, 4 * muonElementSquared * sterile, 4 * tauElementSquared * sterile);
    }

    /// <summary>Averages the oscillation over baselines uniformly spread over L ± width/2 (source and detector extent):
    /// ⟨sin²φ⟩ = ½[1 − cos 2φ · sin(2φr)/(2φr)], r = width/(2L). Makes a line average out at large Δm² as it physically does.</summary>
    /// <param name="fullWidth">Full width of the baseline spread, ≥ 0 (COHERENT: of order 1 m).</param>
    public SterileOscillation WithBaselineSpread(Length fullWidth)
    {
        Guard.NonNegative(fullWidth.Meters, nameof(fullWidth));
        var copy = new SterileOscillation(MassSplittingEv2, mixing.Electron, mixing.Muon, mixing.Tau) { BaselineSpread = fullWidth };
        return copy;
    }

    /// <summary>Full width of the baseline spread (zero: the exact phase of Eq. 18).</summary>
    public Length BaselineSpread { get; private init; }

    /// <summary>The paper's simplification sin²2θ_ee = sin²2θ_μμ ≡ sin²2θ_new.</summary>
    /// <param name="massSplittingEv2">Δm²₄₁ in eV².</param>
    /// <param name="mixing">sin²2θ_new in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Δm² negative or not finite, or the mixing outside [0, 1].</exception>
    public static SterileOscillation Common(double massSplittingEv2, double mixing)
    {
        Guard.NonNegative(massSplittingEv2);
        Guard.InRange(mixing, 0.0, 1.0);
        return new(massSplittingEv2, mixing, mixing, mixing);
    }

    /// <summary>Δm²₄₁ in eV².</summary>
    public double MassSplittingEv2 { get; }

    /// <summary>sin²2θ_αα.</summary>
    /// <param name="flavor">α.</param>
    public double Mixing(LeptonFlavor flavor) => mixing[flavor];

    /// <summary>P_αα(E) at a baseline.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="neutrinoMev">E in MeV, &gt; 0.</param>
    /// <param name="baselineMeters">L in m, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">E or L not positive or not finite.</exception>
    public double SurvivalProbability(NeutrinoFlavor flavor, double neutrinoMev, double baselineMeters)
    {
        Guard.Positive(neutrinoMev);
        Guard.Positive(baselineMeters);
        double phase = PhysicalConstants.OscillationPhasePerEv2MeterPerMev * MassSplittingEv2 * baselineMeters / neutrinoMev;
        return 1 - mixing[flavor.Lepton()] * OscillatedSpectrum.MeanSineSquared(phase, BaselineSpread.Meters / (2 * baselineMeters)); // Eq. (18)
    }

    /// <summary>The flux with every component's spectrum multiplied by its survival probability at the flux baseline.</summary>
    /// <param name="flux">The unoscillated flux.</param>
    public NeutrinoFlux Apply(NeutrinoFlux flux)
    {
        ArgumentNullException.ThrowIfNull(flux);
        double phase = PhysicalConstants.OscillationPhasePerEv2MeterPerMev * MassSplittingEv2 * flux.Baseline.Meters;
        return flux.Select(c =>
        {
            double s = mixing[c.Flavor.Lepton()];
            double spread = BaselineSpread.Meters / (2 * flux.Baseline.Meters);
            return s == 0 || phase == 0 ? c : c with { Spectrum = new OscillatedSpectrum(c.Spectrum, s, phase, spread) };
        });
    }
}
