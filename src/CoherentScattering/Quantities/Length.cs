using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>A length, stored in metres.</summary>
public readonly record struct Length : IComparable<Length>
{
    private Length(double meters) => Meters = meters;

    /// <summary>The length in metres.</summary>
    public double Meters { get; }

    /// <summary>The length in centimetres.</summary>
    public double Centimeters => Meters * 1e2;

    /// <summary>The length in femtometres.</summary>
    public double Femtometers => Meters * 1e15;

    /// <summary>Creates a length from metres.</summary>
    /// <param name="value">Length in m; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Length FromMeters(double value) => new(Guard.Quantity(value, 1.0, "m"));

    /// <summary>Creates a length from centimetres.</summary>
    /// <param name="value">Length in cm; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Length FromCentimeters(double value) => new(Guard.Quantity(value, 1e-2, "cm"));

    /// <summary>Creates a length from femtometres.</summary>
    /// <param name="value">Length in fm; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Length FromFemtometers(double value) => new(Guard.Quantity(value, 1e-15, "fm"));

    /// <inheritdoc />
    public int CompareTo(Length other) => Meters.CompareTo(other.Meters);

    /// <inheritdoc />
    public override string ToString() => Meters.ToString("G6", CultureInfo.InvariantCulture) + " m";
}
