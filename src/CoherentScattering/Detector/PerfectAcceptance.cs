namespace CoherentScattering.Detector;

/// <summary>a(x) = 1 everywhere.</summary>
public sealed class PerfectAcceptance : IAcceptance
{
    /// <summary>The single instance.</summary>
    public static readonly PerfectAcceptance Instance = new();

    private PerfectAcceptance() { }

    /// <inheritdoc />
    public string Name => "perfect";

    /// <inheritdoc />
    public IReadOnlyList<double> Discontinuities => [];

    /// <inheritdoc />
    public double Evaluate(double observable) => double.IsNaN(observable) ? throw new ArgumentOutOfRangeException(nameof(observable), "observable must be a number, got NaN.") : 1.0;
}
