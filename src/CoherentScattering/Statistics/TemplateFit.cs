namespace CoherentScattering.Statistics;

/// <summary>The result of a binned template fit: the minimum of −2 ln L and the total events of every component there.</summary>
public sealed class TemplateFit
{
    private readonly string[] names;
    private readonly double[] events;

    internal TemplateFit(double minusTwoLogLikelihood, string[] names, double[] events, int steps)
    {
        MinusTwoLogLikelihood = minusTwoLogLikelihood;
        this.names = names;
        this.events = events;
        Steps = steps;
    }

    /// <summary>−2 ln L at the minimum (penalties included).</summary>
    public double MinusTwoLogLikelihood { get; }

    /// <summary>Newton steps taken.</summary>
    public int Steps { get; }

    /// <summary>Fitted total events per component, in component order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Events => names.Zip(events, KeyValuePair.Create).ToArray();

    /// <summary>Fitted total events of one component.</summary>
    /// <param name="component">Its name.</param>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public double EventsOf(string component)
    {
        ArgumentNullException.ThrowIfNull(component);
        int k = Array.IndexOf(names, component);
        return k >= 0 ? events[k] : throw new ArgumentException($"Unknown component '{Guard.Excerpt(component)}'.", nameof(component));
    }
}
