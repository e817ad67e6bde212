using CoherentScattering.CrossSections;
using CoherentScattering.Rates;

namespace CoherentScattering.Statistics;

/// <summary>The counting analysis as a model likelihood: the model's total events in the region of interest (Eq. 4)
/// into the χ² of Eq. (6) with its pulls profiled (<see cref="Likelihood"/>). Equivalently a one-bin Gaussian likelihood
/// with normalisation nuisances.</summary>
public sealed class CountingLikelihood : IModelLikelihood
{
    /// <summary>Creates the likelihood.</summary>
    /// <param name="name">Name for reports, 1–200 characters.</param>
    /// <param name="rates">The rate calculator of the experiment.</param>
    /// <param name="likelihood">The χ² of Eq. (6).</param>
    /// <exception cref="ArgumentException">An empty or over-long name, or a null argument.</exception>
    public CountingLikelihood(string name, EventRateCalculator rates, Likelihood likelihood)
    {
        Name = Guard.Name(name);
        Guard.NotNull(rates);
        total = rates.Total;
        Likelihood = Guard.NotNull(likelihood);
    }

    /// <summary>Creates the likelihood of events counted through a response chain.</summary>
    /// <param name="name">Name for reports, 1–200 characters.</param>
    /// <param name="rates">The reconstructed rate calculator of the experiment.</param>
    /// <param name="likelihood">The χ² of Eq. (6).</param>
    /// <exception cref="ArgumentException">An empty or over-long name, or a null argument.</exception>
    public CountingLikelihood(string name, ReconstructedRateCalculator rates, Likelihood likelihood)
    {
        Name = Guard.Name(name);
        Guard.NotNull(rates);
        total = rates.Total;
        Likelihood = Guard.NotNull(likelihood);
    }

    private readonly Func<ICrossSectionModel, double> total;

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The model's expected events in the region of interest (Eq. 4).</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model cannot be integrated on the set-up.</exception>
    public double ExpectedEvents(ICrossSectionModel model) => total(Guard.NotNull(model));

    /// <summary>The χ² of Eq. (6).</summary>
    public Likelihood Likelihood { get; }

    /// <inheritdoc />
    public double MinusTwoLogLikelihood(ICrossSectionModel model) => Likelihood.ChiSquared(total(model));
}
