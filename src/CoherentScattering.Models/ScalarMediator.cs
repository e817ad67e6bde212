using CoherentScattering.CrossSections;
using CoherentScattering.Quantities;

namespace CoherentScattering.Models;

/// <summary>
/// A light CP-even scalar φ, paper Eq. (23)–(27) (Cerdeño et al., JHEP 05, 118, 2016): an incoherent term
/// dσ/dT = (G_F² M²/4π) G_φ² M_φ⁴ T / (E² (2MT + M_φ²)²) F², G_φ = g_ν Q_φ/(G_F M_φ²), i.e.
/// M² (g_ν Q_φ)² T F² / (4π E² (2MT + M_φ²)²). Universal couplings: g_ν Q_φ = g²_φ (14A + 1.1Z) (Eq. 27).
/// </summary>
public sealed class ScalarMediator : IIncoherentTerm
{
    private ScalarMediator(double massMev, double? chargeProduct, double? universalCouplingSquared)
    {
        MassMev = massMev;
        ChargeProduct = chargeProduct;
        UniversalCouplingSquared = universalCouplingSquared;
    }

    /// <summary>Universal couplings with g²_φ given.</summary>
    /// <param name="mass">M_φ &gt; 0.</param>
    /// <param name="couplingSquared">g²_φ ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">M_φ outside [1e-9, 1e9] MeV, or g² outside [0, 1e6].</exception>
    public static ScalarMediator Universal(Energy mass, double couplingSquared) =>
        new(VectorMediator.MediatorMass(mass), null, Guard.InRange(couplingSquared, 0.0, CouplingLimits.Dimensionless));

    /// <summary>A given product g_ν^S Q_φ (the same for every nucleus).</summary>
    /// <param name="mass">M_φ &gt; 0.</param>
    /// <param name="neutrinoCouplingTimesCharge">g_ν^S Q_φ, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">M_φ outside [1e-9, 1e9] MeV, or |g_ν Q_φ| &gt; 1e9.</exception>
    public static ScalarMediator FromChargeProduct(Energy mass, double neutrinoCouplingTimesCharge) =>
        new(VectorMediator.MediatorMass(mass), Guard.Magnitude(neutrinoCouplingTimesCharge, CouplingLimits.ScalarChargeProduct), null);

    /// <summary>M_φ in MeV.</summary>
    public double MassMev { get; }

    /// <summary>g_ν Q_φ when fixed.</summary>
    public double? ChargeProduct { get; }

    /// <summary>g²_φ when universal.</summary>
    public double? UniversalCouplingSquared { get; }

    /// <inheritdoc />
    public KinematicForm Term(in ScatteringPoint point)
    {
        var nucleus = point.Target;
        double gq = UniversalCouplingSquared is { } g2 ? g2 * (14.0 * nucleus.MassNumber + 1.1 * nucleus.Protons) : ChargeProduct!.Value; // Eq. (27)
        double m = nucleus.MassMev, t = point.RecoilMev;
        double propagator = 2 * m * t + MassMev * MassMev;
        return new KinematicForm(0, 0, m * m * gq * gq * t * point.FormFactorSquared / (4 * Math.PI * propagator * propagator)); // Eq. (24)
    }

    /// <inheritdoc />
    public override string ToString() => "scalar φ";
}
