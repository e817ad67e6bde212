using System.Globalization;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.CrossSections;

/// <summary>
/// Where a cross section is evaluated: the neutrino flavour, the nucleus, the recoil energy T (MeV) and the squared
/// nuclear form factor F²(q²) at that recoil (supplied by the caller, who owns the nuclear-structure choice).
/// </summary>
/// <remarks>Every field is validated on construction. A <c>default</c> value has no nucleus: reading
/// <see cref="Nucleus"/> from it throws <see cref="InvalidOperationException"/>.</remarks>
public readonly record struct ScatteringPoint
{
    private readonly Nucleus? nucleus;

    /// <summary>Creates a point.</summary>
    /// <param name="Flavor">Neutrino flavour (a defined value).</param>
    /// <param name="Nucleus">Target nucleus, not null.</param>
    /// <param name="RecoilMev">Nuclear recoil kinetic energy T in MeV, in [0, 1e6].</param>
    /// <param name="FormFactorSquared">F²(q²) at q² = 2MT, in [0, 1].</param>
    /// <exception cref="ArgumentException">A value out of range or a null nucleus.</exception>
    public ScatteringPoint(NeutrinoFlavor Flavor, Nucleus Nucleus, double RecoilMev, double FormFactorSquared)
    {
        this.Flavor = Guard.Defined(Flavor);
        nucleus = Guard.NotNull(Nucleus);
        this.RecoilMev = Guard.InRange(RecoilMev, 0.0, MaximumRecoilMev);
        this.FormFactorSquared = Guard.InRange(FormFactorSquared, 0.0, 1.0);
    }

    // A point from values the caller has already validated (the rate engine's nodes): no checks.
    private ScatteringPoint(Nucleus nucleus, NeutrinoFlavor flavor, double recoilMev, double formFactorSquared, bool trusted)
    {
        _ = trusted;
        Flavor = flavor;
        this.nucleus = nucleus;
        RecoilMev = recoilMev;
        FormFactorSquared = formFactorSquared;
    }

    // The engine's constructor: flavour from a flux component, nucleus from a target, T and F² from its nodes.
    internal static ScatteringPoint Trusted(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev, double formFactorSquared) =>
        new(nucleus, flavor, recoilMev, formFactorSquared, trusted: true);

    /// <summary>The largest recoil energy a point may have, MeV (1 TeV).</summary>
    public const double MaximumRecoilMev = 1e6;

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavor Flavor { get; }

    /// <summary>Target nucleus.</summary>
    /// <exception cref="InvalidOperationException">The point is a <c>default</c> value.</exception>
    public Nucleus Nucleus => nucleus
        ?? throw new InvalidOperationException("This ScatteringPoint is a default value without a nucleus: create points with ScatteringPoint.Create or the constructor.");

    /// <summary>Nuclear recoil kinetic energy T in MeV.</summary>
    public double RecoilMev { get; }

    /// <summary>F²(q²) at q² = 2MT.</summary>
    public double FormFactorSquared { get; }

    /// <summary>Nuclear mass M in MeV.</summary>
    /// <exception cref="InvalidOperationException">The point is a <c>default</c> value.</exception>
    public double MassMev => Nucleus.MassMev;

    /// <summary>The minimum neutrino energy that can produce this recoil, E_min(T).</summary>
    /// <exception cref="InvalidOperationException">The point is a <c>default</c> value.</exception>
    public double MinNeutrinoEnergyMev => Kinematics.MinNeutrinoEnergyMev(RecoilMev, Nucleus.MassMev);

    // The library's own models and forms read the point through these: a default point passed to them is an invalid
    // argument named "point" (the parameter name of every method that takes one), not a state error.
    internal Nucleus Target => nucleus ?? throw new ArgumentException(
        "The scattering point is a default value without a nucleus: create points with ScatteringPoint.Create or the constructor.", "point");

    internal double TargetMassMev => Target.MassMev;

    internal double TargetMinNeutrinoEnergyMev => Kinematics.MinNeutrinoEnergyMev(RecoilMev, Target.MassMev);

    /// <summary>Builds a point with F² from a form factor.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="recoilMev">T in MeV, in [0, 1e6].</param>
    /// <param name="formFactor">Form factor (Helm of Eq. 3 when null).</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or not finite, or an undefined flavour.</exception>
    /// <exception cref="ArgumentNullException">No nucleus.</exception>
    public static ScatteringPoint Create(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev, IFormFactor? formFactor = null)
    {
        Guard.NotNull(nucleus);
        Guard.Defined(flavor);
        Guard.InRange(recoilMev, 0.0, MaximumRecoilMev);
        double f = (formFactor ?? HelmFormFactor.Paper).Evaluate(nucleus, Kinematics.MomentumTransferMev(recoilMev, nucleus.MassMev));
        return new ScatteringPoint(flavor, nucleus, recoilMev, Math.Min(f * f, 1.0));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ScatteringPoint {{ Flavor = {Flavor}, Nucleus = {nucleus?.Key ?? "none"}, RecoilMev = {RecoilMev}, FormFactorSquared = {FormFactorSquared} }}");
}
