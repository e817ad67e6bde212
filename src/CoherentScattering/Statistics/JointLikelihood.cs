using CoherentScattering.CrossSections;

namespace CoherentScattering.Statistics;

/// <summary>Independent experiments fitted together: −2 ln L is the sum of theirs, each profiled over its own nuisance
/// parameters, with the model (the physics parameters) shared.</summary>
public sealed class JointLikelihood : IModelLikelihood
{
    private readonly IModelLikelihood[] parts;

    /// <summary>Creates the joint likelihood.</summary>
    /// <param name="parts">One or more likelihoods with distinct names.</param>
    /// <exception cref="ArgumentException">None, a null element or a repeated name.</exception>
    public JointLikelihood(IEnumerable<IModelLikelihood> parts)
    {
        this.parts = Guard.NoNulls(parts);
        if (this.parts.Length == 0)
        {
            throw new ArgumentException("A joint likelihood needs at least one experiment.", nameof(parts));
        }

        var repeated = this.parts.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Experiment '{Guard.Excerpt(repeated.Key)}' appears twice.", nameof(parts));
        }

        Name = string.Join(" + ", this.parts.Select(p => p.Name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The experiments.</summary>
    public IReadOnlyList<IModelLikelihood> Parts => parts;

    /// <inheritdoc />
    public double MinusTwoLogLikelihood(ICrossSectionModel model)
    {
        double sum = 0;
        foreach (var p in parts)
        {
            sum += p.MinusTwoLogLikelihood(model);
        }

        return sum;
    }
}
