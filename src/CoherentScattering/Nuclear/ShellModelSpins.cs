using System.Diagnostics.CodeAnalysis;

namespace CoherentScattering.Nuclear;

/// <summary>Shell-model spin expectation values of the odd-A catalogue isotopes that have one in the cited calculation,
/// to switch on the axial term of the paper's Eq. (1)–(2) per isotope.</summary>
/// <remarks>
/// <para>Values: P. Klos, J. Menéndez, D. Gazit and A. Schwenk, PRD 88, 083516 (2013), the ⟨S_p⟩, ⟨S_n⟩ of their
/// large-scale shell-model calculations (interactions USDB for F, Na, Al, Si; GCN2850 for Ge; GCN5082 for I and Xe;
/// the ¹²⁹Xe and ¹³¹Xe values equal Menéndez, Gazit and Schwenk, PRD 86, 103511 (2012)): ¹⁹F (1/2) 0.478, −0.002;
/// ²³Na (3/2) 0.224, 0.024; ²⁷Al (5/2) 0.326, 0.038; ²⁹Si (1/2) 0.016, 0.156; ⁷³Ge (9/2) 0.031, 0.439; ¹²⁷I (5/2) 0.342,
/// 0.031; ¹²⁹Xe (1/2) 0.010, 0.329; ¹³¹Xe (3/2) −0.009, −0.272. These were checked against a public transcription of the
/// paper's table, not read from the journal page. ¹³³Cs and the other odd isotopes have no entry: the values found for
/// ¹³³Cs differ widely (⟨S_p⟩ from −0.37 to −0.23) and none was verified here; give such values with
/// <see cref="Nucleus.WithSpinExcess"/>.</para>
/// <para>Use: <see cref="Apply"/> returns the nucleus with the spin-averaged excesses of
/// <see cref="NuclearSpin.EffectiveSpinExcess"/>; the axial term then counts in a
/// <see cref="CrossSections.StandardModel"/> built with <c>includeAxialTerm: true</c>.</para>
/// </remarks>
public static class ShellModelSpins
{
    private static readonly (Nucleus Nucleus, NuclearSpin Spin)[] Table =
    [
        (Nuclei.F19, new(0.5, 0.478, -0.002)),
        (Nuclei.Na23, new(1.5, 0.224, 0.024)),
        (Nuclei.Al27, new(2.5, 0.326, 0.038)),
        (Nuclei.Si29, new(0.5, 0.016, 0.156)),
        (Nuclei.Ge73, new(4.5, 0.031, 0.439)),
        (Nuclei.I127, new(2.5, 0.342, 0.031)),
        (Nuclei.Xe129, new(0.5, 0.010, 0.329)),
        (Nuclei.Xe131, new(1.5, -0.009, -0.272)),
    ];

    /// <summary>The isotopes with an entry (catalogue keys).</summary>
    public static IReadOnlyList<string> Keys { get; } = Table.Select(t => t.Nucleus.Key).ToArray();

    /// <summary>The shell-model spin of a nucleus when the table has it (matched by Z and N).</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="spin">J, ⟨S_p⟩, ⟨S_n⟩ when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(Nucleus nucleus, [NotNullWhen(true)] out NuclearSpin? spin)
    {
        spin = null;
        if (nucleus is null)
        {
            return false;
        }

        foreach (var (n, value) in Table)
        {
            if (n.Protons == nucleus.Protons && n.Neutrons == nucleus.Neutrons)
            {
                spin = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The nucleus with the spin-averaged spin excesses of its shell-model values (see the remarks).</summary>
    /// <param name="nucleus">A nucleus with an entry (<see cref="Keys"/>).</param>
    /// <exception cref="ArgumentException">No entry for this nucleus.</exception>
    public static Nucleus Apply(Nucleus nucleus)
    {
        if (!TryGet(Guard.NotNull(nucleus), out var spin))
        {
            throw new ArgumentException(Guard.Text($"No shell-model spin for {nucleus.Key} (Z = {nucleus.Protons}, N = {nucleus.Neutrons}); entries: {string.Join(", ", Keys)}."), nameof(nucleus));
        }

        var (protons, neutrons) = spin.EffectiveSpinExcess;
        return nucleus.WithSpinExcess(protons, neutrons);
    }
}
