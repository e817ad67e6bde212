namespace CoherentScattering.Detector;

/// <summary>
/// Lindhard's quenching of a nuclear recoil in a target of atomic number Z (Lindhard, Nielsen, Scharff and Thomsen,
/// Mat. Fys. Medd. Dan. Vid. Selsk. 33, no. 10 (1963)):
/// QF = k g(ε)/(1 + k g(ε)), g(ε) = 3ε^0.15 + 0.7ε^0.6 + ε, ε = 11.5 Z^(−7/3) T/keV, and E_ee = QF·T.
/// </summary>
/// <remarks>The form and the constants 11.5, 3, 0.15, 0.7, 0.6 are those of the parametrisation of Lindhard's
/// result that the low-energy recoil literature uses, e.g. the germanium quenching measurement of Scholz et al.,
/// arXiv:1608.03588, whose best fit k = 0.179 is quoted in its abstract as a quenching factor of 25.3 % at 8.5 keVnr
/// (this class gives 0.2527 there; its tests check it). Lindhard's own estimate of the electronic-stopping
/// constant is k = 0.133 Z^(2/3) A^(−1/2) (<see cref="Standard"/>), 0.157 for germanium. No sub-keV (adiabatic or
/// binding-energy) correction is applied. QF increases with T, so E_ee increases strictly for every k &gt; 0.</remarks>
public sealed class LindhardQuenching : IQuenching
{
    /// <summary>Germanium (Z = 32) with Lindhard's k = 0.157.</summary>
    public static LindhardQuenching Germanium { get; } = new(0.157, 32);

    /// <summary>Creates the quenching.</summary>
    /// <param name="k">Lindhard's k, in (0, 1].</param>
    /// <param name="z">Atomic number of the target, in [1, 118].</param>
    /// <exception cref="ArgumentOutOfRangeException">k or Z out of range (the message names the parameter and its range).</exception>
    public LindhardQuenching(double k, int z)
    {
        K = k > 0 && k <= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), Guard.Text($"k must lie in (0, 1], got {k}."));
        Z = Guard.InRange(z, 1, 118);
        reducedEnergyPerKiloelectronvolt = 11.5 * Math.Pow(Z, -7.0 / 3.0); // ε = 11.5 Z^(−7/3) T/keV
    }

    private readonly double reducedEnergyPerKiloelectronvolt;

    /// <summary>Lindhard's k for a target of atomic number Z and mass number A: k = 0.133 Z^(2/3) A^(−1/2) (Lindhard et al.
    /// 1963).</summary>
    /// <param name="z">Atomic number, in [1, 118].</param>
    /// <param name="massNumber">Mass number A (or the mean molar mass in g/mol), in [1, 300].</param>
    /// <exception cref="ArgumentOutOfRangeException">Z or A out of range, or a pair whose k exceeds 1 (A far below 2Z, no
    /// nucleus).</exception>
    public static LindhardQuenching Standard(int z, double massNumber)
    {
        Guard.InRange(z, 1, 118);
        Guard.InRange(massNumber, 1.0, 300.0);
        double k = 0.133 * Math.Pow(z, 2.0 / 3.0) / Math.Sqrt(massNumber); // k = 0.133 Z^(2/3) A^(−1/2)
        return k <= 1 ? new LindhardQuenching(k, z)
            : throw new ArgumentOutOfRangeException(nameof(massNumber), Guard.Text($"Z = {z} with A = {massNumber} gives k = {k} > 1: A must be at least {0.133 * 0.133 * Math.Pow(z, 4.0 / 3.0):G4} for this Z."));
    }

    /// <summary>Lindhard's k.</summary>
    public double K { get; }

    /// <summary>The atomic number Z of the target.</summary>
    public int Z { get; }

    /// <inheritdoc />
    public string Name => Guard.Text($"Lindhard k = {K}, Z = {Z}");

    /// <summary>The quenching factor QF(T) = k g/(1 + k g).</summary>
    /// <param name="recoilKiloelectronvolts">T in keVnr, in [0, 1e6].</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite or above 1e6 keVnr.</exception>
    public double QuenchingFactor(double recoilKiloelectronvolts)
    {
        double t = Guard.InRange(recoilKiloelectronvolts, 0.0, 1e6);
        double epsilon = reducedEnergyPerKiloelectronvolt * t;
        double g = 3 * Math.Pow(epsilon, 0.15) + 0.7 * Math.Pow(epsilon, 0.6) + epsilon; // g(ε) = 3ε^0.15 + 0.7ε^0.6 + ε
        return K * g / (1 + K * g); // QF = k g/(1 + k g)
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite or above 1e6 keVnr.</exception>
    public double ElectronEquivalentKiloelectronvolts(double recoilKiloelectronvolts) =>
        QuenchingFactor(recoilKiloelectronvolts) * recoilKiloelectronvolts; // E_ee = QF·T

    /// <summary>The same target with another k (a nuisance step).</summary>
    /// <param name="k">Lindhard's k, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">k out of range.</exception>
    public LindhardQuenching With(double k) => new(k, Z);
}
