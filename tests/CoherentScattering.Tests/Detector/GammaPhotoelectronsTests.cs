using CoherentScattering.Detector;
using CoherentScattering.Statistics;
using MathNet.Numerics;
using GammaDistribution = MathNet.Numerics.Distributions.Gamma;

namespace CoherentScattering.Tests.Detector;

public class GammaPhotoelectronsTests
{
    private static readonly double[] PaperEdges = [0, 8, 12, 16, 20, 24, 32, 40, 50, 60]; // csi.json of BarbeauGroup/cohfit

    // The CsI 2021 gamma as Newtrinos.jl (coherent_csi.jl) writes it, with E_ee = μ/13.35: shape 1 + b, rate a(1 + b),
    // b = 9.56 E_ee, and a = 1/μ (the mean), so rate = (1 + b)/μ.
    private static GammaDistribution Reference(double mu)
    {
        double eee = mu / 13.35, b = 9.56 * eee;
        return new GammaDistribution(1 + b, (1 + b) / mu);
    }

    private static double[] Column(IResolution resolution, double mu, IReadOnlyList<double> edges, IAcceptance efficiency)
    {
        var column = new double[edges.Count - 1];
        resolution.Distribute(mu, edges, efficiency, column);
        return column;
    }

    [Test(Description = "Newtrinos.jl coherent_csi.jl: k = 1 + b, θ = 1/(a(1 + b)), a = 0.0749/E_ee, b = 9.56 E_ee; the mean 1/a = E_ee/0.0749 agrees with 13.35 E_ee to 0.008 %")]
    public void ShapeAndScale_MatchTheNewtrinosParametrisation()
    {
        var g = GammaPhotoelectrons.Coherent2021CsI;
        foreach (double eee in new[] { 0.3, 1.0, 2.5, 4.5 })
        {
            double mu = 13.35 * eee, a = 0.0749 / eee, b = 9.56 * eee;
            Assert.That(g.Shape(mu), Is.EqualTo(1 + b).Within(1e-13).Percent);
            Assert.That(g.Scale(mu), Is.EqualTo(1 / (a * (1 + b))).Within(0.01).Percent);
            Assert.That(g.Shape(mu) * g.Scale(mu), Is.EqualTo(mu).Within(1e-13).Percent, "mean = true PE");
        }
    }

