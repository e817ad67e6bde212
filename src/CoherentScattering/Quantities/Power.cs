using System.Globalization;

namespace CoherentScattering.Quantities;

/// <summary>A power (reactor thermal power), stored in watts.</summary>
public readonly record struct Power : IComparable<Power>
{
    private Power(double watts) => Watts = watts;

    /// <summary>The power in watts.</summary>
    public double Watts { get; }

    /// <summary>The power in megawatts.</summary>
    public double Megawatts => Watts * 1e-6;

    /// <summary>Creates a power from watts.</summary>
    /// <param name="value">Power in W; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Power FromWatts(double value) => new(Guard.Quantity(value, 1.0, "W"));

    /// <summary>Creates a power from megawatts.</summary>
    /// <param name="value">Power in MW; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or beyond ±1e250 in the base unit.</exception>
    public static Power FromMegawatts(double value) => new(Guard.Quantity(value, 1e6, "MW"));

    /// <inheritdoc />
    public int CompareTo(Power other) => Watts.CompareTo(other.Watts);

    /// <inheritdoc />
    public override string ToString() => Megawatts.ToString("G6", CultureInfo.InvariantCulture) + " MW";
}
