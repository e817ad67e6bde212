namespace CoherentScattering.Detector;

// <summary>An acceptance that evaluates a(x) at many observables faster than one call each (the rate engine asks for
// one per recoil node). The engine uses it when an acceptance offers it; results equal <see cref="IAcceptance.Evaluate"/>
// to the last bit or two.</summary>
internal interface IBatchAcceptance
{
    // <summary>a(x) for every x into <paramref name="result"/> (which may be the same memory as <paramref name="observables"/>).</summary>
    void Evaluate(ReadOnlySpan<double> observables, Span<double> result);
}