    [TestCase(0.5)]
    [TestCase(5.0)]
    [TestCase(20.0)]
    [TestCase(60.0)]
    [TestCase(500.0)]
    public void PerfectEfficiency_BinsCoveringEverything_SumToOne(double mu)
    {
        var edges = Enumerable.Range(0, 10_001).Select(i => (double)i).ToArray();
        var column = Column(GammaPhotoelectrons.Coherent2021CsI, mu, edges, PerfectAcceptance.Instance);
        Assert.That(column.Sum(), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(column, Has.All.GreaterThanOrEqualTo(0.0));
    }

    [TestCase(5.0)]
    [TestCase(20.0)]
    [TestCase(55.0)]
    public void PerfectEfficiency_PaperBins_SumToInRangeFractionAndMatchCdf(double mu)
    {
        var column = Column(GammaPhotoelectrons.Coherent2021CsI, mu, PaperEdges, PerfectAcceptance.Instance);
        var reference = Reference(mu);
        Assert.That(column.Sum(), Is.EqualTo(reference.CumulativeDistribution(60)).Within(1e-12));
        for (int b = 0; b < column.Length; b++)
        {
            double expected = reference.CumulativeDistribution(PaperEdges[b + 1]) - reference.CumulativeDistribution(PaperEdges[b]);
            Assert.That(column[b], Is.EqualTo(expected).Within(1e-13), $"bin {b}");
        }
    }

    [TestCase(20.0)]
    [TestCase(100.0)]
    public void MeanAndVariance_OfTheDistribution_MatchTheParameters(double mu)
    {
        const double h = 0.01;
        var edges = Enumerable.Range(0, 80_001).Select(i => i * h).ToArray(); // 0 … 800 PE
        var p = Column(GammaPhotoelectrons.Coherent2021CsI, mu, edges, PerfectAcceptance.Instance);
        double mean = 0, second = 0;
        for (int b = 0; b < p.Length; b++)
        {
            double c = 0.5 * (edges[b] + edges[b + 1]);
            mean += p[b] * c;
            second += p[b] * c * c;
        }

        double variance = second - mean * mean - h * h / 12; // Sheppard's correction for the binning
        double expectedVariance = mu * mu / (1 + 9.56 * mu / 13.35); // kθ² = μ²/(1 + b)
        Assert.That(mean, Is.EqualTo(mu).Within(1e-9).Percent);
        Assert.That(variance, Is.EqualTo(expectedVariance).Within(1e-6).Percent);
    }

    [TestCase(10.0)]
    [TestCase(25.0)]
    public void LogisticEfficiency_IsIntegratedOverEachBin(double mu)
    {
        // Reference: composite Simpson with 20 000 intervals per bin of P(x) a(x), P written as in the release paper,
        // (a(1+b))^(1+b)/Γ(1+b) x^b e^(−a(1+b)x), a = 1/μ.
        var eff = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        double a = 1 / mu, b = 9.56 * mu / 13.35;
        double Density(double x) => x <= 0 ? 0 : Math.Exp((1 + b) * Math.Log(a * (1 + b)) - SpecialFunctions.GammaLn(1 + b) + b * Math.Log(x) - a * (1 + b) * x);
        var column = Column(GammaPhotoelectrons.Coherent2021CsI, mu, PaperEdges, eff);
        for (int bin = 0; bin < column.Length; bin++)
        {
            double lo = PaperEdges[bin], hi = PaperEdges[bin + 1], step = (hi - lo) / 20_000, sum = 0;
            for (int i = 0; i <= 20_000; i++)
            {
                double x = lo + i * step;
                sum += (i == 0 || i == 20_000 ? 1 : i % 2 == 1 ? 4 : 2) * Density(x) * eff.Evaluate(x);
            }

            Assert.That(column[bin], Is.EqualTo(sum * step / 3).Within(1e-9), $"bin {bin}");
        }
    }

    [Test(Description = "An efficiency step at 10 PE (a discontinuity of the tabulated acceptance) is resolved: the single bin [0, 60] holds P(10 < x < 60)")]
    public void EfficiencyStep_IsResolvedAtItsDiscontinuity()
    {
        var step = new TabulatedAcceptance([0, 10, 10 + 1e-9, 100], [0, 0, 1, 1]);
        var column = Column(GammaPhotoelectrons.Coherent2021CsI, 12, [0, 60], step);
        var reference = Reference(12);
        Assert.That(column[0], Is.EqualTo(reference.CumulativeDistribution(60) - reference.CumulativeDistribution(10)).Within(1e-9));
    }

    [Test]
    public void ZeroTrueValue_IsReconstructedAtZero()
    {
        var g = GammaPhotoelectrons.Coherent2021CsI;
        Assert.That(Column(g, 0, PaperEdges, PerfectAcceptance.Instance), Is.EqualTo(new double[] { 1, 0, 0, 0, 0, 0, 0, 0, 0 }));
        Assert.That(Column(g, 0, PaperEdges, LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal)), Has.All.EqualTo(0.0));
    }

    [Test(Description = "β = 0: an exponential distribution of mean μ, P(x < 8) = 1 − e^(−8/μ)")]
    public void ZeroShapeCoefficient_IsExponential()
    {
        var column = Column(new GammaPhotoelectrons(13.35, 0), 4, [0, 8, 1e6], PerfectAcceptance.Instance);
        Assert.That(column[0], Is.EqualTo(1 - Math.Exp(-2)).Within(1e-14));
        Assert.That(column[1], Is.EqualTo(Math.Exp(-2)).Within(1e-14));
    }

    [Test(Description = "In a chain of 13.35 PE/keVee the true value handed to the step is 13.35·E_ee, and the column is the step's")]
    public void InResponseChain_ColumnIsTheGammaOfTheTruePhotoelectrons()
    {
        var q = PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal);
        var eff = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        var chain = new ResponseChain(q, 13.35, GammaPhotoelectrons.Coherent2021CsI, eff, new HistogramAxis("PE", "PE", PaperEdges));
        foreach (double t in new[] { 5.0, 15.0, 30.0 })
        {
            var column = chain.Column(t * 1e-3);
            var direct = Column(GammaPhotoelectrons.Coherent2021CsI, 13.35 * q.ElectronEquivalentKiloelectronvolts(t), PaperEdges, eff);
            Assert.That(column, Is.EqualTo(direct));
            Assert.That(column.Sum(), Is.LessThan(Reference(13.35 * q.ElectronEquivalentKiloelectronvolts(t)).CumulativeDistribution(60)));
        }

