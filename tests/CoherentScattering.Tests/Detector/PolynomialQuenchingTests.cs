using CoherentScattering.Detector;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Detector;

public class PolynomialQuenchingTests
{
    // The five rows of scintRespCoefficients.txt (COHERENT CsI 2021 release), as printed in the file: a b c d.
    private static readonly Dictionary<Coherent2021CsIQuenchingCurve, string[]> PrintedRows = new()
    {
        [Coherent2021CsIQuenchingCurve.Nominal] = ["0.0554628", "4.30681", "-111.707", "840.384"],
        [Coherent2021CsIQuenchingCurve.Model0PlusOneSigma] = ["0.0613632", "3.51547", "-85.5548", "595.562"],
        [Coherent2021CsIQuenchingCurve.Model0MinusOneSigma] = ["0.0495624", "5.09815", "-137.858", "1085.2"],
        [Coherent2021CsIQuenchingCurve.Model1PlusOneSigma] = ["0.055413", "3.93597", "-93.1045", "630.092"],
        [Coherent2021CsIQuenchingCurve.Model1MinusOneSigma] = ["0.0555126", "4.67765", "-130.309", "1050.68"],
    };

    private static readonly Dictionary<Coherent2021CsIQuenchingCurve, double[]> FileRows =
        PrintedRows.ToDictionary(r => r.Key, r => r.Value.Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    // Half a unit of the last printed digit.
    internal static double HalfUnit(string printed) => 0.5 * Math.Pow(10, -(printed.Length - printed.IndexOf('.') - 1));

    // E_ee/keVee = 1000 (a x + b x² + c x³ + d x⁴), x = T/(1000 keVnr), written with Math.Pow.
    private static double Expected(double[] c, double tKev)
    {
        double x = tKev / 1000;
        return 1000 * (c[0] * x + c[1] * Math.Pow(x, 2) + c[2] * Math.Pow(x, 3) + c[3] * Math.Pow(x, 4));
    }

    [TestCase(Coherent2021CsIQuenchingCurve.Nominal)]
    [TestCase(Coherent2021CsIQuenchingCurve.Model0PlusOneSigma)]
    [TestCase(Coherent2021CsIQuenchingCurve.Model0MinusOneSigma)]
    [TestCase(Coherent2021CsIQuenchingCurve.Model1PlusOneSigma)]
    [TestCase(Coherent2021CsIQuenchingCurve.Model1MinusOneSigma)]
    public void Coherent2021CsI_CoefficientsAreTheFileRow(Coherent2021CsIQuenchingCurve curve)
    {
        var q = PolynomialQuenching.Coherent2021CsI(curve);
        Assert.That(q.Coefficients, Is.EqualTo(FileRows[curve]));
        Assert.That(q.MaximumRecoilKiloelectronvolts, Is.EqualTo(1e6), "every release curve increases up to 1e6 keVnr");
        foreach (double t in new[] { 0.5, 5.0, 13.0, 25.0, 50.0 })
        {
            Assert.That(q.ElectronEquivalentKiloelectronvolts(t), Is.EqualTo(Expected(FileRows[curve], t)).Within(1e-12).Percent, $"T = {t} keVnr");
        }
    }

    [Test(Description = "Nominal at 25 keVnr, term by term by hand: 1.38657 + 2.69175625 − 1.745421875 + 0.328275 = 2.661179375 keVee")]
    public void Coherent2021CsI_Nominal_At25Kev() =>
        Assert.That(PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal).ElectronEquivalentKiloelectronvolts(25), Is.EqualTo(2.661179375).Within(1e-12));

    [Test(Description = "In the file each model's −1σ row is 2·nominal − (+1σ) within the rounding of the printed digits: |m − (2n − p)| ≤ 2u(n) + u(p) + u(m), u = half a unit of the last digit; the pull z = −1 reproduces it within the same bound")]
    public void Coherent2021CsI_MinusRowsMirrorPlusRows()
    {
        var n = PrintedRows[Coherent2021CsIQuenchingCurve.Nominal];
        foreach (var (plus, minus, z0, z1) in new[]
        {
            (Coherent2021CsIQuenchingCurve.Model0PlusOneSigma, Coherent2021CsIQuenchingCurve.Model0MinusOneSigma, -1.0, 0.0),
            (Coherent2021CsIQuenchingCurve.Model1PlusOneSigma, Coherent2021CsIQuenchingCurve.Model1MinusOneSigma, 0.0, -1.0),
        })
        {
            var p = PrintedRows[plus];
            var m = PrintedRows[minus];
            var pulled = PolynomialQuenching.Coherent2021CsI(z0, z1).Coefficients;
            var read = PolynomialQuenching.Coherent2021CsI(minus).Coefficients;
            for (int k = 0; k < 4; k++)
            {
                double bound = 2 * HalfUnit(n[k]) + HalfUnit(p[k]) + HalfUnit(m[k]);
                double mirrored = 2 * FileRows[Coherent2021CsIQuenchingCurve.Nominal][k] - FileRows[plus][k];
                Assert.That(read[k], Is.EqualTo(mirrored).Within(bound), $"{minus}[{k}]");
                Assert.That(pulled[k], Is.EqualTo(read[k]).Within(bound), $"pull for {minus}[{k}]");
            }
        }
    }

