using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// Vector non-standard interactions, paper Eq. (7)–(8) (Barranco et al., PRD 73, 113001, 2006): couplings ε_αβ^{qV}
/// relative to G_F, q ∈ {u, d}. For a ν_α the flavour-preserving couplings shift the weak charge,
/// δQ = (2ε_αα^{uV} + ε_αα^{dV}) Z + (ε_αα^{uV} + 2ε_αα^{dV}) N, and each flavour-changing coupling adds the
/// incoherent channel ν_α → ν_β with charge Q_αβ = (2ε_αβ^{uV} + ε_αβ^{dV}) Z + (ε_αβ^{uV} + 2ε_αβ^{dV}) N.
/// </summary>
/// <remarks>
/// Erratum: Eq. (8) as printed adds the flavour-changing charges linearly into Q_NSI; since the final neutrino flavour
/// differs, they cannot interfere with the flavour-preserving amplitude and enter in quadrature (Barranco et al. 2006,
/// Eq. 3). The library implements the quadrature form; for flavour-preserving couplings (the paper's Table I and
/// Figs. 3–4) both readings coincide. Antineutrinos of family α see the same couplings as ν_α.
/// </remarks>
public sealed class VectorNsi : IVectorChargeShift, ISeparableTerm
{
    /// <summary>Creates vector NSI from coupling matrices.</summary>
    /// <param name="up">ε^{uV}_αβ.</param>
    /// <param name="down">ε^{dV}_αβ.</param>
    public VectorNsi(FlavorMatrix up, FlavorMatrix down)
    {
        Up = Guard.NotNull(up);
        Down = Guard.NotNull(down);
    }

    /// <summary>Flavour-preserving couplings for one family: ε_αα^{uV} and ε_αα^{dV}.</summary>
    /// <param name="flavor">The family α.</param>
    /// <param name="up">ε_αα^{uV}.</param>
    /// <param name="down">ε_αα^{dV}.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or |ε| &gt; 1e6.</exception>
    public static VectorNsi FlavorDiagonal(LeptonFlavor flavor, double up, double down)
    {
        Guard.Defined(flavor);
        Guard.Magnitude(up, CouplingLimits.Dimensionless);
        Guard.Magnitude(down, CouplingLimits.Dimensionless);
        return new(FlavorMatrix.Zero.With(flavor, flavor, up), FlavorMatrix.Zero.With(flavor, flavor, down));
    }

    /// <summary>One coupling ε_αβ^{qV}, all others zero.</summary>
    /// <param name="quark">q.</param>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <param name="value">The coupling.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined quark or flavour, or |value| &gt; 1e6.</exception>
    public static VectorNsi Single(Quark quark, LeptonFlavor alpha, LeptonFlavor beta, double value) => Guard.Defined(quark) == Quark.Up
        ? new(FlavorMatrix.Zero.With(alpha, beta, value), FlavorMatrix.Zero)
        : new(FlavorMatrix.Zero, FlavorMatrix.Zero.With(alpha, beta, value));

    /// <summary>The effect of both sets of couplings at once: ε^u and ε^d matrices summed.</summary>
    /// <param name="other">The other vector NSI.</param>
    public VectorNsi Plus(VectorNsi other) => new(Up.Plus(Guard.NotNull(other).Up), Down.Plus(other.Down));

    /// <summary>ε^{uV}.</summary>
    public FlavorMatrix Up { get; }

    /// <summary>ε^{dV}.</summary>
    public FlavorMatrix Down { get; }

    /// <summary>The nuclear charge of a coupling pair: (2ε^u + ε^d) Z + (ε^u + 2ε^d) N (Eq. 8).</summary>
    /// <param name="nucleus">Nucleus.</param>
    /// <param name="up">ε^u.</param>
    /// <param name="down">ε^d.</param>
    /// <exception cref="ArgumentOutOfRangeException">|ε| &gt; 1e6 or not finite.</exception>
    public static double NuclearCharge(Nucleus nucleus, double up, double down)
    {
        Guard.NotNull(nucleus);
        Guard.Magnitude(up, 2 * CouplingLimits.Dimensionless);
        Guard.Magnitude(down, 2 * CouplingLimits.Dimensionless);
        return (2 * up + down) * nucleus.Protons + (up + 2 * down) * nucleus.Neutrons;
    }

