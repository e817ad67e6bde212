using CoherentScattering.Quantities;

namespace CoherentScattering.Nuclear;

/// <summary>
/// A target nucleus: proton number Z, neutron number N, mass number A = Z + N and the nuclear mass used in the
/// kinematics and in the target count of Eq. (5).
/// </summary>
/// <remarks>
/// Mass convention (reference calculation R2 in docs/physics.md): the paper does not state the nuclear mass; the catalogue uses
/// M = A·u, the simplest reading, for both the kinematics (Eq. 1) and the molar mass of Eq. (5).
/// <see cref="WithMassMegaelectronvolts"/> lets a user substitute a measured mass (it changes the CsI total by about +0.2 %).
/// The axial charge of Eq. (2) needs the spin excesses Z₊ − Z₋ and N₊ − N₋, which are zero unless supplied.
/// </remarks>
public sealed record Nucleus
{
    /// <summary>Creates a nucleus with the mass M = A·u.</summary>
    /// <param name="key">Catalogue key such as <c>Cs133</c>, 1–64 characters; used in reports and experiment files.</param>
    /// <param name="protons">Proton number Z, in [1, 118].</param>
    /// <param name="neutrons">Neutron number N, in [0, 318 − Z] (so that A ≤ 318).</param>
    /// <exception cref="ArgumentOutOfRangeException">Z or N out of range.</exception>
    public Nucleus(string key, int protons, int neutrons)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key.Length <= MaximumKeyLength ? key
            : throw new ArgumentException(Guard.Text($"key must have at most {MaximumKeyLength} characters, got {key.Length}."), nameof(key));
        Protons = Guard.InRange(protons, 1, 118);
        Neutrons = Guard.InRange(neutrons, 0, MaximumMassNumber - protons);
        MassMev = MassNumber * PhysicalConstants.AtomicMassUnitMev;
    }

    /// <summary>Largest mass number A accepted.</summary>
    public const int MaximumMassNumber = 318;

    /// <summary>Longest catalogue key accepted.</summary>
    public const int MaximumKeyLength = 64;

    /// <summary>Creates a nucleus from Z and A.</summary>
    /// <param name="key">Catalogue key, 1–64 characters.</param>
    /// <param name="protons">Proton number Z, in [1, min(A, 118)].</param>
    /// <param name="massNumber">Mass number A, in [1, 318].</param>
    /// <exception cref="ArgumentOutOfRangeException">Z or A out of range.</exception>
    public static Nucleus FromProtonsAndMassNumber(string key, int protons, int massNumber)
    {
        Guard.InRange(massNumber, 1, MaximumMassNumber);
        Guard.InRange(protons, 1, Math.Min(massNumber, 118));
        return new Nucleus(key, protons, massNumber - protons);
    }

    /// <summary>Catalogue key (e.g. <c>Cs133</c>).</summary>
    public string Key { get; }

    /// <summary>Proton number Z.</summary>
    public int Protons { get; }

    /// <summary>Neutron number N.</summary>
    public int Neutrons { get; }

    /// <summary>Mass number A = Z + N.</summary>
    public int MassNumber => Protons + Neutrons;

    /// <summary>Nuclear mass in MeV (kernel units).</summary>
    public double MassMev { get; private init; }

    /// <summary>Nuclear mass as a typed energy (M c²).</summary>
    public Energy Mass => Energy.FromMegaelectronvolts(MassMev);

    /// <summary>Molar mass in g/mol used for the target count of Eq. (5): M / u.</summary>
    public double MolarMassGramsPerMole => MassMev / PhysicalConstants.AtomicMassUnitMev;

    /// <summary>Proton spin excess Z₊ − Z₋ entering the axial charge of Eq. (2); zero unless supplied.</summary>
    public double ProtonSpinExcess { get; private init; }

    /// <summary>Neutron spin excess N₊ − N₋ entering the axial charge of Eq. (2); zero unless supplied.</summary>
    public double NeutronSpinExcess { get; private init; }

    /// <summary>Returns a copy with another nuclear mass (for example a measured one).</summary>
    /// <param name="massMev">Nuclear mass in MeV, within a factor two of A·u (a measured mass differs from it by &lt; 1 %).</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside [A·u/2, 2A·u] or not finite.</exception>
    public Nucleus WithMassMegaelectronvolts(double massMev) => this with
    {
        MassMev = Guard.InRange(massMev, 0.5 * MassNumber * PhysicalConstants.AtomicMassUnitMev, 2.0 * MassNumber * PhysicalConstants.AtomicMassUnitMev),
    };

    /// <summary>Returns a copy with the spin excesses needed by the axial term of Eq. (1)–(2).</summary>
    /// <param name="protonSpinExcess">Z₊ − Z₋, in [−Z, Z].</param>
    /// <param name="neutronSpinExcess">N₊ − N₋, in [−N, N].</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside the ranges.</exception>
    public Nucleus WithSpinExcess(double protonSpinExcess, double neutronSpinExcess) => this with
    {
        ProtonSpinExcess = Guard.InRange(protonSpinExcess, -Protons, Protons),
        NeutronSpinExcess = Guard.InRange(neutronSpinExcess, -Neutrons, Neutrons),
    };

    /// <inheritdoc />
    public override string ToString() => Key;
}
