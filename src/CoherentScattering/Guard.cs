using System.Globalization;
using System.Runtime.CompilerServices;

namespace CoherentScattering;

// <summary>Validation at the public edge: every message names the parameter and the valid range; NaN always fails.
// Results that would overflow are refused by <see cref="FiniteResult"/> naming the input that caused them, so no
// public call returns NaN or ±∞.</summary>
internal static class Guard
{
    // <summary>Longest excerpt of user input echoed in a message.</summary>
    public const int ExcerptLength = 80;

    // The checks on hot paths (every quadrature node passes through them) are inlined; the message is built in a
    // separate, never-inlined method only when a check fails.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        double.IsFinite(value) ? value : NotFinite(value, name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0 && double.IsFinite(value) ? value : NotNonNegative(value, name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 && double.IsFinite(value) ? value : NotPositive(value, name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T InRange<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : System.Numerics.INumber<T> =>
        value >= min && value <= max ? value : NotInRange(value, min, max, name); // NaN fails both comparisons

    // <summary>|value| ≤ limit (and finite).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Magnitude(double value, double limit, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Math.Abs(value) <= limit ? value : NotWithinMagnitude(value, limit, name);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotFinite(double value, string? name) =>
        throw new ArgumentOutOfRangeException(name, Text($"{name} must be a finite number, got {value}."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotNonNegative(double value, string? name) =>
        throw new ArgumentOutOfRangeException(name, Text($"{name} must lie in [0, +inf) and be finite, got {value}."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotPositive(double value, string? name) =>
        throw new ArgumentOutOfRangeException(name, Text($"{name} must lie in (0, +inf) and be finite, got {value}."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T NotInRange<T>(T value, T min, T max, string? name) where T : System.Numerics.INumber<T> =>
        throw new ArgumentOutOfRangeException(name, Text($"{name} must lie in [{min}, {max}], got {value}."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotWithinMagnitude(double value, double limit, string? name) =>
        throw new ArgumentOutOfRangeException(name, Text($"{name} must lie in [{-limit}, {limit}], got {value}."));

    // <summary>An index into a collection of <paramref name="count"/> items.</summary>
    public static int Index(int value, int count, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0 && value < count ? value
            : throw new ArgumentOutOfRangeException(name, Text($"{name} must lie in [0, {count - 1}], got {value}."));

    // <summary>A defined value of an enum.</summary>
    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : struct, Enum =>
        Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(name, Text($"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}, got {Convert.ToInt64(value, CultureInfo.InvariantCulture)}."));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class =>
        value ?? throw new ArgumentNullException(name);

    // <summary>A collection argument: not null and no null element; returns a copy.</summary>
    public static T[] NoNulls<T>(IEnumerable<T?>? values, [CallerArgumentExpression(nameof(values))] string? name = null) where T : class
    {
        var array = (values ?? throw new ArgumentNullException(name)).ToArray();
        int at = Array.IndexOf(array, null);
        return at < 0 ? array.Select(v => v!).ToArray() : throw new ArgumentNullException(name, Text($"{name}[{at}] is null."));
    }

    // <summary>A sequence of numbers: not null, every element finite; returns a copy.</summary>
    public static double[] FiniteArray(IEnumerable<double>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        var array = (values ?? throw new ArgumentNullException(name)).ToArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (!double.IsFinite(array[i]))
            {
                throw new ArgumentException(Text($"{name}[{i}] = {array[i]} must be a finite number."), name);
            }
        }

        return array;
    }

    // <summary>A grid of at least <paramref name="minimumCount"/> finite, strictly increasing values; returns a copy.</summary>
    public static double[] Increasing(IEnumerable<double>? values, int minimumCount, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        var array = FiniteArray(values, name);
        if (array.Length < minimumCount)
        {
            throw new ArgumentException(Text($"{name} needs at least {minimumCount} values, got {array.Length}."), name);
        }

        for (int i = 1; i < array.Length; i++)
        {
            if (!(array[i] > array[i - 1]))
            {
                throw new ArgumentException(Text($"{name} must be strictly increasing: element {i} = {array[i]} follows {array[i - 1]}."), name);
            }
        }

        return array;
    }

    // <summary>A computed result that must be finite; otherwise the input <paramref name="name"/> drove it out of the
    // double range, and the message says so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FiniteResult(double result, string name, string what) =>
        double.IsFinite(result) ? result : NotFiniteResult(result, name, what);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NotFiniteResult(double result, string name, string what) =>
        throw new ArgumentOutOfRangeException(name, Text($"{what} is not finite ({result}) for this {name}: the value lies outside the range the calculation can represent."));

    // <summary>The largest magnitude a typed quantity stores in its base unit: every unit conversion of it stays finite.</summary>
    public const double QuantityLimit = 1e250;

    // <summary>A quantity given as <paramref name="value"/> in a unit worth <paramref name="factor"/> base units: the
    // stored value, or an exception naming the argument and the range in that unit.</summary>
    public static double Quantity(double value, double factor, string unit, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        double stored = value * factor;
        return double.IsFinite(value) && Math.Abs(stored) <= QuantityLimit ? stored
            : throw new ArgumentOutOfRangeException(name, Text($"{name} must be finite with magnitude at most {QuantityLimit / factor:G3} {unit}, got {value}."));
    }

    // <summary>A name for reports: not null or blank, at most 200 characters.</summary>
    public static string Name(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Length <= 200 ? value : throw new ArgumentException(Text($"{name} must have at most 200 characters, got {value.Length}."), name);
    }

    // <summary>A short, single-line excerpt of user input for messages (input is never echoed in full).</summary>
    public static string Excerpt(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= ExcerptLength ? flat : Text($"{flat[..ExcerptLength]}… ({text.Length} characters)");
    }

    public static string Text(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
