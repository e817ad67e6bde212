namespace CoherentScattering.Models;

// <summary>The ranges the model parameters accept: orders of magnitude beyond any physical or fitted value, chosen so
// that every charge, cross section and event count stays inside the double range.</summary>
internal static class CouplingLimits
{
    // <summary>|ε| of vector and tensor NSI couplings and |g| of mediator couplings (dimensionless, relative to G_F for NSI).</summary>
    public const double Dimensionless = 1e6;

    // <summary>|μ_ν| in Bohr magnetons (laboratory bounds are ~1e-11).</summary>
    public const double MagneticMomentBohr = 1.0;

    // <summary>|⟨r²_ν⟩| in cm² (bounds are ~1e-32 cm²; 1e-24 cm² is one barn).</summary>
    public const double ChargeRadiusSquaredCm2 = 1e-24;

    // <summary>Mediator masses in MeV: [1e-9, 1e9] (1 meV to 1 PeV).</summary>
    public const double MinimumMediatorMassMev = 1e-9;

    // <summary>Upper end of the mediator-mass range in MeV.</summary>
    public const double MaximumMediatorMassMev = 1e9;

    // <summary>|g_ν Q_φ| of a scalar mediator.</summary>
    public const double ScalarChargeProduct = 1e9;
}
