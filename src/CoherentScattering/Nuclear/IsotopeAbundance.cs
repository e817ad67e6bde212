namespace CoherentScattering.Nuclear;

/// <summary>One isotope of an element with its atom fraction in the element's isotopic composition.</summary>
public sealed record IsotopeAbundance
{
    /// <summary>Creates the entry.</summary>
    /// <param name="nucleus">The isotope.</param>
    /// <param name="fraction">Atom fraction, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside (0, 1].</exception>
    public IsotopeAbundance(Nucleus nucleus, double fraction)
    {
        Nucleus = Guard.NotNull(nucleus);
        Fraction = fraction > 0 && fraction <= 1 ? fraction
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, Guard.Text($"fraction must lie in (0, 1], got {fraction}."));
    }

    /// <summary>The isotope.</summary>
    public Nucleus Nucleus { get; }

    /// <summary>Atom fraction in the element.</summary>
    public double Fraction { get; }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"{Nucleus.Key} {Fraction}");
}
