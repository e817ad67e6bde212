namespace CoherentScattering.Detector;

/// <summary>Gaussian smearing with σ = a√x (and σ = 0 for a = 0: no smearing), x in the observable's unit.
/// CENNS-10: σ/E = 0.58/√(E/keVee), i.e. a = 0.58 keVee^{1/2}.</summary>
public sealed class GaussianResolution : IResolution
{
    /// <summary>No smearing.</summary>
    public static GaussianResolution None { get; } = new(0);

    /// <summary>CENNS-10 liquid argon (release <c>LArParametersAnlA.yaml</c>): a = 0.58 keVee^{1/2}.</summary>
    public static GaussianResolution Cenns10 { get; } = new(0.58);

    /// <summary>Creates the resolution.</summary>
    /// <param name="squareRootCoefficient">a in σ = a√x (observable units^{1/2}), in [0, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public GaussianResolution(double squareRootCoefficient) => SquareRootCoefficient = Guard.InRange(squareRootCoefficient, 0.0, 100.0);

    /// <summary>a.</summary>
    public double SquareRootCoefficient { get; }

    /// <inheritdoc />
    public string Name => SquareRootCoefficient == 0 ? "none" : Guard.Text($"Gaussian σ = {SquareRootCoefficient}√x");

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite value.</exception>
    public (double Centre, double Width) Spread(double trueValue) => (Guard.InRange(trueValue, 0.0, 1e12), SquareRootCoefficient * Math.Sqrt(trueValue));
}
