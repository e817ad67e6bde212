namespace CoherentScattering.Detector;

/// <summary>A linear response x = k · T[keV]: photoelectrons (k = quenching × light yield) or the recoil energy itself (k = 1).</summary>
public sealed class LinearRecoilObservable : IRecoilObservable
{
    /// <summary>Creates the response.</summary>
    /// <param name="unitsPerKiloelectronvolt">k in units per keV of nuclear recoil, in [1e-6, 1e6].</param>
    /// <param name="unit">Unit name, 1–16 characters.</param>
    /// <exception cref="ArgumentOutOfRangeException">k out of range.</exception>
    /// <exception cref="ArgumentException">An empty or over-long unit name.</exception>
    public LinearRecoilObservable(double unitsPerKiloelectronvolt, string unit)
    {
        UnitsPerKiloelectronvolt = Guard.InRange(unitsPerKiloelectronvolt, 1e-6, 1e6);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Unit = unit.Length <= 16 ? unit : throw new ArgumentException(Guard.Text($"unit must have at most 16 characters, got {unit.Length}."), nameof(unit));
    }

    /// <summary>The observable is the nuclear-recoil energy in keV (detectors described by a recoil window).</summary>
    public static LinearRecoilObservable RecoilKiloelectronvolts { get; } = new(1.0, "keV");

    /// <summary>COHERENT CsI[Na] 2017: n_PE = 1.17 T/keV (quenching 0.0878 × 13.348 PE/keVee, rounded as in the paper).</summary>
    public static LinearRecoilObservable Coherent2017Photoelectrons { get; } = Photoelectrons(1.17);

    /// <summary>A photoelectron response n_PE = k T/keV.</summary>
    /// <param name="perKiloelectronvolt">Photoelectrons per keV of nuclear recoil, in [1e-6, 1e6].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public static LinearRecoilObservable Photoelectrons(double perKiloelectronvolt) =>
        new(Guard.InRange(perKiloelectronvolt, 1e-6, 1e6), "PE");

    /// <summary>k, units per keV of nuclear recoil.</summary>
    public double UnitsPerKiloelectronvolt { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">T not finite, or x(T) beyond the double range.</exception>
    public double FromRecoilMev(double recoilMev) =>
        Guard.FiniteResult(UnitsPerKiloelectronvolt * Guard.Finite(recoilMev) * 1e3, nameof(recoilMev), "x(T)");

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">x not finite, or T(x) beyond the double range.</exception>
    public double ToRecoilMev(double observable) =>
        Guard.FiniteResult(Guard.Finite(observable) / UnitsPerKiloelectronvolt * 1e-3, nameof(observable), "T(x)");
}
