using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

/// <summary>
/// Expected event counts from Eq. (4), resolved by flux component (flavour), isotope and bin. Immutable.
/// </summary>
public sealed class ExpectedEvents
{
    private readonly double[,,] events; // [component, isotope, bin]
    private readonly FluxComponent[] components;
    private readonly string[] isotopeKeys;
    private readonly double[] binEdges;

    internal ExpectedEvents(double[,,] events, FluxComponent[] components, string[] isotopeKeys, double[] binEdges, string observableUnit)
    {
        this.events = events;
        this.components = components;
        this.isotopeKeys = isotopeKeys;
        this.binEdges = binEdges;
        ObservableUnit = observableUnit;
    }

    /// <summary>Unit of the bin edges ("PE", "keV").</summary>
    public string ObservableUnit { get; }

    /// <summary>The flux components, in the order of the flux.</summary>
    public IReadOnlyList<FluxComponent> Components => components;

    /// <summary>Catalogue keys of the isotopes, in the order of the target material.</summary>
    public IReadOnlyList<string> IsotopeKeys => isotopeKeys;

    /// <summary>Total events in the region of interest.</summary>
    public double Total
    {
        get
        {
            double sum = 0;
            foreach (double e in events)
            {
                sum += e;
            }

            return sum;
        }
    }

    /// <summary>Events of one component, isotope and bin.</summary>
    /// <param name="component">Component index.</param>
    /// <param name="isotope">Isotope index.</param>
    /// <param name="bin">Bin index.</param>
    public double Get(int component, int isotope, int bin) => events[component, isotope, bin];

    /// <summary>Events summed over all components of a flavour (zero if the flux has none).</summary>
    /// <param name="flavor">The flavour.</param>
    public double ByFlavor(NeutrinoFlavor flavor) => Sum((c, _, _) => components[c].Flavor == flavor);

    /// <summary>Events per flavour present in the flux, in flux order.</summary>
    public IReadOnlyList<KeyValuePair<NeutrinoFlavor, double>> Flavors =>
        components.Select(c => c.Flavor).Distinct().Select(f => KeyValuePair.Create(f, ByFlavor(f))).ToArray();

    /// <summary>Events of one isotope.</summary>
    /// <param name="isotopeKey">Catalogue key (e.g. <c>Cs133</c>).</param>
    /// <exception cref="KeyNotFoundException">The isotope is not in the target.</exception>
    public double ByIsotope(string isotopeKey)
    {
        int i = Array.IndexOf(isotopeKeys, isotopeKey);
        return i >= 0 ? Sum((_, iso, _) => iso == i)
            : throw new KeyNotFoundException($"Isotope '{isotopeKey}' is not part of the target ({string.Join(", ", isotopeKeys)}).");
    }

    /// <summary>Events per isotope, in target order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Isotopes =>
        isotopeKeys.Select(k => KeyValuePair.Create(k, ByIsotope(k))).ToArray();

    /// <summary>Events per bin, summed over components and isotopes.</summary>
    public IReadOnlyList<BinEvents> Bins =>
        Enumerable.Range(0, binEdges.Length - 1)
            .Select(b => new BinEvents(binEdges[b], binEdges[b + 1], Sum((_, _, bin) => bin == b)))
            .ToArray();

    /// <summary>All counts multiplied by a factor (e.g. a normalisation pull 1 + ξ).</summary>
    /// <param name="factor">Finite factor.</param>
    public ExpectedEvents Scale(double factor)
    {
        Guard.Finite(factor);
        var scaled = (double[,,])events.Clone();
        for (int c = 0; c < scaled.GetLength(0); c++)
        {
            for (int i = 0; i < scaled.GetLength(1); i++)
            {
                for (int b = 0; b < scaled.GetLength(2); b++)
                {
                    scaled[c, i, b] *= factor;
                }
            }
        }

        return new ExpectedEvents(scaled, components, isotopeKeys, binEdges, ObservableUnit);
    }

    private double Sum(Func<int, int, int, bool> select)
    {
        double sum = 0;
        for (int c = 0; c < events.GetLength(0); c++)
        {
            for (int i = 0; i < events.GetLength(1); i++)
            {
                for (int b = 0; b < events.GetLength(2); b++)
                {
                    if (select(c, i, b))
                    {
                        sum += events[c, i, b];
                    }
                }
            }
        }

        return sum;
    }
}
