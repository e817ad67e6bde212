namespace CoherentScattering.Rates;

/// <summary>
/// Expected events at the recoil quadrature nodes of a rate calculation, per flux component and isotope: the input of a
/// detector response chain (<see cref="Detector.ResponseChain"/>), which maps each node's true recoil T to reconstructed
/// bins. Summing a node's events over any response whose columns sum to one reproduces the calculator's total.
/// </summary>
public sealed class RecoilNodeEvents
{
    private readonly double[][] recoilMev;      // [isotope][node]
    private readonly double[][][] events;       // [component][isotope][node]

    internal RecoilNodeEvents(double[][] recoilMev, double[][][] events, string[] isotopeKeys, object? origin = null)
    {
        Origin = origin;
        this.recoilMev = recoilMev;
        this.events = events;
        IsotopeKeys = isotopeKeys;
    }

    // The calculator that produced these events (a fold checks that the events belong to its nodes).
    internal object? Origin { get; }

    // The raw events, for the folds of this assembly: [component][isotope][node].
    internal double[][][] EventArrays => events;

    /// <summary>Catalogue keys of the isotopes, in target order.</summary>
    public IReadOnlyList<string> IsotopeKeys { get; }

    /// <summary>Number of flux components.</summary>
    public int ComponentCount => events.Length;

    /// <summary>The recoil energies T (MeV) of an isotope's nodes.</summary>
    /// <param name="isotope">Isotope index.</param>
    public IReadOnlyList<double> RecoilMev(int isotope) => Array.AsReadOnly(recoilMev[Guard.Index(isotope, recoilMev.Length)]); // the calculator's nodes: read-only

    /// <summary>Expected events carried by each node of an isotope for one component.</summary>
    /// <param name="component">Component index.</param>
    /// <param name="isotope">Isotope index.</param>
    public IReadOnlyList<double> Events(int component, int isotope) =>
        Array.AsReadOnly(events[Guard.Index(component, events.Length)][Guard.Index(isotope, recoilMev.Length)]);

    /// <summary>All events (every component, isotope and node).</summary>
    public double Total => events.Sum(c => c.Sum(i => i.Sum()));
}
