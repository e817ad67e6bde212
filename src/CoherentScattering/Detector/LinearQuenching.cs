namespace CoherentScattering.Detector;

/// <summary>A quenching factor linear in the recoil, QF(T) = a + bT, so that E_ee = (a + bT)·T (T in keVnr). With b = 0 it
/// is a constant factor (CsI[Na] 2017: a = 0.0878). CENNS-10 (release <c>LArParametersAnlA.yaml</c>): a = 0.246 ± 0.006,
/// b = 0.00078 ± 0.00009 keVnr⁻¹.</summary>
public sealed class LinearQuenching : IQuenching
{
    /// <summary>CENNS-10 liquid argon, the release's central values.</summary>
    public static LinearQuenching Cenns10 { get; } = new(0.246, 0.00078);

    /// <summary>Creates the quenching.</summary>
    /// <param name="constant">a, in (0, 2].</param>
    /// <param name="slopePerKiloelectronvolt">b in keVnr⁻¹, in [−0.01, 0.01]; E_ee must increase over the recoils used
    /// (a + 2bT &gt; 0), which holds up to T = a/(2|b|) for a negative b.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public LinearQuenching(double constant, double slopePerKiloelectronvolt = 0)
    {
        Constant = Guard.InRange(constant, double.Epsilon, 2.0);
        SlopePerKiloelectronvolt = Guard.InRange(slopePerKiloelectronvolt, -0.01, 0.01);
    }

    /// <summary>a.</summary>
    public double Constant { get; }

    /// <summary>b in keVnr⁻¹.</summary>
    public double SlopePerKiloelectronvolt { get; }

    /// <inheritdoc />
    public string Name => Guard.Text($"QF = {Constant} + {SlopePerKiloelectronvolt} T/keVnr");

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite, above 1e6 keVnr, or where E_ee no longer increases.</exception>
    public double ElectronEquivalentKiloelectronvolts(double recoilKiloelectronvolts)
    {
        double t = Guard.InRange(recoilKiloelectronvolts, 0.0, 1e6);
        return Constant + 2 * SlopePerKiloelectronvolt * t > 0 ? (Constant + SlopePerKiloelectronvolt * t) * t
            : throw new ArgumentOutOfRangeException(nameof(recoilKiloelectronvolts), Guard.Text($"E_ee = (a + bT)T no longer increases at T = {t} keVnr."));
    }

    /// <summary>The same form with other parameters (a nuisance step).</summary>
    /// <param name="constant">a.</param>
    /// <param name="slopePerKiloelectronvolt">b.</param>
    public LinearQuenching With(double constant, double slopePerKiloelectronvolt) => new(constant, slopePerKiloelectronvolt);
}
