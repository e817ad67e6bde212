using CoherentScattering.Detector;

namespace CoherentScattering.Nuclear;

/// <summary>A chemical element as a target: its symbol, atomic number and isotopic composition (atom fractions).</summary>
/// <remarks>The catalogue's elements (<see cref="Elements"/>) carry the IUPAC representative isotopic compositions; an
/// enriched or depleted material is an element built here with its own fractions.</remarks>
public sealed class Element
{
    private readonly IsotopeAbundance[] isotopes;

    /// <summary>Creates an element.</summary>
    /// <param name="symbol">Chemical symbol (<c>Ge</c>), 1–3 characters.</param>
    /// <param name="isotopes">Its isotopes, each with the element's Z, distinct, with atom fractions summing to 1 within
    /// <see cref="FractionSumTolerance"/>.</param>
    /// <exception cref="ArgumentException">An empty symbol, no isotopes, a repeated isotope, isotopes of different Z, or
    /// fractions that do not sum to 1.</exception>
    public Element(string symbol, IEnumerable<IsotopeAbundance> isotopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol.Length <= 3 ? symbol : throw new ArgumentException(Guard.Text($"symbol must have 1 to 3 characters, got {symbol.Length}."), nameof(symbol));
        this.isotopes = Guard.NoNulls(isotopes);
        if (this.isotopes.Length == 0)
        {
            throw new ArgumentException("An element needs at least one isotope.", nameof(isotopes));
        }

        AtomicNumber = this.isotopes[0].Nucleus.Protons;
        if (this.isotopes.Any(i => i.Nucleus.Protons != AtomicNumber))
        {
            throw new ArgumentException(Guard.Text($"Every isotope of {symbol} must have the same Z; got {string.Join(", ", this.isotopes.Select(i => $"{i.Nucleus.Key} (Z = {i.Nucleus.Protons})"))}."), nameof(isotopes));
        }

        if (this.isotopes.Select(i => i.Nucleus.Key).Distinct(StringComparer.Ordinal).Count() != this.isotopes.Length)
        {
            throw new ArgumentException(Guard.Text($"Each isotope may appear only once in {symbol}."), nameof(isotopes));
        }

        double sum = this.isotopes.Sum(i => i.Fraction);
        if (!(Math.Abs(sum - 1) <= FractionSumTolerance))
        {
            throw new ArgumentException(Guard.Text($"The atom fractions of {symbol} must sum to 1 within {FractionSumTolerance}, got {sum}."), nameof(isotopes));
        }
    }

    /// <summary>How far from 1 the atom fractions may sum (the rounding of published compositions).</summary>
    public const double FractionSumTolerance = 1e-4;

    /// <summary>Chemical symbol.</summary>
    public string Symbol { get; }

    /// <summary>Atomic number Z.</summary>
    public int AtomicNumber { get; }

    /// <summary>The isotopic composition.</summary>
    public IReadOnlyList<IsotopeAbundance> Isotopes => isotopes;

    /// <summary>Mean molar mass Σ f_i M_i/u in g/mol under the catalogue's mass convention (M = A·u unless replaced).</summary>
    public double MolarMassGramsPerMole => isotopes.Sum(i => i.Fraction * i.Nucleus.MolarMassGramsPerMole);

    /// <summary>The isotopes of <paramref name="atoms"/> atoms of this element per formula unit: η_i = atoms · f_i.</summary>
    /// <param name="atoms">Atoms of the element per formula unit, &gt; 0 (1 for Ge, 2 for the H of H₂O).</param>
    /// <exception cref="ArgumentOutOfRangeException">atoms not positive or not finite.</exception>
    public IReadOnlyList<TargetIsotope> TargetIsotopes(double atoms)
    {
        Guard.Positive(atoms);
        return isotopes.Select(i => new TargetIsotope(i.Nucleus, atoms * i.Fraction)).ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
