namespace CoherentScattering.Detector;

/// <summary>
/// COHERENT 2017 CsI[Na] acceptance from the data release (<c>coherent_parameters.yaml</c>):
/// a(x) = 0.6655 / (1 + exp(−0.4942 (x − 10.8507))) · H(x), H = 0 below 5 PE, 1/2 for 5 ≤ x &lt; 6, 1 above.
/// </summary>
/// <remarks>Continuous evaluation is the default (it changes the CsI total by −0.12 % relative to bin centres;
/// reference calculation R2 in docs/physics.md). The paper cites Fig. S9 of COHERENT 2017 for the same curve.</remarks>
public sealed class Coherent2017Acceptance : IAcceptance
{
    /// <summary>Continuous evaluation (default).</summary>
    public static readonly Coherent2017Acceptance Continuous = new(AcceptanceEvaluation.Continuous);

    /// <summary>Evaluation at 1-PE bin centres, as in the data release.</summary>
    public static readonly Coherent2017Acceptance BinCentres = new(AcceptanceEvaluation.BinCentres);

    private const double Plateau = 0.6655, Slope = 0.4942, Midpoint = 10.8507; // coherent_parameters.yaml
    private readonly double[] discontinuities;

    private Coherent2017Acceptance(AcceptanceEvaluation evaluation)
    {
        Evaluation = evaluation;
        discontinuities = evaluation == AcceptanceEvaluation.Continuous
            ? [5.0, 6.0]
            : Enumerable.Range(0, 101).Select(i => (double)i).ToArray(); // steps at every integer PE up to 100
    }

    /// <summary>The evaluation mode.</summary>
    public AcceptanceEvaluation Evaluation { get; }

    /// <inheritdoc />
    public string Name => Evaluation == AcceptanceEvaluation.Continuous ? "COHERENT 2017 (continuous)" : "COHERENT 2017 (1-PE bin centres)";

    /// <inheritdoc />
    public IReadOnlyList<double> Discontinuities => discontinuities;

    /// <inheritdoc />
    public double Evaluate(double observable)
    {
        double x = Evaluation == AcceptanceEvaluation.Continuous ? Guard.Finite(observable) : Math.Floor(Guard.Finite(observable)) + 0.5;
        double step = observable < 5 ? 0.0 : observable < 6 ? 0.5 : 1.0;
        return step * Plateau / (1 + Math.Exp(-Slope * (x - Midpoint)));
    }
}
