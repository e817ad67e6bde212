using System.Numerics.Tensors;

namespace CoherentScattering.Statistics;

/// <summary>
/// One component of a binned fit: a template (expected events per bin at its nominal normalisation) and the nuisance
/// parameter of its normalisation, expressed as the component's total events (the central value of a constrained
/// background is its predicted count; a signal may be free), optionally with shape systematics that interpolate its
/// normalised shape between alternative templates (<see cref="ShapeSystematic"/>).
/// </summary>
public sealed class TemplateComponent
{
    private readonly ShapeSystematic[] systematics;

    /// <summary>Creates a component.</summary>
    /// <param name="template">Expected events per bin, total &gt; 0.</param>
    /// <param name="normalisation">The total-events parameter (its name is the component's name).</param>
    /// <exception cref="ArgumentException">A template with no events.</exception>
    public TemplateComponent(Histogram template, Nuisance normalisation)
        : this(template, normalisation, Array.Empty<ShapeSystematic>())
    {
    }

    /// <summary>Creates a component whose shape moves with shape systematics.</summary>
    /// <param name="template">Expected events per bin, total &gt; 0 (the central template, θ = 0).</param>
    /// <param name="normalisation">The total-events parameter (its name is the component's name).</param>
    /// <param name="shapeSystematics">The shape systematics acting on this component (distinct names), each alternative
    /// binned as <paramref name="template"/>; their shifts of the normalised shape add.</param>
    /// <exception cref="ArgumentException">A template with no events, a repeated systematic name, or an alternative binned
    /// differently from the template (the message names both).</exception>
    public TemplateComponent(Histogram template, Nuisance normalisation, IEnumerable<ShapeSystematic> shapeSystematics)
        : this(template, normalisation, Guard.NoNulls(shapeSystematics))
    {
    }

    // The same template and shapes with another normalisation constraint.
    private TemplateComponent(TemplateComponent other, Nuisance normalisation)
    {
        Template = other.Template;
        Normalisation = normalisation;
        systematics = other.systematics;
        Shape = other.Shape;
        Shifts = other.Shifts;
    }

    internal TemplateComponent WithNormalisation(Nuisance normalisation) => new(this, normalisation);

    // The systematics already copied and checked for nulls.
    private TemplateComponent(Histogram template, Nuisance normalisation, ShapeSystematic[] shapeSystematics)
    {
        Template = Guard.NotNull(template);
        Normalisation = Guard.NotNull(normalisation);
        systematics = shapeSystematics;
        double total = template.Total;
        if (!(total > 0))
        {
            throw new ArgumentException($"The template of '{normalisation.Name}' holds no events.", nameof(template));
        }

        var shape = new double[template.Count];
        TensorPrimitives.Divide(template.ValueSpan, total, shape);

        Shape = shape;
        if (systematics.Length == 0)
        {
            Shifts = [];
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var shifts = new (double[] Up, double[] Down)[systematics.Length];
        for (int j = 0; j < systematics.Length; j++)
        {
            var s = systematics[j];
            if (!names.Add(s.Name))
            {
                throw new ArgumentException($"Shape systematic '{s.Name}' appears twice on component '{Name}' (one parameter, one pair of alternatives per component).", nameof(shapeSystematics));
            }

            foreach (var (alternative, side) in new[] { (s.Up, "+1σ"), (s.Down, "−1σ") })
            {
                if (alternative is not null && !alternative.SameBinning(template))
                {
                    throw new ArgumentException(Guard.Text(
                        $"The {side} template of shape systematic '{s.Name}' ({string.Join(" × ", alternative.Axes)}) is not binned as the template of '{Name}' ({string.Join(" × ", template.Axes)})."), nameof(shapeSystematics));
                }
            }

            shifts[j] = s.Shifts(shape);
        }

        Shifts = shifts;
    }

    /// <summary>Expected events per bin at the nominal normalisation.</summary>
    public Histogram Template { get; }

    /// <summary>The normalisation parameter (total events of the component).</summary>
    public Nuisance Normalisation { get; }

    /// <summary>The component's name.</summary>
    public string Name => Normalisation.Name;

    /// <summary>The shape systematics acting on the component (empty when its shape is fixed).</summary>
    public IReadOnlyList<ShapeSystematic> ShapeSystematics => systematics;

    /// <summary>The interpolated normalised shape t̂(θ) = t̂ + Σ_j Δ_j(θ_j) (HistFactory code 0, CERN-OPEN-2012-016: Δ_j =
    /// θ_j (t̂⁺_j − t̂) for θ_j ≥ 0, θ_j (t̂ − t̂⁻_j) below); it sums to one and equals an alternative's shape at θ = ±1.</summary>
    /// <param name="shapeParameters">θ by systematic name (each in its range); systematics not named are at 0. Null: all at 0.</param>
    /// <returns>One value per bin (it may be negative far beyond ±1).</returns>
    /// <exception cref="ArgumentException">A name that is not a systematic of this component, or θ outside its range.</exception>
    public double[] ShapeAt(IReadOnlyDictionary<string, double>? shapeParameters)
    {
        var theta = new double[systematics.Length];
        foreach (var (name, value) in shapeParameters ?? new Dictionary<string, double>())
        {
            int j = Array.FindIndex(systematics, s => s.Name == name);
            if (j < 0)
            {
                throw new ArgumentException($"'{Guard.Excerpt(name)}' is not a shape systematic of '{Name}'; its systematics: {(systematics.Length == 0 ? "none" : string.Join(", ", systematics.Select(s => s.Name)))}.", nameof(shapeParameters));
            }

            var s = systematics[j];
            theta[j] = value >= s.LowerBound && value <= s.UpperBound ? value
                : throw new ArgumentOutOfRangeException(nameof(shapeParameters), Guard.Text($"{name} = {value} lies outside [{s.LowerBound}, {s.UpperBound}]."));
        }

        var result = (double[])Shape.Clone();
        for (int j = 0; j < systematics.Length; j++)
        {
            var shift = theta[j] >= 0 ? Shifts[j].Up : Shifts[j].Down;
            for (int i = 0; i < result.Length; i++)
            {
                result[i] += theta[j] * shift[i];
            }
        }

        return result;
    }

    // <summary>The template divided by its total (sums to one).</summary>
    internal double[] Shape { get; }

    // <summary>Per shape systematic (in order), the shape shifts per unit θ above and below zero: (t̂⁺ − t̂, t̂ − t̂⁻).</summary>
    internal (double[] Up, double[] Down)[] Shifts { get; }
}
