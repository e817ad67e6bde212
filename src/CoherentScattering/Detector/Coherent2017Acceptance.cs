#if NET10_0_OR_GREATER
using System.Runtime.Intrinsics;

#endif
namespace CoherentScattering.Detector;

/// <summary>
/// COHERENT 2017 CsI[Na] acceptance from the data release (<c>coherent_parameters.yaml</c>):
/// a(x) = 0.6655 / (1 + exp(−0.4942 (x − 10.8507))) · H(x), H = 0 below 5 PE, 1/2 for 5 ≤ x &lt; 6, 1 above.
/// </summary>
/// <remarks>Continuous evaluation is the default (it changes the CsI total by −0.12 % relative to bin centres;
/// reference calculation R2 in docs/physics.md). The paper cites Fig. S9 of COHERENT 2017 for the same curve.</remarks>
public sealed class Coherent2017Acceptance : IAcceptance, IBatchAcceptance
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

    // The same curve at many observables: continuous evaluation four at a time with the vector exponential (within an
    // ulp or two of Math.Exp), the step H(x) as a lane select.
    void IBatchAcceptance.Evaluate(ReadOnlySpan<double> observables, Span<double> result)
    {
        int k = 0;
#if NET10_0_OR_GREATER
        if (Evaluation == AcceptanceEvaluation.Continuous && Vector256.IsHardwareAccelerated)
        {
            var five = Vector256.Create(5.0);
            var six = Vector256.Create(6.0);
            var infinity = Vector256.Create(double.PositiveInfinity);
            for (; k + Vector256<double>.Count <= observables.Length; k += Vector256<double>.Count)
            {
                var x = Vector256.Create(observables.Slice(k));
                if (!Vector256.LessThanAll(Vector256.Abs(x), infinity))
                {
                    break; // a non-finite observable: the scalar path below throws
                }

                var step = Vector256.ConditionalSelect(Vector256.LessThan(x, five), Vector256<double>.Zero,
                    Vector256.ConditionalSelect(Vector256.LessThan(x, six), Vector256.Create(0.5), Vector256.Create(1.0)));
                (step * Plateau / (Vector256<double>.One + Vector256.Exp(-Slope * (x - Vector256.Create(Midpoint))))).CopyTo(result.Slice(k));
            }
        }
#endif
        for (; k < observables.Length; k++)
        {
            result[k] = Evaluate(observables[k]);
        }
    }
}