    [Test]
    public void Coherent2021CsI_Pulls_ReproduceThePlusRows()
    {
        Assert.That(PolynomialQuenching.Coherent2021CsI(0, 0).Coefficients, Is.EqualTo(FileRows[Coherent2021CsIQuenchingCurve.Nominal]));
        Assert.That(PolynomialQuenching.Coherent2021CsI(1, 0).Coefficients, Is.EqualTo(FileRows[Coherent2021CsIQuenchingCurve.Model0PlusOneSigma]).Within(1e-12).Percent);
        Assert.That(PolynomialQuenching.Coherent2021CsI(0, 1).Coefficients, Is.EqualTo(FileRows[Coherent2021CsIQuenchingCurve.Model1PlusOneSigma]).Within(1e-12).Percent);
    }

    [Test(Description = "E = x − x² (MeV) stops increasing at x = 0.5 MeVnr: recoils up to 500 keVnr are accepted, beyond refused")]
    public void NonIncreasingBeyondLimit_IsRefused()
    {
        var q = new PolynomialQuenching([1.0, -1.0]);
        Assert.That(q.MaximumRecoilKiloelectronvolts, Is.EqualTo(500).Within(1e-6));
        Assert.That(q.ElectronEquivalentKiloelectronvolts(400), Is.EqualTo(1000 * (0.4 - 0.16)).Within(1e-10));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => q.ElectronEquivalentKiloelectronvolts(600))!;
        Assert.That(e.ParamName, Is.EqualTo("recoilKiloelectronvolts"));
        Assert.That(e.Message, Does.Contain("[0, 499.99"));
    }

    [Test(Description = "E = x − 2x² + 1.2x³ (MeV): the slope 1 − 4x + 3.6x² is negative between (4 ∓ √1.6)/7.2 MeVnr and positive again beyond; the whole range past the first root is refused")]
    public void SlopeDip_RefusedBeyondFirstRoot_EvenWhereSlopeIsPositiveAgain()
    {
        var q = new PolynomialQuenching([1.0, -2.0, 1.2]);
        double root = 1000 * (4 - Math.Sqrt(1.6)) / 7.2; // 380.22 keVnr
        Assert.That(q.MaximumRecoilKiloelectronvolts, Is.EqualTo(root).Within(1e-6));
        Assert.Throws<ArgumentOutOfRangeException>(() => q.ElectronEquivalentKiloelectronvolts(500)); // slope < 0
        Assert.Throws<ArgumentOutOfRangeException>(() => q.ElectronEquivalentKiloelectronvolts(900)); // slope > 0 again, E_ee below its value at the root
    }

    [TestCase(new double[0])]
    [TestCase(new[] { 0.0, 1.0 })]
    [TestCase(new[] { -0.05, 4.0 })]
    [TestCase(new[] { double.NaN })]
    [TestCase(new[] { 1.0, double.PositiveInfinity })]
    [TestCase(new[] { 1.0, 2e12 })]
    [TestCase(new[] { 1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 })]
    public void Constructor_BadCoefficients_Throws(double[] c)
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new PolynomialQuenching(c))!;
        Assert.That(e.ParamName, Is.EqualTo("coefficients"));
    }

    [Test]
    public void Constructor_Null_Throws() => Assert.Throws<ArgumentNullException>(() => _ = new PolynomialQuenching(null!));

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(2e6)]
    public void Evaluate_RecoilOutOfRange_Throws(double t) =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal).ElectronEquivalentKiloelectronvolts(t))!.ParamName,
            Is.EqualTo("recoilKiloelectronvolts"));

    [TestCase(5.01, 0.0)]
    [TestCase(0.0, double.NaN)]
    public void Pulls_OutOfRange_Throw(double z0, double z1) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PolynomialQuenching.Coherent2021CsI(z0, z1));

    [Test]
    public void UndefinedCurve_Throws() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => PolynomialQuenching.Coherent2021CsI((Coherent2021CsIQuenchingCurve)7))!.ParamName, Is.EqualTo("curve"));

    [Test(Description = "Without smearing, in a chain of 13.35 PE/keVee, T = 20 keVnr lands in the PE bin holding 13.35·E_ee(20)")]
    public void InResponseChain_LandsInBinOfItsPhotoelectrons()
    {
        var q = PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal);
        var chain = new ResponseChain(q, 13.35, GaussianResolution.None, PerfectAcceptance.Instance, HistogramAxis.Uniform("PE", "PE", 0, 60, 60));
        double pe = 13.35 * Expected(FileRows[Coherent2021CsIQuenchingCurve.Nominal], 20);
        var column = chain.Column(20e-3);
        Assert.That(column[(int)Math.Floor(pe)], Is.EqualTo(1.0));
        Assert.That(column.Sum(), Is.EqualTo(1.0));
    }
}
