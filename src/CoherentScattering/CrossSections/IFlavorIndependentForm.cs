namespace CoherentScattering.CrossSections;

// <summary>A basis form that never reads <see cref="ScatteringPoint.Flavor"/>: its value at a recoil node is the same
// for every flux component, so the rate engine evaluates it once per node and isotope and shares it across the
// components (only the spectral moments differ). The library's own basis forms declare it; a form that does not is
// evaluated per component.</summary>
internal interface IFlavorIndependentForm
{
    // <summary>Whether <see cref="IBasisForm.Evaluate"/> is independent of the point's flavour.</summary>
    bool IsFlavorIndependent { get; }
}