        var perfect = new ResponseChain(q, 13.35, GammaPhotoelectrons.Coherent2021CsI, PerfectAcceptance.Instance, HistogramAxis.Uniform("PE", "PE", 0, 2000, 1000));
        Assert.That(perfect.Column(20e-3).Sum(), Is.EqualTo(1.0).Within(1e-12));
    }

    [Test(Description = "The full CsI 2021 chain (polynomial quenching, gamma smearing, logistic efficiency, paper bins) over the recoil nodes of a rate calculation: every bin non-negative, the sum below the total, and equal to the node-by-node sum of columns")]
    public void Coherent2021CsIChain_OverRateNodes_IsConsistent()
    {
        var nodes = global::CoherentScattering.Experiments.Experiment.Coherent2017.CreateRateCalculator().ComputeAtNodes(global::CoherentScattering.CrossSections.StandardModel.Paper);
        var chain = new ResponseChain(PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal), 13.35, GammaPhotoelectrons.Coherent2021CsI,
            LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal), new HistogramAxis("PE", "PE", PaperEdges));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var histogram = chain.Apply(nodes);
        TestContext.Out.WriteLine($"{nodes.RecoilMev(0).Count + nodes.RecoilMev(1).Count} nodes in {watch.ElapsedMilliseconds} ms");
        var contents = histogram.Values.ToArray();
        Assert.That(contents, Has.All.GreaterThanOrEqualTo(0.0));
        Assert.That(contents.Sum(), Is.GreaterThan(0).And.LessThan(nodes.Total));
        var expected = new double[contents.Length];
        for (int i = 0; i < nodes.IsotopeKeys.Count; i++)
        {
            for (int k = 0; k < nodes.RecoilMev(i).Count; k++)
            {
                double n = Enumerable.Range(0, nodes.ComponentCount).Sum(c => nodes.Events(c, i)[k]);
                var column = chain.Column(nodes.RecoilMev(i)[k]);
                for (int b = 0; b < expected.Length; b++)
                {
                    expected[b] += n * column[b];
                }
            }
        }

        Assert.That(contents, Is.EqualTo(expected).Within(1e-12).Percent);
    }

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(1.1e9)]
    public void Distribute_TrueValueOutOfRange_Throws(double mu)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Column(GammaPhotoelectrons.Coherent2021CsI, mu, PaperEdges, PerfectAcceptance.Instance))!;
        Assert.That(e.ParamName, Is.EqualTo("trueValue"));
        Assert.That(e.Message, Does.Contain("[0, 1000000000]"));
    }

    [Test]
    public void Distribute_BadArguments_Throw()
    {
        var g = GammaPhotoelectrons.Coherent2021CsI;
        Assert.Throws<ArgumentNullException>(() => g.Distribute(10, null!, PerfectAcceptance.Instance, new double[3]));
        Assert.Throws<ArgumentNullException>(() => g.Distribute(10, PaperEdges, null!, new double[9]));
        Assert.That(Assert.Throws<ArgumentException>(() => g.Distribute(10, [0, 1, 2], PerfectAcceptance.Instance, new double[3]))!.ParamName, Is.EqualTo("edges"));
    }

    [TestCase(0.0, 9.56, "lightYield")]
    [TestCase(double.NaN, 9.56, "lightYield")]
    [TestCase(2e4, 9.56, "lightYield")]
    [TestCase(13.35, -1.0, "shapeCoefficient")]
    [TestCase(13.35, double.PositiveInfinity, "shapeCoefficient")]
    public void Constructor_OutOfRange_Throws(double lightYield, double beta, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new GammaPhotoelectrons(lightYield, beta))!;
        Assert.That(e.ParamName, Is.EqualTo(parameter));
        Assert.That(e.Message, Does.Contain("must lie in ["));
    }
}
