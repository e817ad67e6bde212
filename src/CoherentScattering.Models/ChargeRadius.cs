using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// Neutrino charge radii ⟨r²_να⟩, paper Eq. (17) (Hirsch, Nardi, Restrepo, PRD 67, 033005, 2003): the weak mixing angle
/// is shifted flavour by flavour, sin²θ_W → sin²θ_W + (√2 π α / (3 G_F)) ⟨r²_να⟩, i.e. δQ_V = −2 Z · δsin²θ_W.
/// </summary>
/// <remarks>The sign follows the paper (it reproduces the universal row of Table I). 1e-32 cm² shifts sin²θ_W by 0.0238.
/// "ν_μ" radii act on ν_μ and ν̄_μ alike.</remarks>
public sealed class ChargeRadius : IVectorChargeShift
{
    private readonly FlavorValues radiiSquaredCm2;

    private ChargeRadius(FlavorValues radiiSquaredCm2) => this.radiiSquaredCm2 = radiiSquaredCm2;

    /// <summary>The same ⟨r²⟩ for every flavour.</summary>
    /// <param name="radiusSquared">⟨r²⟩ (may be negative; finite).</param>
    /// <exception cref="ArgumentOutOfRangeException">|⟨r²⟩| &gt; 1e-24 cm².</exception>
    public static ChargeRadius Universal(Area radiusSquared) =>
        new(FlavorValues.Universal(Guard.Magnitude(radiusSquared.SquareCentimeters, CouplingLimits.ChargeRadiusSquaredCm2, nameof(radiusSquared))));

    /// <summary>⟨r²⟩ for one family only.</summary>
    /// <param name="flavor">α.</param>
    /// <param name="radiusSquared">⟨r²_να⟩.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or |⟨r²⟩| &gt; 1e-24 cm².</exception>
    public static ChargeRadius ForFlavor(LeptonFlavor flavor, Area radiusSquared) =>
        new(FlavorValues.Zero.With(Guard.Defined(flavor), Guard.Magnitude(radiusSquared.SquareCentimeters, CouplingLimits.ChargeRadiusSquaredCm2, nameof(radiusSquared))));

    /// <summary>Returns a copy with another ⟨r²⟩ for a family.</summary>
    /// <param name="flavor">α.</param>
    /// <param name="radiusSquared">⟨r²_να⟩.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or |⟨r²⟩| &gt; 1e-24 cm².</exception>
    public ChargeRadius With(LeptonFlavor flavor, Area radiusSquared) =>
        new(radiiSquaredCm2.With(Guard.Defined(flavor), Guard.Magnitude(radiusSquared.SquareCentimeters, CouplingLimits.ChargeRadiusSquaredCm2, nameof(radiusSquared))));

    /// <summary>⟨r²_να⟩.</summary>
    /// <param name="flavor">α.</param>
    public Area RadiusSquared(LeptonFlavor flavor) => Area.FromSquareCentimeters(radiiSquaredCm2[flavor]);

    /// <summary>The shift of sin²θ_W for a family, (√2 π α/(3 G_F)) ⟨r²⟩ (Eq. 17), with ⟨r²⟩ converted to MeV⁻² by (ħc)².</summary>
    /// <param name="flavor">α.</param>
    public double WeakMixingAngleShift(LeptonFlavor flavor)
    {
        double hbarc = PhysicalConstants.HbarCMevCm;
        double r2 = radiiSquaredCm2[flavor] / (hbarc * hbarc);
        return Math.Sqrt(2) * Math.PI * PhysicalConstants.FineStructure / (3 * PhysicalConstants.FermiCouplingPerMev2) * r2; // Eq. (17)
    }

    /// <inheritdoc />
    public bool IsRecoilIndependent => true;

    /// <inheritdoc />
    public double ChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev) =>
        -2 * Guard.NotNull(nucleus).Protons * WeakMixingAngleShift(flavor.Lepton()); // g_p^V = 1/2 − 2 sin²θ_W

    /// <inheritdoc />
    public bool SplitsByNucleon => true;

    /// <inheritdoc />
    /// <remarks>The shift of sin²θ_W changes g_p^V only: δQ_p = −2 Z δsin²θ_W, δQ_n = 0.</remarks>
    public NucleonCharges NucleonChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev) =>
        new(ChargeShift(flavor, nucleus, recoilMev), 0.0);

    /// <inheritdoc />
    public override string ToString() => "charge radius";
}
