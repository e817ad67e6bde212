namespace CoherentScattering.Statistics;

/// <summary>
/// One component of a binned fit: a template (expected events per bin at its nominal normalisation) and the nuisance
/// parameter of its normalisation, expressed as the component's total events (the central value of a constrained
/// background is its predicted count; a signal may be free).
/// </summary>
public sealed class TemplateComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="template">Expected events per bin, total &gt; 0.</param>
    /// <param name="normalisation">The total-events parameter (its name is the component's name).</param>
    /// <exception cref="ArgumentException">A template with no events.</exception>
    public TemplateComponent(Histogram template, Nuisance normalisation)
    {
        Template = Guard.NotNull(template);
        Normalisation = Guard.NotNull(normalisation);
        double total = template.Total;
        if (!(total > 0))
        {
            throw new ArgumentException($"The template of '{normalisation.Name}' holds no events.", nameof(template));
        }

        var values = template.Values;
        var shape = new double[values.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = values[i] / total;
        }

        Shape = shape;
    }

    /// <summary>Expected events per bin at the nominal normalisation.</summary>
    public Histogram Template { get; }

    /// <summary>The normalisation parameter (total events of the component).</summary>
    public Nuisance Normalisation { get; }

    /// <summary>The component's name.</summary>
    public string Name => Normalisation.Name;

    /// <summary>The template divided by its total (sums to one).</summary>
    internal double[] Shape { get; }
}
