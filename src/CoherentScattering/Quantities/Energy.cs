using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>An energy, stored in MeV. Factories and properties follow UnitsNet names so a later switch is mechanical.</summary>
public readonly record struct Energy : IComparable<Energy>
{
    private Energy(double megaelectronvolts) => Megaelectronvolts = megaelectronvolts;

    /// <summary>The energy in MeV.</summary>
    public double Megaelectronvolts { get; }

    /// <summary>The energy in keV.</summary>
    public double Kiloelectronvolts => Megaelectronvolts * 1e3;

    /// <summary>The energy in eV.</summary>
    public double Electronvolts => Megaelectronvolts * 1e6;

    /// <summary>Zero energy.</summary>
    public static Energy Zero => default;

    /// <summary>Creates an energy from MeV.</summary>
    /// <param name="value">Energy in MeV; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Energy FromMegaelectronvolts(double value) => new(Guard.Quantity(value, 1.0, "MeV"));

    /// <summary>Creates an energy from keV.</summary>
    /// <param name="value">Energy in keV; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Energy FromKiloelectronvolts(double value) => new(Guard.Quantity(value, 1e-3, "keV"));

    /// <summary>Creates an energy from eV.</summary>
    /// <param name="value">Energy in eV; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Energy FromElectronvolts(double value) => new(Guard.Quantity(value, 1e-6, "eV"));

    /// <inheritdoc />
    public int CompareTo(Energy other) => Megaelectronvolts.CompareTo(other.Megaelectronvolts);

    /// <summary>Sum of two energies.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond ±1e250 MeV.</exception>
    public static Energy operator +(Energy a, Energy b) => new(Guard.Quantity(a.Megaelectronvolts + b.Megaelectronvolts, 1.0, "MeV", nameof(b)));

    /// <summary>Difference of two energies.</summary>
    public static Energy operator -(Energy a, Energy b) => new(Guard.Quantity(a.Megaelectronvolts - b.Megaelectronvolts, 1.0, "MeV", nameof(b)));

    /// <summary>Scales an energy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not finite or the product is beyond ±1e250 MeV.</exception>
    public static Energy operator *(double factor, Energy e) => new(Guard.Quantity(Guard.Finite(factor) * e.Megaelectronvolts, 1.0, "MeV", nameof(factor)));

    /// <summary>Compares two energies.</summary>
    public static bool operator <(Energy a, Energy b) => a.Megaelectronvolts < b.Megaelectronvolts;

    /// <summary>Compares two energies.</summary>
    public static bool operator >(Energy a, Energy b) => a.Megaelectronvolts > b.Megaelectronvolts;

    /// <summary>Compares two energies.</summary>
    public static bool operator <=(Energy a, Energy b) => a.Megaelectronvolts <= b.Megaelectronvolts;

    /// <summary>Compares two energies.</summary>
    public static bool operator >=(Energy a, Energy b) => a.Megaelectronvolts >= b.Megaelectronvolts;

    /// <inheritdoc />
    public override string ToString() => Megaelectronvolts.ToString("G6", CultureInfo.InvariantCulture) + " MeV";
}
