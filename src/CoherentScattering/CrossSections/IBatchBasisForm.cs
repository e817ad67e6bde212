using CoherentScattering.Nuclear;

namespace CoherentScattering.CrossSections;

// <summary>A flavour-independent basis form (<see cref="IFlavorIndependentForm"/>) that evaluates itself at many
// recoils of one nucleus faster than one call each (its nucleus-dependent factors computed once). The rate engine uses
// it when a form offers it; results equal <see cref="IBasisForm.Evaluate"/> at each point to the last bit.</summary>
internal interface IBatchBasisForm
{
    // <summary>The form at every (T, F²) of one nucleus, into <paramref name="forms"/>.</summary>
    void Evaluate(Nucleus nucleus, ReadOnlySpan<double> recoilMev, ReadOnlySpan<double> formFactorSquared, Span<KinematicForm> forms);
}
