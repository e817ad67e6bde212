using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>A (macroscopic) mass, stored in kilograms. Particle masses are energies (<see cref="Energy"/>).</summary>
public readonly record struct Mass : IComparable<Mass>
{
    private Mass(double kilograms) => Kilograms = kilograms;

    /// <summary>The mass in kg.</summary>
    public double Kilograms { get; }

    /// <summary>The mass in g.</summary>
    public double Grams => Kilograms * 1e3;

    /// <summary>The mass in metric tonnes.</summary>
    public double Tonnes => Kilograms * 1e-3;

    /// <summary>Creates a mass from kilograms.</summary>
    /// <param name="value">Mass in kg; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Mass FromKilograms(double value) => new(Guard.Quantity(value, 1.0, "kg"));

    /// <summary>Creates a mass from grams.</summary>
    /// <param name="value">Mass in g; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Mass FromGrams(double value) => new(Guard.Quantity(value, 1e-3, "g"));

    /// <summary>Creates a mass from metric tonnes.</summary>
    /// <param name="value">Mass in t; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Mass FromTonnes(double value) => new(Guard.Quantity(value, 1e3, "t"));

    /// <inheritdoc />
    public int CompareTo(Mass other) => Kilograms.CompareTo(other.Kilograms);

    /// <inheritdoc />
    public override string ToString() => Kilograms.ToString("G6", CultureInfo.InvariantCulture) + " kg";
}
