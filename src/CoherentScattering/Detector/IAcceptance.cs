namespace CoherentScattering.Detector;

/// <summary>Detection efficiency a(x) ∈ [0, 1] as a function of the observable x (Eq. 4's a(T_N), expressed in x).</summary>
public interface IAcceptance
{
    /// <summary>Name for reports.</summary>
    string Name { get; }

    /// <summary>Points (in x) where a(x) or its derivative jumps; the rate engine places panel edges there.</summary>
    IReadOnlyList<double> Discontinuities { get; }

    /// <summary>a(x).</summary>
    /// <param name="observable">x in the detector's observable unit.</param>
    double Evaluate(double observable);
}
