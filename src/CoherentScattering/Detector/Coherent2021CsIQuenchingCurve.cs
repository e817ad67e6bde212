namespace CoherentScattering.Detector;

/// <summary>The scintillation-response curves of the COHERENT CsI[Na] 2021 release (<c>scintRespCoefficients.txt</c>),
/// in the file's row order.</summary>
public enum Coherent2021CsIQuenchingCurve
{
    /// <summary>The nominal scintillation model.</summary>
    Nominal,

    /// <summary>Systematic model 0, +1σ.</summary>
    Model0PlusOneSigma,

    /// <summary>Systematic model 0, −1σ.</summary>
    Model0MinusOneSigma,

    /// <summary>Systematic model 1, +1σ.</summary>
    Model1PlusOneSigma,

    /// <summary>Systematic model 1, −1σ.</summary>
    Model1MinusOneSigma,
}
