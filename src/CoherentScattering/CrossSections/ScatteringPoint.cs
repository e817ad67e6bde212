using System.Globalization;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.CrossSections;

/// <summary>
/// Where a cross section is evaluated: the neutrino flavour, the nucleus, the recoil energy T (MeV) and the squared
/// nuclear form factor F²(q²) at that recoil (supplied by the caller, who owns the nuclear-structure choice).
/// </summary>
/// <remarks>Every field is validated on construction. A <c>default</c> value has no nucleus: reading
/// <see cref="Nucleus"/> from it throws <see cref="InvalidOperationException"/>. A point may also carry separate proton and
/// neutron form factors (<see cref="WithNucleonFormFactors"/>): models that resolve them
/// (<see cref="ICrossSectionModel.ResolvesNucleonFormFactors"/>) build the vector amplitude as Q_p F_p + Q_n F_n
/// (Cadeddu et al., PRL 120, 072501 (2018), Eq. 1–2), every other term uses <see cref="FormFactorSquared"/>, which is
/// then the square of the nucleon-number average (Z F_p + N F_n)/A.</remarks>
public readonly record struct ScatteringPoint
{
    private readonly Nucleus? nucleus;
    private readonly double protonFormFactor;
    private readonly double neutronFormFactor;

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

    // A point with separate proton and neutron form factors (validated by the caller); F² is that of (Z F_p + N F_n)/A.
    private ScatteringPoint(Nucleus nucleus, NeutrinoFlavor flavor, double recoilMev, double protonFormFactor, double neutronFormFactor)
    {
        Flavor = flavor;
        this.nucleus = nucleus;
        RecoilMev = recoilMev;
        this.protonFormFactor = protonFormFactor;
        this.neutronFormFactor = neutronFormFactor;
        HasNucleonFormFactors = true;
        double average = (nucleus.Protons * protonFormFactor + nucleus.Neutrons * neutronFormFactor) / nucleus.MassNumber;
        FormFactorSquared = Math.Min(average * average, 1.0);
    }

    // The engine's constructor: flavour from a flux component, nucleus from a target, T and F² from its nodes.
    internal static ScatteringPoint Trusted(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev, double formFactorSquared) =>
        new(nucleus, flavor, recoilMev, formFactorSquared, trusted: true);

    // The engine's constructor for a target whose proton and neutron distributions the model sets.
    internal static ScatteringPoint Trusted(NeutrinoFlavor flavor, Nucleus nucleus, double recoilMev, double protonFormFactor, double neutronFormFactor) =>
        new(nucleus, flavor, recoilMev, protonFormFactor, neutronFormFactor);

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

    /// <summary>F²(q²) at q² = 2MT; for a point with nucleon form factors, ((Z F_p + N F_n)/A)².</summary>
    public double FormFactorSquared { get; }

    /// <summary>Whether the point carries separate proton and neutron form factors (<see cref="WithNucleonFormFactors"/>).</summary>
    public bool HasNucleonFormFactors { get; }

    /// <summary>The proton form factor F_p(q) (signed), or null when the point has a single form factor.</summary>
    public double? ProtonFormFactor => HasNucleonFormFactors ? protonFormFactor : null;

    /// <summary>The neutron form factor F_n(q) (signed), or null when the point has a single form factor.</summary>
    public double? NeutronFormFactor => HasNucleonFormFactors ? neutronFormFactor : null;

    // The library's models read the nucleon form factors through these (valid when HasNucleonFormFactors).
    internal double ProtonFormFactorValue => protonFormFactor;

    internal double NeutronFormFactorValue => neutronFormFactor;

    /// <summary>A copy of this point with separate proton and neutron form factors at its momentum transfer (for example
    /// those of a <see cref="Nuclear.NucleonDistribution"/>); <see cref="FormFactorSquared"/> becomes ((Z F_p + N F_n)/A)².</summary>
    /// <param name="protonFormFactor">F_p(q), in [−1, 1].</param>
    /// <param name="neutronFormFactor">F_n(q), in [−1, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A form factor outside [−1, 1] or not finite.</exception>
    /// <exception cref="InvalidOperationException">The point is a <c>default</c> value.</exception>
    public ScatteringPoint WithNucleonFormFactors(double protonFormFactor, double neutronFormFactor)
    {
        Guard.InRange(protonFormFactor, -1.0, 1.0);
        Guard.InRange(neutronFormFactor, -1.0, 1.0);
        return new ScatteringPoint(Nucleus, Flavor, RecoilMev, protonFormFactor, neutronFormFactor);
    }

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
        $"ScatteringPoint {{ Flavor = {Flavor}, Nucleus = {nucleus?.Key ?? "none"}, RecoilMev = {RecoilMev}, FormFactorSquared = {FormFactorSquared}{(HasNucleonFormFactors ? $", ProtonFormFactor = {protonFormFactor}, NeutronFormFactor = {neutronFormFactor}" : "")} }}");
}
