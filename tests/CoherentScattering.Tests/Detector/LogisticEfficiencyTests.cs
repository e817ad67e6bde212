using CoherentScattering.Detector;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Detector;

public class LogisticEfficiencyTests
{
    // The three rows of effCoefficients.txt (COHERENT CsI 2021 release) as printed: a b c d. The file labels rows 2 and 3
    // both "+1 sigma"; row 3 is the −1σ curve.
    private static readonly Dictionary<Coherent2021CsIEfficiencyCurve, double[]> FileRows = new()
    {
        [Coherent2021CsIEfficiencyCurve.Nominal] = [1.32045, 0.285979, 10.8646, -0.333322],
        [Coherent2021CsIEfficiencyCurve.PlusOneSigma] = [1.3439, 0.285366, 9.84596, -0.356364],
        [Coherent2021CsIEfficiencyCurve.MinusOneSigma] = [1.297, 0.286592, 11.8832, -0.31028],
    };

    private static double Formula(double[] c, double x) => Math.Clamp(c[0] / (1 + Math.Exp(-c[1] * (x - c[2]))) + c[3], 0, 1);

    [TestCase(Coherent2021CsIEfficiencyCurve.Nominal)]
    [TestCase(Coherent2021CsIEfficiencyCurve.PlusOneSigma)]
    [TestCase(Coherent2021CsIEfficiencyCurve.MinusOneSigma)]
    public void Coherent2021CsI_CoefficientsAreTheFileRow(Coherent2021CsIEfficiencyCurve curve)
    {
        var eff = LogisticEfficiency.Coherent2021CsI(curve);
        var c = FileRows[curve];
        Assert.That(new[] { eff.Amplitude, eff.Slope, eff.Midpoint, eff.Offset }, Is.EqualTo(c));
        foreach (double x in new[] { 0.0, 5.0, 8.0, 12.0, 20.0, 40.0, 60.0 })
        {
            Assert.That(eff.Evaluate(x), Is.EqualTo(Formula(c, x)).Within(1e-15), $"x = {x} PE");
        }

        Assert.That(eff.Unclamped(c[2]), Is.EqualTo(c[0] / 2 + c[3]).Within(1e-15), "at the midpoint the logistic is a/2");
    }

    [Test(Description = "Nominal by hand: at 20 PE 1.32045/(1 + e^(−0.285979·9.1354)) − 0.333322 = 0.8969; below about 7 PE the formula is negative and clamps to 0")]
    public void Coherent2021CsI_Nominal_HandValues()
    {
        var eff = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        Assert.That(eff.Evaluate(20), Is.EqualTo(0.8969).Within(0.0001));
        Assert.That(eff.Unclamped(3), Is.Negative);
        Assert.That(eff.Evaluate(3), Is.Zero);
        Assert.That(eff.Discontinuities, Has.Count.EqualTo(1));
        Assert.That(eff.Discontinuities[0], Is.EqualTo(7.07).Within(0.01));
        Assert.That(eff.Unclamped(eff.Discontinuities[0]), Is.EqualTo(0).Within(1e-12));
    }

    [Test(Description = "The second alternative is the −1σ curve: its coefficients are 2·nominal − (first alternative) to the file's printed digits, and it lies below the nominal, which lies below the +1σ curve")]
    public void Coherent2021CsI_SecondAlternativeIsMinusOneSigma()
    {
        var n = FileRows[Coherent2021CsIEfficiencyCurve.Nominal];
        var p = FileRows[Coherent2021CsIEfficiencyCurve.PlusOneSigma];
        var m = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.MinusOneSigma);
        var mirrored = n.Select((v, k) => 2 * v - p[k]).ToArray();
        // Within the rounding of the printed digits: 2u(n) + u(p) + u(m), u = half a unit of the last digit.
        double[] bound = [2 * 0.5e-5 + 0.5e-4 + 0.5e-3, 2 * 0.5e-6 + 0.5e-6 + 0.5e-6, 2 * 0.5e-4 + 0.5e-5 + 0.5e-4, 2 * 0.5e-6 + 0.5e-6 + 0.5e-5];
        double[] read = [m.Amplitude, m.Slope, m.Midpoint, m.Offset];
        for (int k = 0; k < 4; k++)
        {
            Assert.That(read[k], Is.EqualTo(mirrored[k]).Within(bound[k]), $"coefficient {k}");
        }

