namespace CoherentScattering.Detector;

/// <summary>A linear response x = k · T[keV]: photoelectrons (k = quenching × light yield) or the recoil energy itself (k = 1).</summary>
public sealed class LinearRecoilObservable : IRecoilObservable
{
    /// <summary>Creates the response.</summary>
    /// <param name="unitsPerKiloelectronvolt">k in units per keV of nuclear recoil, &gt; 0.</param>
    /// <param name="unit">Unit name.</param>
    /// <exception cref="ArgumentOutOfRangeException">k not positive.</exception>
    public LinearRecoilObservable(double unitsPerKiloelectronvolt, string unit)
    {
        UnitsPerKiloelectronvolt = Guard.Positive(unitsPerKiloelectronvolt);
        Unit = unit;
    }

    /// <summary>The observable is the nuclear-recoil energy in keV (detectors described by a recoil window).</summary>
    public static LinearRecoilObservable RecoilKiloelectronvolts { get; } = new(1.0, "keV");

    /// <summary>COHERENT CsI[Na] 2017: n_PE = 1.17 T/keV (quenching 0.0878 × 13.348 PE/keVee, rounded as in the paper).</summary>
    public static LinearRecoilObservable Coherent2017Photoelectrons { get; } = Photoelectrons(1.17);

    /// <summary>A photoelectron response n_PE = k T/keV.</summary>
    /// <param name="perKiloelectronvolt">Photoelectrons per keV of nuclear recoil.</param>
    public static LinearRecoilObservable Photoelectrons(double perKiloelectronvolt) => new(perKiloelectronvolt, "PE");

    /// <summary>k, units per keV of nuclear recoil.</summary>
    public double UnitsPerKiloelectronvolt { get; }

    /// <inheritdoc />
    public string Unit { get; }

    /// <inheritdoc />
    public double FromRecoilMev(double recoilMev) => UnitsPerKiloelectronvolt * recoilMev * 1e3;

    /// <inheritdoc />
    public double ToRecoilMev(double observable) => observable / UnitsPerKiloelectronvolt * 1e-3;
}
