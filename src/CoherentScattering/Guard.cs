using System.Globalization;
using System.Runtime.CompilerServices;

namespace CoherentScattering;

/// <summary>Validation at the public edge: every message names the parameter and the valid range; NaN always fails.</summary>
internal static class Guard
{
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, Text($"{name} must be a finite number, got {value}."));

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, Text($"{name} must lie in [0, +inf) and be finite, got {value}."));

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, Text($"{name} must lie in (0, +inf) and be finite, got {value}."));

    public static T InRange<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : System.Numerics.INumber<T> =>
        value >= min && value <= max ? value // NaN fails both comparisons
            : throw new ArgumentOutOfRangeException(name, value, Text($"{name} must lie in [{min}, {max}], got {value}."));

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string Text(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
