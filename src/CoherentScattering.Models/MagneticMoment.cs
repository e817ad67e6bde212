using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// Neutrino magnetic moments μ_να in Bohr magnetons, added incoherently to the SM (paper Eq. 13–16 with erratum E2):
/// dσ_EM/dT = (π α² μ_ν² / m_e²) (1/T − 1/E) Z² F² (Vogel &amp; Engel, PRD 39, 3378, 1989).
/// </summary>
/// <remarks>Erratum E2: the printed Eq. (15) lacks the 1/T and is not dimensionless; the Vogel–Engel form is used.
/// Erratum E6: with it the COHERENT CsI limits are a few 1e-9 μ_B, not the printed 4–5 (×1e-10 μ_B).
/// "ν_μ" moments act on ν_μ and ν̄_μ alike.</remarks>
public sealed class MagneticMoment : ISeparableTerm
{
    private readonly FlavorValues moments;

    private MagneticMoment(FlavorValues moments) => this.moments = moments;

    /// <summary>The same moment for every flavour (the paper's "effective μ_ν").</summary>
    /// <param name="bohrMagnetons">μ_ν in μ_B, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">μ outside [0, 1] μ_B.</exception>
    public static MagneticMoment Universal(double bohrMagnetons) => new(FlavorValues.Universal(Guard.InRange(bohrMagnetons, 0.0, CouplingLimits.MagneticMomentBohr)));

    /// <summary>A moment for one family only.</summary>
    /// <param name="flavor">α.</param>
    /// <param name="bohrMagnetons">μ_να in μ_B, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or μ outside [0, 1] μ_B.</exception>
    public static MagneticMoment ForFlavor(LeptonFlavor flavor, double bohrMagnetons) =>
        new(FlavorValues.Zero.With(Guard.Defined(flavor), Guard.InRange(bohrMagnetons, 0.0, CouplingLimits.MagneticMomentBohr)));

    /// <summary>Returns a copy with another moment for a family.</summary>
    /// <param name="flavor">α.</param>
    /// <param name="bohrMagnetons">μ_να in μ_B, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or μ outside [0, 1] μ_B.</exception>
    public MagneticMoment With(LeptonFlavor flavor, double bohrMagnetons) => new(moments.With(Guard.Defined(flavor), Guard.InRange(bohrMagnetons, 0.0, CouplingLimits.MagneticMomentBohr)));

    /// <summary>True when every moment is zero.</summary>
    public bool IsZero => moments == FlavorValues.Zero;

    /// <summary>μ_να in μ_B.</summary>
    /// <param name="flavor">α.</param>
    public double BohrMagnetons(LeptonFlavor flavor) => moments[flavor];

    /// <inheritdoc />
    public IBasisForm Basis => NewPhysicsBasis.Magnetic;

    /// <inheritdoc />
    public double Coefficient(NeutrinoFlavor flavor, Nucleus nucleus)
    {
        Guard.NotNull(nucleus);
        double mu = moments[flavor.Lepton()];
        return mu * mu;
    }

    /// <inheritdoc />
    public KinematicForm Term(in ScatteringPoint point)
    {
        double c = Coefficient(point.Flavor, point.Target);
        return c == 0 ? default : c * NewPhysicsBasis.Magnetic.Evaluate(point); // Vogel–Engel (πα²μ²/m_e²)(1/T − 1/E) Z² F²
    }

    /// <inheritdoc />
    public override string ToString() => "magnetic moment";
}
