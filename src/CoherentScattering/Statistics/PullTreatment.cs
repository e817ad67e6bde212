namespace CoherentScattering.Statistics;

/// <summary>Which nuisance parameters of Eq. (6) are profiled.</summary>
public enum PullTreatment
{
    /// <summary>Both ξ (signal normalisation) and ζ (B_0n normalisation): the paper's Eq. (6).</summary>
    SignalAndBackground,

    /// <summary>Only ξ; B_0n is fixed (the paper's "more simplified χ² with a single nuisance parameter").</summary>
    SignalOnly,
}
