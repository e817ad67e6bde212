using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// A light vector mediator Z′ coupled to left-handed neutrinos and to u, d quarks, paper Eq. (19)–(22) with erratum E3:
/// integrating out the Z′ shifts the weak charge (Eq. 2 normalisation) by
/// δQ = g_ν Q_Z′ / (√2 G_F (2MT + M_Z′²)), Q_Z′ = (2g_u + g_d) Z + (g_u + 2g_d) N.
/// </summary>
/// <remarks>
/// Erratum E3: the printed Eq. (21) prefactor 1/(2√2 G_F) is half of the derived one and, with the signed Q_V of Eq. (2),
/// flips the interference; the derived form reproduces the paper's own Eq. (28)–(29) (the degenerate band
/// g²/M² ≈ 2√2 G_F |Q_V|/(3A)). Universal couplings (Eq. 27): g_ν Q_Z′ = 3A g²_Z′. Flavour universal.
/// </remarks>
public sealed class VectorMediator : IVectorChargeShift
{
    private VectorMediator(double massMev, double neutrinoCoupling, double upCoupling, double downCoupling, double? universalCouplingSquared)
    {
        MassMev = massMev;
        NeutrinoCoupling = Guard.Magnitude(neutrinoCoupling, CouplingLimits.Dimensionless);
        UpCoupling = Guard.Magnitude(upCoupling, CouplingLimits.Dimensionless);
        DownCoupling = Guard.Magnitude(downCoupling, CouplingLimits.Dimensionless);
        UniversalCouplingSquared = universalCouplingSquared;
    }

    /// <summary>General couplings.</summary>
    /// <param name="mass">M_Z′ &gt; 0.</param>
    /// <param name="neutrinoCoupling">g_ν^V.</param>
    /// <param name="upCoupling">g_u^V.</param>
    /// <param name="downCoupling">g_d^V.</param>
    /// <exception cref="ArgumentOutOfRangeException">M_Z′ outside [1e-9, 1e9] MeV, or a |g| above 1e6.</exception>
    public static VectorMediator Create(Energy mass, double neutrinoCoupling, double upCoupling, double downCoupling) =>
        new(MediatorMass(mass), neutrinoCoupling, upCoupling, downCoupling, null);

    internal static double MediatorMass(Energy mass, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(mass))] string? name = null) =>
        Guard.InRange(mass.Megaelectronvolts, CouplingLimits.MinimumMediatorMassMev, CouplingLimits.MaximumMediatorMassMev, name);

    /// <summary>Universal couplings g_ν = g_u = g_d = g with g² given (Eq. 27: g_ν Q_Z′ = 3A g²).</summary>
    /// <param name="mass">M_Z′ &gt; 0.</param>
    /// <param name="couplingSquared">g²_Z′ ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">M_Z′ outside [1e-9, 1e9] MeV, or g² outside [0, 1e6].</exception>
    public static VectorMediator Universal(Energy mass, double couplingSquared)
    {
        double m = MediatorMass(mass);
        double g = Math.Sqrt(Guard.InRange(couplingSquared, 0.0, CouplingLimits.Dimensionless));
        return new(m, g, g, g, couplingSquared);
    }

    /// <summary>M_Z′ in MeV.</summary>
    public double MassMev { get; }

    /// <summary>g_ν^V.</summary>
    public double NeutrinoCoupling { get; }

    /// <summary>g_u^V.</summary>
    public double UpCoupling { get; }

    /// <summary>g_d^V.</summary>
    public double DownCoupling { get; }

    /// <summary>g² when built with <see cref="Universal"/>.</summary>
    public double? UniversalCouplingSquared { get; }

    /// <summary>Q_Z′ of Eq. (22).</summary>
    /// <param name="nucleus">Nucleus.</param>
    public double NuclearCharge(Nucleus nucleus) => VectorNsi.NuclearCharge(Guard.NotNull(nucleus), UpCoupling, DownCoupling);

    /// <inheritdoc />
    public double ChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev)
    {
        Guard.NotNull(nucleus);
        Guard.Defined(flavor);
        double q2 = 2 * nucleus.MassMev * Guard.InRange(recoilMev, 0.0, 1e6);
        double numerator = UniversalCouplingSquared is { } g2 ? 3 * nucleus.MassNumber * g2 : NeutrinoCoupling * NuclearCharge(nucleus);
        return numerator / (Math.Sqrt(2) * PhysicalConstants.FermiCouplingPerMev2 * (q2 + MassMev * MassMev)); // Eq. (21), E3
    }

    /// <inheritdoc />
    public bool SplitsByNucleon => true;

    /// <inheritdoc />
    /// <remarks>The part proportional to Z and the part proportional to N of Eq. (21)–(22) (with E3): g_ν(2g_u + g_d)Z and
    /// g_ν(g_u + 2g_d)N over √2 G_F (2MT + M_Z′²); 3Z g² and 3N g² for universal couplings (Eq. 27).</remarks>
    public NucleonCharges NucleonChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev)
    {
        Guard.NotNull(nucleus);
        Guard.Defined(flavor);
        double q2 = 2 * nucleus.MassMev * Guard.InRange(recoilMev, 0.0, 1e6);
        double denominator = Math.Sqrt(2) * PhysicalConstants.FermiCouplingPerMev2 * (q2 + MassMev * MassMev); // Eq. (21), E3
        if (UniversalCouplingSquared is { } g2)
        {
            return new(3 * nucleus.Protons * g2 / denominator, 3 * nucleus.Neutrons * g2 / denominator);
        }

        var charges = VectorNsi.NuclearCharges(nucleus, UpCoupling, DownCoupling);
        return new(NeutrinoCoupling * charges.Proton / denominator, NeutrinoCoupling * charges.Neutron / denominator);
    }

    /// <inheritdoc />
    public override string ToString() => "vector Z′";
}
