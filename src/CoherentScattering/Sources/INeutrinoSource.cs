using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>A neutrino source as an experiment sees it: the flux components at the detector over the exposure, the
/// baseline and, where the source has one, its arrival-time model.</summary>
/// <remarks>Implemented by <see cref="PionDecayAtRest"/> (a pulsed beam) and <see cref="ReactorSource"/> (steady).</remarks>
public interface INeutrinoSource
{
    /// <summary>Source–detector distance.</summary>
    Length Baseline { get; }

    /// <summary>The arrival-time model of the neutrinos, or null for a steady source (a reactor).</summary>
    PionDecayArrivalTime? ArrivalTime { get; }

    /// <summary>The flux at the detector, time-integrated over the exposure.</summary>
    NeutrinoFlux ToFlux();
}
