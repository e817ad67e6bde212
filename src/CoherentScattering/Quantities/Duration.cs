using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>A time span (exposure, live time), stored in seconds.</summary>
public readonly record struct Duration : IComparable<Duration>
{
    private Duration(double seconds) => Seconds = seconds;

    /// <summary>The duration in seconds.</summary>
    public double Seconds { get; }

    /// <summary>The duration in days of 86 400 s.</summary>
    public double Days => Seconds / 86_400.0;

    /// <summary>Creates a duration from seconds.</summary>
    /// <param name="value">Duration in s; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Duration FromSeconds(double value) => new(Guard.Quantity(value, 1.0, "s"));

    /// <summary>Creates a duration from days of 86 400 s.</summary>
    /// <param name="value">Duration in days; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Duration FromDays(double value) => new(Guard.Quantity(value, 86_400.0, "d"));

    /// <inheritdoc />
    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    /// <inheritdoc />
    public override string ToString() => Days.ToString("G6", CultureInfo.InvariantCulture) + " d";
}
