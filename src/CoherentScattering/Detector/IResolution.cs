namespace CoherentScattering.Detector;

/// <summary>The resolution step of a response chain: how a true observable value spreads over reconstructed values,
/// folded with the efficiency in the reconstructed observable.</summary>
public interface IResolution
{
    /// <summary>Name for reports.</summary>
    string Name { get; }

    /// <summary>Writes into <paramref name="column"/>[b] the probability that a true value x_true is reconstructed in bin b
    /// and accepted: ∫_bin p(x | x_true) a(x) dx (a sum for a discrete observable).</summary>
    /// <param name="trueValue">x_true, ≥ 0, in the observable's unit.</param>
    /// <param name="edges">Strictly increasing bin edges (one more than the column's length).</param>
    /// <param name="efficiency">a(x).</param>
    /// <param name="column">Destination, cleared by the caller.</param>
    void Distribute(double trueValue, IReadOnlyList<double> edges, IAcceptance efficiency, Span<double> column);
}
