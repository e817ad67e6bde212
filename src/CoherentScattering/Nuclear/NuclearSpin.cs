namespace CoherentScattering.Nuclear;

/// <summary>The ground-state spin J of a nucleus and the proton and neutron spin expectation values ⟨S_p⟩, ⟨S_n⟩ in its
/// state of maximal projection M = J (shell-model values, e.g. <see cref="ShellModelSpins"/>).</summary>
public sealed record NuclearSpin
{
    /// <summary>Creates the entry.</summary>
    /// <param name="spin">J, a positive half-integer or integer in [1/2, 20].</param>
    /// <param name="protonSpin">⟨S_p⟩, in [−J, J].</param>
    /// <param name="neutronSpin">⟨S_n⟩, in [−J, J].</param>
    /// <exception cref="ArgumentOutOfRangeException">J not a positive multiple of 1/2 up to 20, or ⟨S⟩ outside [−J, J].</exception>
    public NuclearSpin(double spin, double protonSpin, double neutronSpin)
    {
        Spin = spin >= 0.5 && spin <= 20 && Math.Abs(2 * spin - Math.Round(2 * spin)) < 1e-12 ? spin
            : throw new ArgumentOutOfRangeException(nameof(spin), spin, Guard.Text($"spin must be a positive multiple of 1/2 up to 20, got {spin}."));
        ProtonSpin = Guard.InRange(protonSpin, -spin, spin);
        NeutronSpin = Guard.InRange(neutronSpin, -spin, spin);
    }

    /// <summary>J.</summary>
    public double Spin { get; }

    /// <summary>⟨S_p⟩ at M = J.</summary>
    public double ProtonSpin { get; }

    /// <summary>⟨S_n⟩ at M = J.</summary>
    public double NeutronSpin { get; }

    /// <summary>The spin excesses Z₊ − Z₋ and N₊ − N₋ to use in the axial charge of the paper's Eq. (2) so that an
    /// unpolarised nucleus gets the spin-averaged axial strength.</summary>
    /// <remarks>Averaging the axial current over the 2J + 1 orientations gives
    /// Q_A² = (4/3) (J + 1)/J (g_p^A ⟨S_p⟩ + g_n^A ⟨S_n⟩)², the structure of spin-dependent WIMP–nucleus scattering
    /// (Engel, Pittel and Vogel, Int. J. Mod. Phys. E 1, 1 (1992)); the counts 2⟨S⟩ of a fully polarised state inserted
    /// into Eq. (2) would overstate it by 3J/(J + 1) (1 for J = 1/2, 2.2 for J = 9/2). The excesses returned here are
    /// 2⟨S⟩ √((J + 1)/(3J)), so that Eq. (2) gives the averaged value. The axial term keeps the vector form factor of
    /// Eq. (1) (the spin structure functions are not modelled).</remarks>
    public (double Protons, double Neutrons) EffectiveSpinExcess
    {
        get
        {
            double f = Math.Sqrt((Spin + 1) / (3 * Spin)); // √((J + 1)/(3J))
            return (2 * ProtonSpin * f, 2 * NeutronSpin * f);
        }
    }
}
