namespace CoherentScattering.Nuclear;

/// <summary>Elastic two-body kinematics of ν + nucleus → ν + nucleus, in MeV.</summary>
public static class Kinematics
{
    /// <summary>Smallest mass (MeV) the kinematics accept.</summary>
    public const double MinimumMassMev = 1e-6;

    /// <summary>Largest mass (MeV) the kinematics accept (well above any nucleus, 1 PeV).</summary>
    public const double MaximumMassMev = 1e9;

    /// <summary>Maximum recoil energy T_max = 2E²/(M + 2E) (exact relativistic kinematics).</summary>
    /// <param name="neutrinoMev">Neutrino energy E in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV, in [1e-6, 1e9].</param>
    /// <exception cref="ArgumentOutOfRangeException">E negative or M outside [1e-6, 1e9] MeV (or either not finite).</exception>
    public static double MaxRecoilMev(double neutrinoMev, double nuclearMassMev)
    {
        Guard.NonNegative(neutrinoMev);
        Guard.InRange(nuclearMassMev, MinimumMassMev, MaximumMassMev);
        // 2E²/(M + 2E) written as E/(1 + M/2E): the same number, without overflow of E² (and 0 at E = 0).
        return neutrinoMev == 0 ? 0.0 : neutrinoMev / (1 + nuclearMassMev / (2 * neutrinoMev));
    }

    /// <summary>Minimum neutrino energy giving recoil T: E_min = (T + √(T² + 2MT))/2, the inverse of <see cref="MaxRecoilMev"/>.</summary>
    /// <param name="recoilMev">Recoil kinetic energy T in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV, in [1e-6, 1e9].</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or M outside [1e-6, 1e9] MeV (or either not finite).</exception>
    public static double MinNeutrinoEnergyMev(double recoilMev, double nuclearMassMev)
    {
        Guard.NonNegative(recoilMev);
        Guard.InRange(nuclearMassMev, MinimumMassMev, MaximumMassMev);
        // √(T² + 2MT) = √T √(T + 2M): no overflow of T² for any finite T.
        return 0.5 * recoilMev + 0.5 * Math.Sqrt(recoilMev) * Math.Sqrt(recoilMev + 2 * nuclearMassMev);
    }

    /// <summary>Momentum transfer q = √(2MT) in MeV (the paper's Q, Eq. 3).</summary>
    /// <param name="recoilMev">Recoil kinetic energy T in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV, in [1e-6, 1e9].</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or M outside [1e-6, 1e9] MeV (or either not finite).</exception>
    public static double MomentumTransferMev(double recoilMev, double nuclearMassMev)
    {
        Guard.NonNegative(recoilMev);
        Guard.InRange(nuclearMassMev, MinimumMassMev, MaximumMassMev);
        return Math.Sqrt(2 * nuclearMassMev) * Math.Sqrt(recoilMev); // no overflow of 2MT
    }
}
