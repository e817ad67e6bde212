using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Rates;

namespace CoherentScattering.Tests.Models;

/// <summary>Shared COHERENT CsI set-up for model tests.</summary>
internal static class ModelTestContext
{
    public static readonly Experiment Coherent = Experiment.Coherent2017;
    public static readonly EventRateCalculator Calculator = Coherent.CreateRateCalculator();
    public static readonly ExpectedEvents Sm = Calculator.Compute(StandardModel.Paper);

    public static bool Close(double a, double b, double relative) => Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b));
}
