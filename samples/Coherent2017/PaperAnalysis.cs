using CoherentScattering.Experiments;
using CoherentScattering.Rates;
using CoherentScattering.Statistics;

namespace Coherent2017;

/// <summary>The shared set-up of every analysis of the paper: one experiment, its rate calculator and likelihoods.</summary>
internal sealed class PaperAnalysis
{
    public PaperAnalysis(Experiment experiment, bool comparesWithCoherent2017Data = true)
    {
        Experiment = experiment;
        ComparesWithCoherent2017Data = comparesWithCoherent2017Data;
        Rates = experiment.CreateRateCalculator();
        Likelihood = experiment.CreateLikelihood(PullTreatment.SignalAndBackground);
        OnePullLikelihood = experiment.CreateLikelihood(PullTreatment.SignalOnly);
    }

    public Experiment Experiment { get; }

    /// <summary>Whether plots show the COHERENT 2017 release data (only meaningful for the preset set-up).</summary>
    public bool ComparesWithCoherent2017Data { get; }

    public EventRateCalculator Rates { get; }

    public Likelihood Likelihood { get; }

    public Likelihood OnePullLikelihood { get; }
}
