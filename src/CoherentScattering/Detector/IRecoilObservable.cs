namespace CoherentScattering.Detector;

/// <summary>The measured quantity x as a strictly increasing function of the nuclear recoil energy T (photoelectrons, keVnr…).</summary>
public interface IRecoilObservable
{
    /// <summary>Unit of the observable, for reports ("PE", "keV").</summary>
    string Unit { get; }

    /// <summary>x(T).</summary>
    /// <param name="recoilMev">T in MeV.</param>
    double FromRecoilMev(double recoilMev);

    /// <summary>T(x), the inverse of <see cref="FromRecoilMev"/>.</summary>
    /// <param name="observable">x in <see cref="Unit"/>.</param>
    double ToRecoilMev(double observable);
}
