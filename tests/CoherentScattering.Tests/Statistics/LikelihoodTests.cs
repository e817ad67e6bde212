using CoherentScattering.Statistics;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics;

namespace CoherentScattering.Tests.Statistics;

public class LikelihoodTests
{
    [Test(Description = "σ_stat² = N_meas + 2 B_ss + B_0n = 142 + 810 + 6 = 958 (reference calculation R3 in docs/physics.md, erratum E4)")]
    public void StatisticalVariance_Coherent2017_Is958() =>
        Assert.That(CountingMeasurement.Coherent2017.StatisticalVariance, Is.EqualTo(958));

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property ClosedForm_EqualsNumericalMinimum_TwoPulls() =>
        Prop.ForAll(Generators.Uniform(0, 400), n =>
        {
            var likelihood = new Likelihood(CountingMeasurement.Coherent2017);
            var numeric = FindMinimum.OfFunction((xi, zeta) => likelihood.ChiSquaredAt(n, xi, zeta), 0, 0, 1e-12, 100_000);
            double numericMin = likelihood.ChiSquaredAt(n, numeric.Item1, numeric.Item2);
            var fit = likelihood.Fit(n);
            return Math.Abs(fit.ChiSquared - numericMin) <= 1e-7 * Math.Max(1, numericMin)
                && Math.Abs(likelihood.ChiSquaredAt(n, fit.SignalPull, fit.BackgroundPull) - fit.ChiSquared) <= 1e-10 * Math.Max(1, fit.ChiSquared);
        });

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property ClosedForm_EqualsNumericalMinimum_OnePull() =>
        Prop.ForAll(Generators.Uniform(0, 400), n =>
        {
            var likelihood = new Likelihood(CountingMeasurement.Coherent2017, PullTreatment.SignalOnly);
            double xi = FindMinimum.OfScalarFunctionConstrained(x => likelihood.ChiSquaredAt(n, x, 0), -5, 5, 1e-12);
            double numericMin = likelihood.ChiSquaredAt(n, xi, 0);
            var fit = likelihood.Fit(n);
            return Math.Abs(fit.ChiSquared - numericMin) <= 1e-7 * Math.Max(1, numericMin) && fit.BackgroundPull == 0;
        });

    [Test]
    public void ChiSquared_AtMeasuredSignal_IsZero() =>
        Assert.That(new Likelihood(CountingMeasurement.Coherent2017).ChiSquared(136), Is.EqualTo(0).Within(1e-15));

    [Test]
    public void ChiSquared_NegativeSignal_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Likelihood(CountingMeasurement.Coherent2017).ChiSquared(-1));
        Assert.That(e!.ParamName, Is.EqualTo("predictedSignal"));
    }

    [Test]
    public void Measurement_NonPositiveUncertainty_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CountingMeasurement(142, 6, 405, 0, 0.25));

    [TestCase(0.9, 1, 2.7055, Description = "χ² quantile, 1 d.o.f., 90 %")]
    [TestCase(0.9, 2, 4.6052, Description = "χ² quantile, 2 d.o.f., 90 %")]
    [TestCase(0.6827, 1, 1.0000, Description = "1σ")]
    public void Threshold_MatchesChiSquaredQuantile(double cl, int dof, double expected) =>
        Assert.That(ChiSquaredThreshold.For(cl, dof), Is.EqualTo(expected).Within(1e-3));

    [Test]
    public void Threshold_InvalidLevel_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquaredThreshold.For(1.5, 1));
}
