using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>An area (for cross sections), stored in cm².</summary>
public readonly record struct Area : IComparable<Area>
{
    private Area(double squareCentimeters) => SquareCentimeters = squareCentimeters;

    /// <summary>The area in cm².</summary>
    public double SquareCentimeters { get; }

    /// <summary>The area in m².</summary>
    public double SquareMeters => SquareCentimeters * 1e-4;

    /// <summary>The area in fm² (1 fm² = 1e-26 cm² = 10 mb).</summary>
    public double SquareFemtometers => SquareCentimeters * 1e26;

    /// <summary>Creates an area from cm².</summary>
    /// <param name="value">Area in cm²; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Area FromSquareCentimeters(double value) => new(Guard.Quantity(value, 1.0, "cm²"));

    /// <summary>Creates an area from m².</summary>
    /// <param name="value">Area in m²; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Area FromSquareMeters(double value) => new(Guard.Quantity(value, 1e4, "m²"));

    /// <summary>Creates an area from fm².</summary>
    /// <param name="value">Area in fm²; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Area FromSquareFemtometers(double value) => new(Guard.Quantity(value, 1e-26, "fm²"));

    /// <inheritdoc />
    public int CompareTo(Area other) => SquareCentimeters.CompareTo(other.SquareCentimeters);

    /// <inheritdoc />
    public override string ToString() => SquareCentimeters.ToString("G6", CultureInfo.InvariantCulture) + " cm²";
}
