namespace CoherentScattering.Detector;

/// <summary>An efficiency evaluated once at every integer count of a range (a discrete resolution such as
/// <see cref="PoissonPhotoelectrons"/> evaluates a(n) only at counts n), the wrapped efficiency elsewhere.</summary>
internal sealed class CountEfficiencyTable : IAcceptance
{
    /// <summary>At most this many counts are tabulated.</summary>
    public const int MaxCounts = 100_000;

    private readonly IAcceptance inner;
    private readonly int first;
    private readonly double[] values;

    private CountEfficiencyTable(IAcceptance inner, int first, double[] values)
    {
        this.inner = inner;
        this.first = first;
        this.values = values;
    }

    public string Name => inner.Name;

    public IReadOnlyList<double> Discontinuities => inner.Discontinuities;

    // The table over [⌊low⌋, ⌈high⌉], or the efficiency itself when that range is empty, negative or too long.
    public static IAcceptance Over(IAcceptance efficiency, double low, double high)
    {
        double a = Math.Max(0, Math.Floor(low)), b = Math.Ceiling(high);
        if (!(b >= a) || b - a >= MaxCounts)
        {
            return efficiency;
        }

        var values = new double[(int)(b - a) + 1];
        for (int n = 0; n < values.Length; n++)
        {
            values[n] = efficiency.Evaluate(a + n);
        }

        return new CountEfficiencyTable(efficiency, (int)a, values);
    }

    public double Evaluate(double observable)
    {
        int n = (int)observable - first;
        return observable == Math.Floor(observable) && observable >= first && n < values.Length ? values[n] : inner.Evaluate(observable);
    }
}
