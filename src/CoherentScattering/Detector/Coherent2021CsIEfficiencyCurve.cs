namespace CoherentScattering.Detector;

/// <summary>The efficiency curves of the COHERENT CsI[Na] 2021 release (<c>effCoefficients.txt</c>), in the file's row
/// order.</summary>
/// <remarks>The file labels both alternatives "+1 sigma". The second one (c = 11.8832) is evidently the −1σ curve: its
/// coefficients are 2·nominal − (first alternative) within the rounding of the printed digits, and it lowers the efficiency everywhere; it is named
/// <see cref="MinusOneSigma"/> here.</remarks>
public enum Coherent2021CsIEfficiencyCurve
{
    /// <summary>The nominal efficiency model (row 1).</summary>
    Nominal,

    /// <summary>The first alternative (row 2, c = 9.84596), labelled "+1 sigma" in the file.</summary>
    PlusOneSigma,

    /// <summary>The second alternative (row 3, c = 11.8832), labelled "+1 sigma" in the file but the −1σ curve.</summary>
    MinusOneSigma,
}
