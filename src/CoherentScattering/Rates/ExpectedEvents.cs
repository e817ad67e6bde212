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
    /// <exception cref="ArgumentOutOfRangeException">An index out of range.</exception>
    public double Get(int component, int isotope, int bin) =>
        events[Guard.Index(component, events.GetLength(0)), Guard.Index(isotope, events.GetLength(1)), Guard.Index(bin, events.GetLength(2))];

    /// <summary>Events summed over all components of a flavour (zero if the flux has none).</summary>
    /// <param name="flavor">The flavour.</param>
    public double ByFlavor(NeutrinoFlavor flavor) => Sum((c, _, _) => components[c].Flavor == flavor);

    /// <summary>Events per flavour present in the flux, in flux order.</summary>
    public IReadOnlyList<KeyValuePair<NeutrinoFlavor, double>> Flavors =>
        components.Select(c => c.Flavor).Distinct().Select(f => KeyValuePair.Create(f, ByFlavor(f))).ToArray();

    /// <summary>Events of one isotope.</summary>
    /// <param name="isotopeKey">Catalogue key (e.g. <c>Cs133</c>).</param>
    /// <exception cref="ArgumentException">The isotope is not in the target.</exception>
    public double ByIsotope(string isotopeKey)
    {
        ArgumentNullException.ThrowIfNull(isotopeKey);
        int i = Array.IndexOf(isotopeKeys, isotopeKey);
        return i >= 0 ? Sum((_, iso, _) => iso == i)
            : throw new ArgumentException($"Isotope '{Guard.Excerpt(isotopeKey)}' is not part of the target ({string.Join(", ", isotopeKeys)}).", nameof(isotopeKey));
    }

    /// <summary>Events per isotope, in target order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Isotopes =>
        isotopeKeys.Select(k => KeyValuePair.Create(k, ByIsotope(k))).ToArray();

    /// <summary>Events per bin, summed over components and isotopes.</summary>
    public IReadOnlyList<BinEvents> Bins
    {
        get
        {
            // One pass over all counts (O(components × isotopes × bins)), not one pass per bin.
            var sums = new double[binEdges.Length - 1];
            for (int c = 0; c < events.GetLength(0); c++)
            {
                for (int i = 0; i < events.GetLength(1); i++)
                {
                    for (int b = 0; b < sums.Length; b++)
                    {
                        sums[b] += events[c, i, b];
                    }
                }
            }

            return sums.Select((sum, b) => new BinEvents(binEdges[b], binEdges[b + 1], sum)).ToArray();
        }
    }

    /// <summary>All counts multiplied by a factor (e.g. a normalisation pull 1 + ξ).</summary>
    /// <param name="factor">Factor ≥ 0 (expected events are never negative), small enough that the counts stay finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite factor, or scaled counts that overflow.</exception>
    public ExpectedEvents Scale(double factor)
    {
        Guard.NonNegative(factor);
        double largest = 0;
        foreach (double e in events)
        {
            largest = Math.Max(largest, e);
        }

        Guard.FiniteResult(largest * factor * events.Length, nameof(factor), "the scaled event count");
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

    /// <summary>Writes the binned events as CSV: columns low, high, total, one column per flux component (its flavour key)
    /// and one per isotope (its key), in the library's format (round-trips through <see cref="IO.CsvTable"/>).</summary>
    /// <param name="writer">Destination.</param>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int bins = binEdges.Length - 1;
        var names = new List<string> { $"low_{ObservableUnit}", $"high_{ObservableUnit}", "total" };
        var columns = new List<IReadOnlyList<double>>
        {
            binEdges[..^1], binEdges[1..], Bins.Select(b => b.Events).ToArray(),
        };
        for (int c = 0; c < components.Length; c++)
        {
            int component = c;
            names.Add(components.Count(x => x.Flavor == components[c].Flavor) > 1 ? $"{components[c].Flavor.Key()}_{c}" : components[c].Flavor.Key());
            columns.Add(Enumerable.Range(0, bins).Select(b => Enumerable.Range(0, isotopeKeys.Length).Sum(i => events[component, i, b])).ToArray());
        }

        for (int i = 0; i < isotopeKeys.Length; i++)
        {
            int isotope = i;
            names.Add(isotopeKeys[i]);
            columns.Add(Enumerable.Range(0, bins).Select(b => Enumerable.Range(0, components.Length).Sum(c => events[c, isotope, b])).ToArray());
        }

        IO.CsvTable.Write(writer, names, columns, [$"expected events per bin; total {Total.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"]);
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
