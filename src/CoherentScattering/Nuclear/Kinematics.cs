namespace CoherentScattering.Nuclear;

/// <summary>Elastic two-body kinematics of ν + nucleus → ν + nucleus, in MeV.</summary>
public static class Kinematics
{
    /// <summary>Maximum recoil energy T_max = 2E²/(M + 2E) (exact relativistic kinematics).</summary>
    /// <param name="neutrinoMev">Neutrino energy E in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">E negative or M not positive (or either not finite).</exception>
    public static double MaxRecoilMev(double neutrinoMev, double nuclearMassMev)
    {
        Guard.NonNegative(neutrinoMev);
        Guard.Positive(nuclearMassMev);
        return 2 * neutrinoMev * neutrinoMev / (nuclearMassMev + 2 * neutrinoMev);
    }

    /// <summary>Minimum neutrino energy giving recoil T: E_min = (T + √(T² + 2MT))/2, the inverse of <see cref="MaxRecoilMev"/>.</summary>
    /// <param name="recoilMev">Recoil kinetic energy T in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or M not positive (or either not finite).</exception>
    public static double MinNeutrinoEnergyMev(double recoilMev, double nuclearMassMev)
    {
        Guard.NonNegative(recoilMev);
        Guard.Positive(nuclearMassMev);
        return 0.5 * (recoilMev + Math.Sqrt(recoilMev * recoilMev + 2 * nuclearMassMev * recoilMev));
    }

    /// <summary>Momentum transfer q = √(2MT) in MeV (the paper's Q, Eq. 3).</summary>
    /// <param name="recoilMev">Recoil kinetic energy T in MeV, ≥ 0.</param>
    /// <param name="nuclearMassMev">Nuclear mass M in MeV.</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or M not positive (or either not finite).</exception>
    public static double MomentumTransferMev(double recoilMev, double nuclearMassMev)
    {
        Guard.NonNegative(recoilMev);
        Guard.Positive(nuclearMassMev);
        return Math.Sqrt(2 * nuclearMassMev * recoilMev);
    }
}
