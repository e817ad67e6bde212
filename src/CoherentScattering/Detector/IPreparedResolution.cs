namespace CoherentScattering.Detector;

// <summary>A resolution folded in advance with fixed bins and a fixed efficiency (tables of what does not depend on the
// true value), so that a response chain fills each column quickly. Results equal <see cref="IResolution.Distribute"/>.</summary>
internal interface IPreparedResolution
{
    // <summary>Adds into the cleared <paramref name="column"/> the probability of each bin for a true value.</summary>
    void Distribute(double trueValue, Span<double> column);

    // <summary>The columns of several true values, node-major (<paramref name="columns"/>[k · bins + b]), cleared.</summary>
    void DistributeMany(ReadOnlySpan<double> trueValues, Span<double> columns)
    {
        int bins = columns.Length / Math.Max(trueValues.Length, 1);
        for (int k = 0; k < trueValues.Length; k++)
        {
            Distribute(trueValues[k], columns.Slice(k * bins, bins));
        }
    }
}

// <summary>A resolution that can prepare itself for fixed bins and efficiency (null when it cannot, e.g. too many
// counts to tabulate).</summary>
internal interface IPreparableResolution
{
    IPreparedResolution? Prepare(double[] edges, IAcceptance efficiency);
}
