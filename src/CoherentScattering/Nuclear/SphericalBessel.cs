namespace CoherentScattering.Nuclear;

// <summary>The function 3 j₁(x)/x that every uniform-sphere form factor shares.</summary>
internal static class SphericalBessel
{
    // <summary>Below this |x| the Taylor series replaces the closed form.</summary>
    public const double SeriesBelow = 1e-2;

    // <summary>3 j₁(x)/x = 3(sin x − x cos x)/x³, with the Taylor series 1 − x²/10 + x⁴/280 − x⁶/15120 below x = 0.01
    // where the closed form cancels (relative truncation error &lt; 1e-16 there).</summary>
    public static double ThreeJ1OverX(double x)
    {
        if (Math.Abs(x) < SeriesBelow)
        {
            double x2 = x * x;
            return 1 - x2 / 10 * (1 - x2 / 28 * (1 - x2 / 54));
        }

        var (sin, cos) = Math.SinCos(x);
        return 3 * (sin - x * cos) / (x * x * x);
    }

#if NET10_0_OR_GREATER
    // <summary>The closed form 3(sin x − x cos x)/x³ for four arguments at once, all at or above
    // <see cref="SeriesBelow"/> (the caller checks).</summary>
    public static System.Runtime.Intrinsics.Vector256<double> ThreeJ1OverX(System.Runtime.Intrinsics.Vector256<double> x)
    {
        var (sin, cos) = System.Runtime.Intrinsics.Vector256.SinCos(x);
        return 3 * (sin - x * cos) / (x * x * x);
    }
#endif
}
