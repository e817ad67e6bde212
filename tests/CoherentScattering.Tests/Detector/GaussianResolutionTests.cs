using CoherentScattering.Detector;
using MathNet.Numerics.Distributions;

namespace CoherentScattering.Tests.Detector;

public sealed class GaussianResolutionTests
{
    [Test(Description = "A constant width alone: the bin probabilities of a Gaussian of σ₀ about the true value (Φ from MathNet)")]
    public void ConstantWidth_GivesTheGaussianBinProbabilities()
    {
        var resolution = new GaussianResolution(0, 0.5);
        double[] edges = [0, 1, 2, 3];
        var column = new double[3];
        resolution.Distribute(1.2, edges, PerfectAcceptance.Instance, column);
        for (int b = 0; b < 3; b++)
        {
            double expected = Normal.CDF(1.2, 0.5, edges[b + 1]) - Normal.CDF(1.2, 0.5, edges[b]);
            Assert.That(column[b], Is.EqualTo(expected).Within(1e-12), $"bin {b}");
        }
    }

    [Test(Description = "The two terms add in quadrature: (a, σ₀) = (0.3, 0.4) at x = 1 smears like (0.5, 0), and like σ₀ = 0.5 alone")]
    public void Terms_AddInQuadrature()
    {
        double[] edges = [0, 0.5, 1, 1.5, 2];
        double[] Column(GaussianResolution r)
        {
            var c = new double[4];
            r.Distribute(1, edges, PerfectAcceptance.Instance, c);
            return c;
        }

        var both = Column(new GaussianResolution(0.3, 0.4));
        Assert.That(both, Is.EqualTo(Column(new GaussianResolution(0.5))).Within(1e-12));
        Assert.That(both, Is.EqualTo(Column(new GaussianResolution(0, 0.5))).Within(1e-12));
        Assert.That(new GaussianResolution(0.3, 0.4).Width(4), Is.EqualTo(Math.Sqrt(0.16 + 0.36)).Within(1e-15));
        Assert.That(new GaussianResolution(0.58).Width(4), Is.EqualTo(1.16).Within(1e-15), "the √x term alone, σ = a√x");
    }

    [Test]
    public void BadInput_NamesTheParameter()
    {
        Assert.That(() => new GaussianResolution(0.1, -1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("constantWidth"));
        Assert.That(() => new GaussianResolution(0.1, double.NaN), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("constantWidth"));
        Assert.That(() => new GaussianResolution(0.1, 1).Width(-1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("trueValue"));
    }
}
