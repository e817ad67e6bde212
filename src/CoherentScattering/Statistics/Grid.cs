namespace CoherentScattering.Statistics;

/// <summary>Scan grids.</summary>
public static class Grid
{
    /// <summary>n equally spaced points from low to high inclusive.</summary>
    /// <param name="low">First point.</param>
    /// <param name="high">Last point, &gt; low.</param>
    /// <param name="count">Number of points, in [2, 100 000].</param>
    /// <exception cref="ArgumentException">low ≥ high, count outside [2, 100 000], or a range too narrow for count distinct doubles.</exception>
    public static double[] Linear(double low, double high, int count)
    {
        Validate(low, high, count);
        return Points(low, high, count);
    }

    // count equally spaced, distinct points from low to high inclusive (the caller has validated the range).
    internal static double[] Points(double low, double high, int count) =>
        Checked(Enumerable.Range(0, count).Select(i => Lerp(low, high, i, count - 1)).ToArray(), low, high);

    // Point i of last + 1: low + (high − low)·i/last, without overflow of high − low (±1e308 ranges), exact at both ends.
    private static double Lerp(double low, double high, int i, int last)
    {
        if (i >= last)
        {
            return high;
        }

        double span = high - low;
        double t = (double)i / last;
        return double.IsFinite(span) ? low + span * i / last : low * (1 - t) + high * t;
    }

    // The points must be distinct: a range narrower than count ULPs cannot hold them.
    private static double[] Checked(double[] points, double low, double high)
    {
        for (int i = 1; i < points.Length; i++)
        {
            if (!(points[i] > points[i - 1]))
            {
                throw new ArgumentException(Guard.Text(
                    $"The range [{low:R}, {high:R}] is too narrow for {points.Length} distinct points in double precision."), nameof(high));
            }
        }

        return points;
    }

    /// <summary>n logarithmically spaced points from low to high inclusive.</summary>
    /// <param name="low">First point, &gt; 0.</param>
    /// <param name="high">Last point, &gt; low.</param>
    /// <param name="count">Number of points, in [2, 100 000].</param>
    /// <exception cref="ArgumentException">low ≤ 0, low ≥ high, count outside [2, 100 000], or a range too narrow for count distinct doubles.</exception>
    public static double[] Logarithmic(double low, double high, int count)
    {
        Guard.Positive(low);
        Validate(low, high, count);
        // high/low overflows for ranges such as [1e-3, 1e308]: then the points are exp(ln low + i·(ln high − ln low)/(n − 1)).
        double quotient = high / low;
        bool wide = !double.IsFinite(quotient);
        double ratio = wide ? Math.Log(high) - Math.Log(low) : Math.Log(quotient), logLow = Math.Log(low);
        return Checked(Enumerable.Range(0, count).Select(i =>
            i == count - 1 ? high : wide ? Math.Exp(logLow + ratio * i / (count - 1)) : low * Math.Exp(ratio * i / (count - 1))).ToArray(), low, high);
    }

    private static void Validate(double low, double high, int count)
    {
        Guard.Finite(low);
        Guard.InRange(count, 2, 100_000);
        if (!(high > low) || !double.IsFinite(high))
        {
            throw new ArgumentException(Guard.Text($"A grid needs low < high, got [{low}, {high}]."), nameof(high));
        }
    }
}
