using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Sources;

public class PionDecayArrivalTimeTests
{
    private static readonly PionDecayArrivalTime Model = PionDecayArrivalTime.Cenns10;

    private static double Mean(Func<double, double> cdf)
    {
        double mean = 0, previous = cdf(-5000);
        for (double t = -5000; t < 60_000; t += 1)
        {
            double next = cdf(t + 1);
            mean += (t + 0.5) * (next - previous);
            previous = next;
        }

        return mean;
    }

    [Test]
    public void Cumulatives_GoFromZeroToOne()
    {
        Assert.That(Model.PromptCumulative(-3000), Is.EqualTo(0).Within(1e-12));
        Assert.That(Model.PromptCumulative(5000), Is.EqualTo(1).Within(1e-12));
        Assert.That(Model.DelayedCumulative(-3000), Is.EqualTo(0).Within(1e-12));
        Assert.That(Model.DelayedCumulative(100_000), Is.EqualTo(1).Within(1e-12));
    }

    [Test(Description = "Means of the convolutions: t₀ + τ_π (prompt), t₀ + τ_π + τ_μ (delayed); PDG lifetimes 26.033 and 2196.98 ns")]
    public void Means_AreThePulseMeanPlusTheLifetimes()
    {
        Assert.That(Mean(Model.PromptCumulative), Is.EqualTo(440 + 26.033).Within(0.01));
        Assert.That(Mean(Model.DelayedCumulative), Is.EqualTo(440 + 26.033 + 2196.9811).Within(0.5));
    }

    [Test(Description = "Independent check: the prompt density as a direct numerical convolution of the Gaussian pulse with the π lifetime")]
    public void PromptDensity_EqualsANumericalConvolution()
    {
        foreach (double t in new[] { 100.0, 440.0, 600.0, 1000.0 })
        {
            double h = 1e-3, density = (Model.PromptCumulative(t + h) - Model.PromptCumulative(t - h)) / (2 * h);
            double tau = 26.033, sigma = 150, direct = 0, ds = 0.01;
            for (double s = 0.5 * ds; s < 40 * tau; s += ds)
            {
                double z = (t - s - 440) / sigma;
                direct += Math.Exp(-0.5 * z * z) / (sigma * Math.Sqrt(2 * Math.PI)) * Math.Exp(-s / tau) / tau * ds;
            }

            Assert.That(density, Is.EqualTo(direct).Within(1e-6 * direct + 1e-12), $"t = {t} ns");
        }
    }

    [Test(Description = "COHERENT 2017 release README: 0.915 of the delayed-neutrino time PDF before 6 µs (CsI; its pulse is not stated, CENNS-10's is used here)")]
    public void DelayedFractionBeforeSixMicroseconds_IsNearTheRelease()
    {
        double fraction = Model.DelayedCumulative(6000);
        TestContext.Out.WriteLine($"delayed fraction before 6 µs: {fraction:F4}");
        Assert.That(fraction, Is.EqualTo(0.915).Within(0.01));
    }

    [Test]
    public void BinProbabilities_SumToTheMassInsideTheBins()
    {
        var p = Model.BinProbabilities(Enumerable.Range(0, 25).Select(i => 500.0 * i), delayed: true);
        Assert.That(p.Sum(), Is.EqualTo(Model.DelayedCumulative(12_000) - Model.DelayedCumulative(0)).Within(1e-12));
    }
}
