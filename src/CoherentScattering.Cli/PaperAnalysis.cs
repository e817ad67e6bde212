using CoherentScattering.Experiments;
using CoherentScattering.Rates;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary>The shared set-up of every analysis of the paper: one experiment, its rate calculator and likelihoods.</summary>
internal sealed class PaperAnalysis
{
    public PaperAnalysis(Experiment experiment, bool comparesWithCoherent2017Data = true)
    {
        Experiment = experiment;
        ComparesWithCoherent2017Data = comparesWithCoherent2017Data;
        Likelihood = experiment.CreateLikelihood(PullTreatment.SignalAndBackground);
        Rates = experiment.Response is null ? experiment.CreateRateCalculator()
            : throw new ArgumentException($"'{experiment.Name}' counts events through a response chain: table1 and figures take a counting experiment binned in the recoil observable; events and sin2w take this one.");
        OnePullLikelihood = experiment.CreateLikelihood(PullTreatment.SignalOnly);
    }

    public Experiment Experiment { get; }

    /// <summary>Whether plots show the COHERENT 2017 release data (only meaningful for the preset set-up).</summary>
    public bool ComparesWithCoherent2017Data { get; }

    public EventRateCalculator Rates { get; }

    public Likelihood Likelihood { get; }

    public Likelihood OnePullLikelihood { get; }
}
