using CoherentScattering.CrossSections;

namespace CoherentScattering.Statistics;

/// <summary>
/// The likelihood of a measurement for a cross-section model, −2 ln L minimised over the measurement's own nuisance
/// parameters. The counting χ² of paper Eq. (6) (<see cref="CountingLikelihood"/>) and the binned Poisson likelihoods of
/// the spectral fits (<see cref="SpectralLikelihood"/>) are implementations; <see cref="JointLikelihood"/> adds several;
/// <see cref="ParameterProfile.ScanModels"/> and <see cref="ParameterMap.ScanModels"/> scan any of them.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe (scans evaluate grid points in parallel).</remarks>
public interface IModelLikelihood
{
    /// <summary>Name for reports (the experiment).</summary>
    string Name { get; }

    /// <summary>−2 ln L (a χ² up to a model-independent constant) profiled over the nuisance parameters.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model cannot be evaluated on this experiment.</exception>
    double MinusTwoLogLikelihood(ICrossSectionModel model);
}
