namespace CoherentScattering.Statistics;

/// <summary>Scan grids.</summary>
public static class Grid
{
    /// <summary>n equally spaced points from low to high inclusive.</summary>
    /// <param name="low">First point.</param>
    /// <param name="high">Last point, &gt; low.</param>
    /// <param name="count">Number of points, ≥ 2.</param>
    /// <exception cref="ArgumentException">low ≥ high or count &lt; 2.</exception>
    public static double[] Linear(double low, double high, int count)
    {
        Validate(low, high, count);
        return Enumerable.Range(0, count).Select(i => i == count - 1 ? high : low + (high - low) * i / (count - 1)).ToArray();
    }

    /// <summary>n logarithmically spaced points from low to high inclusive.</summary>
    /// <param name="low">First point, &gt; 0.</param>
    /// <param name="high">Last point, &gt; low.</param>
    /// <param name="count">Number of points, ≥ 2.</param>
    /// <exception cref="ArgumentException">low ≤ 0, low ≥ high or count &lt; 2.</exception>
    public static double[] Logarithmic(double low, double high, int count)
    {
        Guard.Positive(low);
        Validate(low, high, count);
        double ratio = Math.Log(high / low);
        return Enumerable.Range(0, count).Select(i => i == count - 1 ? high : low * Math.Exp(ratio * i / (count - 1))).ToArray();
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