        var nominal = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        var plus = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.PlusOneSigma);
        foreach (double x in new[] { 8.0, 10.0, 15.0, 20.0, 30.0 })
        {
            Assert.That(m.Evaluate(x), Is.LessThan(nominal.Evaluate(x)), $"x = {x}");
            Assert.That(nominal.Evaluate(x), Is.LessThan(plus.Evaluate(x)), $"x = {x}");
        }
    }

    [Test]
    public void Coherent2021CsI_Pull_InterpolatesBetweenCurves()
    {
        var plus = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.PlusOneSigma);
        var minus = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.MinusOneSigma);
        foreach (double x in new[] { 8.0, 14.0, 25.0 })
        {
            Assert.That(LogisticEfficiency.Coherent2021CsI(1).Evaluate(x), Is.EqualTo(plus.Evaluate(x)).Within(1e-12));
            Assert.That(LogisticEfficiency.Coherent2021CsI(-1).Evaluate(x), Is.EqualTo(minus.Evaluate(x)).Within(1e-5)); // the rows agree to their printed digits
        }
    }

    [Test]
    public void Clamp_AtOne()
    {
        var eff = new LogisticEfficiency(2, 1, 0, 0);
        Assert.That(eff.Evaluate(10), Is.EqualTo(1.0));
        Assert.That(eff.Evaluate(-50), Is.EqualTo(2 / (1 + Math.Exp(50))).Within(1e-30));
        Assert.That(eff.Discontinuities, Is.EqualTo(new[] { 0.0 }).Within(1e-15), "2/(1 + e^−x) = 1 at x = 0");
    }

    [Test]
    public void ExtremeObservables_StayInUnitInterval()
    {
        var eff = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        Assert.That(eff.Evaluate(1e308), Is.EqualTo(1.32045 - 0.333322).Within(1e-15));
        Assert.That(eff.Evaluate(-1e308), Is.Zero);
    }

    [TestCase(double.NaN, 0.3, 10.0, 0.0, "amplitude")]
    [TestCase(1.0, double.PositiveInfinity, 10.0, 0.0, "slope")]
    [TestCase(1.0, 0.3, 2e6, 0.0, "midpoint")]
    [TestCase(1.0, 0.3, 10.0, -1001.0, "offset")]
    public void Constructor_OutOfRange_Throws(double a, double b, double c, double d, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LogisticEfficiency(a, b, c, d))!;
        Assert.That(e.ParamName, Is.EqualTo(parameter));
        Assert.That(e.Message, Does.Contain("must lie in ["));
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Evaluate_NotFinite_Throws(double x) =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal).Evaluate(x))!.ParamName, Is.EqualTo("observable"));

    [Test]
    public void UndefinedCurveOrPull_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogisticEfficiency.Coherent2021CsI((Coherent2021CsIEfficiencyCurve)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogisticEfficiency.Coherent2021CsI(-5.5));
    }

    [Test(Description = "In a chain without smearing the column is the efficiency at the recoil's PE (13.35 PE/keVee, QF 0.08: T = 15 keVnr → 16.02 PE)")]
    public void InResponseChain_WeightsByEfficiencyAtThePhotoelectrons()
    {
        var eff = LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal);
        var chain = new ResponseChain(new LinearQuenching(0.08), 13.35, GaussianResolution.None, eff, HistogramAxis.Uniform("PE", "PE", 0, 60, 30));
        double pe = 13.35 * 0.08 * 15;
        var column = chain.Column(15e-3);
        Assert.That(column[8], Is.EqualTo(Formula(FileRows[Coherent2021CsIEfficiencyCurve.Nominal], pe)).Within(1e-14));
        Assert.That(column.Sum(), Is.EqualTo(column[8]));
    }
}
