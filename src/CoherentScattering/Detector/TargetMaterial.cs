using CoherentScattering.Nuclear;

namespace CoherentScattering.Detector;

/// <summary>A target material: isotopes with stoichiometry, and the form factor used for all of them.</summary>
public sealed class TargetMaterial
{
    private readonly TargetIsotope[] isotopes;

    /// <summary>Creates a material.</summary>
    /// <param name="isotopes">At least one isotope; keys must be distinct.</param>
    /// <param name="formFactor">Nuclear form factor; the paper's Helm (Eq. 3) when null.</param>
    /// <exception cref="ArgumentException">No isotopes or a repeated isotope.</exception>
    public TargetMaterial(IEnumerable<TargetIsotope> isotopes, IFormFactor? formFactor = null)
    {
        this.isotopes = Guard.NoNulls(isotopes);
        if (this.isotopes.Length == 0)
        {
            throw new ArgumentException("A target material needs at least one isotope.", nameof(isotopes));
        }

        if (this.isotopes.Select(i => i.Nucleus.Key).Distinct(StringComparer.Ordinal).Count() != this.isotopes.Length)
        {
            throw new ArgumentException("Each isotope may appear only once in a target material.", nameof(isotopes));
        }

        FormFactor = formFactor ?? HelmFormFactor.Paper;
    }

    /// <summary>CsI (1:1), ignoring the Na dopant as the paper does (Eq. 5).</summary>
    public static TargetMaterial CesiumIodide { get; } = new([new(Nuclei.Cs133, 1), new(Nuclei.I127, 1)]);

    /// <summary>A single-isotope material.</summary>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="formFactor">Optional form factor (Helm by default).</param>
    public static TargetMaterial Pure(Nucleus nucleus, IFormFactor? formFactor = null) => new([new(nucleus, 1)], formFactor);

    /// <summary>A natural element: its isotopes with their atom fractions as stoichiometric counts.</summary>
    /// <param name="element">The element (e.g. <see cref="Elements.Germanium"/>).</param>
    /// <param name="formFactor">Optional form factor (Helm by default).</param>
    public static TargetMaterial Natural(Element element, IFormFactor? formFactor = null) => new(Guard.NotNull(element).TargetIsotopes(1), formFactor);

    /// <summary>A compound of elements with its stoichiometry (CaWO₄: Ca 1, W 1, O 4): each element's isotopes with
    /// η_i = atoms × f_i, so that Eq. (5) weighs them by their share of the formula mass.</summary>
    /// <param name="formula">Each element once, with its atoms per formula unit (&gt; 0).</param>
    /// <param name="formFactor">Optional form factor (Helm by default).</param>
    /// <exception cref="ArgumentException">An empty formula or an element listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count not positive or not finite.</exception>
    public static TargetMaterial Compound(IEnumerable<(Element Element, double Atoms)> formula, IFormFactor? formFactor = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var parts = formula.ToArray();
        if (parts.Any(p => p.Element is null))
        {
            throw new ArgumentException("formula holds a null element.", nameof(formula));
        }

        if (parts.Select(p => p.Element.AtomicNumber).Distinct().Count() != parts.Length)
        {
            throw new ArgumentException("Each element may appear only once in a formula.", nameof(formula));
        }

        if (parts.Length == 0)
        {
            throw new ArgumentException("A formula needs at least one element.", nameof(formula));
        }

        var bad = parts.FirstOrDefault(p => !(p.Atoms > 0 && double.IsFinite(p.Atoms)));
        return bad.Element is null ? new(parts.SelectMany(p => p.Element.TargetIsotopes(p.Atoms)), formFactor)
            : throw new ArgumentOutOfRangeException(nameof(formula), bad.Atoms, Guard.Text($"The atoms of {bad.Element.Symbol} per formula unit must be positive and finite, got {bad.Atoms}."));
    }

    /// <summary>The isotopes.</summary>
    public IReadOnlyList<TargetIsotope> Isotopes => isotopes;

    /// <summary>The form factor.</summary>
    public IFormFactor FormFactor { get; }

    /// <summary>Returns the same material with another form factor.</summary>
    /// <param name="formFactor">The form factor.</param>
    public TargetMaterial WithFormFactor(IFormFactor formFactor) => new(isotopes, Guard.NotNull(formFactor));

    /// <summary>Nuclei of one isotope per kilogram of material, Eq. (5): N_x = 1000 g · η_x / (Σ A_y η_y) · N_A.</summary>
    /// <param name="isotopeIndex">Index into <see cref="Isotopes"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Index out of range.</exception>
    public double NucleiPerKilogram(int isotopeIndex)
    {
        Guard.Index(isotopeIndex, isotopes.Length);
        // Eq. (5) with every η divided by the largest one: the same number, finite for any positive finite counts.
        double largest = isotopes[0].Atoms, molar = 0;
        for (int i = 1; i < isotopes.Length; i++)
        {
            largest = Math.Max(largest, isotopes[i].Atoms);
        }

        foreach (var isotope in isotopes)
        {
            molar += isotope.Nucleus.MolarMassGramsPerMole * (isotope.Atoms / largest);
        }

        return 1000.0 * (isotopes[isotopeIndex].Atoms / largest) / molar * PhysicalConstants.Avogadro; // Eq. (5)
    }
}
