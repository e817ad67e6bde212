using CoherentScattering.Nuclear;

namespace CoherentScattering.Detector;

/// <summary>One isotope of a target material with its stoichiometric count η (atoms per formula unit; 1 each for CsI).</summary>
public sealed record TargetIsotope
{
    /// <summary>Creates an isotope entry.</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="atoms">Stoichiometric count η, &gt; 0 (may be fractional for natural abundances).</param>
    /// <exception cref="ArgumentOutOfRangeException">η not positive or not finite.</exception>
    public TargetIsotope(Nucleus nucleus, double atoms)
    {
        Nucleus = Guard.NotNull(nucleus);
        Atoms = Guard.Positive(atoms);
    }

    /// <summary>The nucleus.</summary>
    public Nucleus Nucleus { get; }

    /// <summary>Stoichiometric count η.</summary>
    public double Atoms { get; }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"{Nucleus.Key} × {Atoms}");
}
