namespace CoherentScattering.Statistics;

/// <summary>The result of a binned template fit: the minimum of −2 ln L, the total events of every component and the
/// shape parameters θ (if any) there.</summary>
public sealed class TemplateFit
{
    private readonly string[] names;
    private readonly double[] events;
    private readonly string[] shapeNames;
    private readonly double[] shapeValues;

    internal TemplateFit(double minusTwoLogLikelihood, string[] names, double[] events, int steps, string[] shapeNames, double[] shapeValues)
    {
        MinusTwoLogLikelihood = minusTwoLogLikelihood;
        this.names = names;
        this.events = events;
        Steps = steps;
        this.shapeNames = shapeNames;
        this.shapeValues = shapeValues;
    }

    /// <summary>−2 ln L at the minimum (penalties included).</summary>
    public double MinusTwoLogLikelihood { get; }

    /// <summary>Newton steps taken.</summary>
    public int Steps { get; }

    /// <summary>Fitted total events per component, in component order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Events => names.Zip(events, KeyValuePair.Create).ToArray();

    /// <summary>Fitted shape parameters θ, in the order of <see cref="BinnedPoissonLikelihood.ShapeParameters"/> (empty
    /// without shape systematics).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> ShapeParameters => shapeNames.Zip(shapeValues, KeyValuePair.Create).ToArray();

    /// <summary>Fitted total events of one component.</summary>
    /// <param name="component">Its name.</param>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public double EventsOf(string component)
    {
        ArgumentNullException.ThrowIfNull(component);
        int k = Array.IndexOf(names, component);
        return k >= 0 ? events[k] : throw new ArgumentException($"Unknown component '{Guard.Excerpt(component)}'.", nameof(component));
    }

    /// <summary>Fitted value of one shape parameter θ.</summary>
    /// <param name="name">Its name.</param>
    /// <exception cref="ArgumentException">Not a shape parameter of the fit.</exception>
    public double ShapeParameterOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int j = Array.IndexOf(shapeNames, name);
        return j >= 0 ? shapeValues[j]
            : throw new ArgumentException($"Unknown shape parameter '{Guard.Excerpt(name)}'; the fit's: {(shapeNames.Length == 0 ? "none" : string.Join(", ", shapeNames))}.", nameof(name));
    }
}