    /// <summary>The nuclear charge of a coupling pair split by nucleon: (2ε^u + ε^d) Z and (ε^u + 2ε^d) N (Eq. 8).</summary>
    /// <param name="nucleus">Nucleus.</param>
    /// <param name="up">ε^u.</param>
    /// <param name="down">ε^d.</param>
    /// <exception cref="ArgumentOutOfRangeException">|ε| &gt; 1e6 or not finite.</exception>
    public static NucleonCharges NuclearCharges(Nucleus nucleus, double up, double down)
    {
        Guard.NotNull(nucleus);
        Guard.Magnitude(up, 2 * CouplingLimits.Dimensionless);
        Guard.Magnitude(down, 2 * CouplingLimits.Dimensionless);
        return new((2 * up + down) * nucleus.Protons, (up + 2 * down) * nucleus.Neutrons);
    }

    /// <inheritdoc />
    public bool SplitsByNucleon => true;

    /// <inheritdoc />
    public NucleonCharges NucleonChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev)
    {
        Guard.NotNull(nucleus);
        Guard.NonNegative(recoilMev);
        var a = flavor.Lepton();
        return NuclearCharges(nucleus, Up[a, a], Down[a, a]); // Eq. (8), flavour-preserving part
    }

    /// <inheritdoc />
    public double ChargeShift(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev)
    {
        Guard.NotNull(nucleus);
        Guard.NonNegative(recoilMev);
        var a = flavor.Lepton();
        return NuclearCharge(nucleus, Up[a, a], Down[a, a]); // Eq. (8), flavour-preserving part
    }

    /// <inheritdoc />
    public bool IsRecoilIndependent => true;

    /// <inheritdoc />
    public IBasisForm Basis => StandardBasis.Vector;

    /// <summary>Σ_{β≠α} Q_αβ²: the flavour-changing channels ν_α → ν_β, added in quadrature (erratum E7).</summary>
    /// <param name="flavor">Incoming flavour.</param>
    /// <param name="nucleus">Nucleus.</param>
    public double Coefficient(NeutrinoFlavor flavor, Nucleus nucleus)
    {
        Guard.NotNull(nucleus);
        var a = flavor.Lepton();
        double q2 = 0;
        for (var b = LeptonFlavor.Electron; b <= LeptonFlavor.Tau; b++)
        {
            if (b != a)
            {
                double q = NuclearCharge(nucleus, Up[a, b], Down[a, b]);
                q2 += q * q;
            }
        }

        return q2;
    }

    /// <inheritdoc />
    public KinematicForm Term(in ScatteringPoint point)
    {
        if (point.HasNucleonFormFactors)
        {
            // Each channel's amplitude Q_αβ,p F_p + Q_αβ,n F_n (Cadeddu et al. 2018, Eq. 2, with the NSI charges of Eq. 8).
            var a = point.Flavor.Lepton();
            KinematicForm sum = default;
            for (var b = LeptonFlavor.Electron; b <= LeptonFlavor.Tau; b++)
            {
                if (b != a && (Up[a, b] != 0 || Down[a, b] != 0))
                {
                    sum += StandardModel.NucleonForm(point, NuclearCharges(point.Target, Up[a, b], Down[a, b]), 0.0);
                }
            }

            return sum;
        }

        double q2 = Coefficient(point.Flavor, point.Target);
        return q2 == 0 ? default : q2 * StandardBasis.Vector.Evaluate(point);
    }

    /// <inheritdoc />
    public override string ToString() => "vector NSI";
}
