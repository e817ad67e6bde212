namespace CoherentScattering.Nuclear;

// <summary>A form factor that evaluates F² at many momentum transfers of one nucleus faster than one call each (its
// radius parameters computed once). The rate engine uses it when a form factor offers it; results equal
// <see cref="IFormFactor.Evaluate"/> squared.</summary>
internal interface IBatchFormFactor
{
    // <summary>F(q)² for every q (MeV, ≥ 0) into <paramref name="result"/>.</summary>
    void EvaluateSquared(Nucleus nucleus, ReadOnlySpan<double> momentumTransferMev, Span<double> result);
}
