using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>
/// Tensor non-standard interactions, paper Eq. (9)–(12) (Barranco et al. 2012; Papoulias &amp; Kosmas 2015): the tensor
/// charge Q_T = (2ε_αα^{uT} + ε_αα^{dT}) Z + (ε_αα^{uT} + 2ε_αα^{dT}) N adds without interference,
/// dσ/dT = dσ_SM/dT · G_T with G_T = 1 + 4 (Q_T/Q_V)² (1 − MT/4E²)/(1 − MT/2E²), i.e. the incoherent term
/// (G_F² M/π) F² · 4 Q_T² (1 − MT/4E²).
/// </summary>
/// <remarks>Normalisation: ε^T relative to G_F as Eq. (7)–(8). With the printed Eq. (12) the COHERENT limits are
/// |ε^T| ≈ 0.1, about 8× weaker than the printed Table I rows (±0.013/±0.011): the paper's rows imply another
/// normalisation of ε^T that its text does not state. The library implements the printed physics (docs/physics.md).</remarks>
public sealed class TensorNsi : ISeparableTerm
{
    private readonly FlavorValues up;
    private readonly FlavorValues down;

    private TensorNsi(FlavorValues up, FlavorValues down) => (this.up, this.down) = (up, down);

    /// <summary>Tensor couplings for one family α (ν_α and ν̄_α).</summary>
    /// <param name="flavor">α.</param>
    /// <param name="up">ε_αα^{uT}, finite.</param>
    /// <param name="down">ε_αα^{dT}, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or |ε| &gt; 1e6.</exception>
    public static TensorNsi ForFlavor(LeptonFlavor flavor, double up, double down) =>
        new(FlavorValues.Zero.With(Guard.Defined(flavor), Guard.Magnitude(up, CouplingLimits.Dimensionless)),
            FlavorValues.Zero.With(flavor, Guard.Magnitude(down, CouplingLimits.Dimensionless)));

    /// <summary>The effect of both sets of couplings at once: couplings summed flavour by flavour.</summary>
    /// <param name="other">The other tensor NSI.</param>
    public TensorNsi Plus(TensorNsi other) => new(up.Plus(Guard.NotNull(other).up), down.Plus(other.down));

    /// <summary>ε_αα^{qT}.</summary>
    /// <param name="quark">q.</param>
    /// <param name="flavor">α.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined quark or flavour.</exception>
    public double Coupling(Quark quark, LeptonFlavor flavor) => Guard.Defined(quark) == Quark.Up ? up[flavor] : down[flavor];

    /// <summary>Q_T of Eq. (10) for a family and nucleus.</summary>
    /// <param name="flavor">α.</param>
    /// <param name="nucleus">Nucleus.</param>
    public double TensorCharge(LeptonFlavor flavor, Nucleus nucleus) => VectorNsi.NuclearCharge(Guard.NotNull(nucleus), up[flavor], down[flavor]);

    /// <inheritdoc />
    public IBasisForm Basis => NewPhysicsBasis.Tensor;

    /// <inheritdoc />
    public double Coefficient(NeutrinoFlavor flavor, Nucleus nucleus)
    {
        Guard.NotNull(nucleus);
        double qt = TensorCharge(flavor.Lepton(), nucleus);
        return 4 * qt * qt; // Eq. (12): 4 (Q_T/Q_V)² relative to the SM's Q_V²
    }

    /// <inheritdoc />
    public KinematicForm Term(in ScatteringPoint point) =>
        Coefficient(point.Flavor, point.Target) * NewPhysicsBasis.Tensor.Evaluate(point); // Eq. (11)–(12)

    /// <inheritdoc />
    public override string ToString() => "tensor NSI";
}
