namespace CoherentScattering.Detector;

/// <summary>How <see cref="Coherent2017Acceptance"/> is evaluated.</summary>
public enum AcceptanceEvaluation
{
    /// <summary>a(x) at the continuous photoelectron number x = n_PE (library default; the reference calculation R2 in docs/physics.md).</summary>
    Continuous,

    /// <summary>a(x) at the centre of the 1-PE bin containing x (⌊x⌋ + 0.5), as the data release's yaml prescribes; −0.12 % → +0.12 % on CsI.</summary>
    BinCentres,
}
