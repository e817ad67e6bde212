using System.Globalization;
using System.Text.RegularExpressions;
using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Fuzzing;

/// <summary>Text the library produces (ToString, exception messages, names) is culture-invariant: under a culture that
/// writes 6,12 for 6.12 (as de-DE does) no number comes out with a decimal comma.</summary>
[NonParallelizable]
public partial class CultureInvarianceTests
{
    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    private static CultureInfo CommaCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "~";
        return culture;
    }

    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData((Func<string>)(() => Energy.FromMegaelectronvolts(6.12).ToString())).SetName("Energy");
        yield return new TestCaseData((Func<string>)(() => new SpectrumMoments(0.5, 1.25, 2.5).ToString())).SetName("SpectrumMoments");
        yield return new TestCaseData((Func<string>)(() => new KinematicForm(0.5, 1.25, 2.5).ToString())).SetName("KinematicForm");
        yield return new TestCaseData((Func<string>)(() => new BinEvents(0.5, 1.5, 2.25).ToString())).SetName("BinEvents");
        yield return new TestCaseData((Func<string>)(() => new NuisanceFit(0.5, -0.25, 0.125).ToString())).SetName("NuisanceFit");
        yield return new TestCaseData((Func<string>)(() => new ContourSegment(0.5, 1.5, 2.5, 3.5).ToString())).SetName("ContourSegment");
        yield return new TestCaseData((Func<string>)(() => new Interval(-0.5, 1.5).ToString())).SetName("Interval");
        yield return new TestCaseData((Func<string>)(() => new Interval(-0.5, 1.5, true, true).ToString())).SetName("Interval.ScanEdges");
        yield return new TestCaseData((Func<string>)(() => ParameterMap.Scan((x, y) => x * x + y * y, Grid.Linear(-2.5, 2.5, 11), Grid.Linear(-2.5, 2.5, 11)).ContourLines()[0].ToString()))
            .SetName("ContourLine");
        yield return new TestCaseData((Func<string>)(() => new FlavorValues(0.5, 1.5, 2.5).ToString())).SetName("FlavorValues");
        yield return new TestCaseData((Func<string>)(() => ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.0125).ToString())).SetName("ScatteringPoint");
        yield return new TestCaseData((Func<string>)(() => CountingMeasurement.Coherent2017.ToString())).SetName("CountingMeasurement");
        yield return new TestCaseData((Func<string>)(() => new PionDecayAtRest(1.5e23, 0.08, Length.FromMeters(19.3)).ToString())).SetName("PionDecayAtRest");
        yield return new TestCaseData((Func<string>)(() => new global::CoherentScattering.Detector.TargetIsotope(Nuclei.Ge76, 0.5).ToString())).SetName("TargetIsotope");
        yield return new TestCaseData((Func<string>)(() => new StandardModel(0.2312).Name)).SetName("StandardModel.Name");
        yield return new TestCaseData((Func<string>)(() => new MonoenergeticSpectrum(29.8).Name)).SetName("Line.Name");
        yield return new TestCaseData((Func<string>)(() => Message(() => new HelmFormFactor(1.2, 2.5).Evaluate(Nuclei.Na23, 1)))).SetName("Helm message (R = 6,12 fm)");
        yield return new TestCaseData((Func<string>)(() => Message(() => Guard.InRange(7.5, 0.5, 1.5, "x")))).SetName("Guard message");
        yield return new TestCaseData((Func<string>)(() => Message(() => Kinematics.MaxRecoilMev(-0.5, 1.5)))).SetName("Kinematics message");
        yield return new TestCaseData((Func<string>)(() => Message(() => new Interval(1.5, 0.5)))).SetName("Interval message");
        yield return new TestCaseData((Func<string>)(() => Message(() => Grid.Linear(1.5, 1.5 + 1e-15, 100)))).SetName("Grid message");
        yield return new TestCaseData((Func<string>)(() => Message(() => new TabulatedSpectrum([0.5, 0.25], [1, 1])))).SetName("Table message");
        yield return new TestCaseData((Func<string>)(() => Message(() => SterileOscillation.NeutralCurrent(1, 0.75, 0.5)))).SetName("Unitarity message");
        yield return new TestCaseData((Func<string>)(() => global::CoherentScattering.Detector.LindhardQuenching.Germanium.Name)).SetName("LindhardQuenching.Name");
        yield return new TestCaseData((Func<string>)(() => new global::CoherentScattering.Detector.PolynomialQuenching([0.0554628, -4.5]).Name)).SetName("PolynomialQuenching.Name");
        yield return new TestCaseData((Func<string>)(() => global::CoherentScattering.Detector.GammaPhotoelectrons.Coherent2021CsI.Name)).SetName("GammaPhotoelectrons.Name");
        yield return new TestCaseData((Func<string>)(() => new global::CoherentScattering.Detector.LogisticEfficiency(1.5, -0.25, 10.5, -0.5).Name)).SetName("LogisticEfficiency.Name");
        yield return new TestCaseData((Func<string>)(() => new global::CoherentScattering.Detector.ExponentialTailEfficiency(0.5, 0.25).Name)).SetName("ExponentialTailEfficiency.Name");
        yield return new TestCaseData((Func<string>)(() => Message(() => new global::CoherentScattering.Detector.PolynomialQuenching([1.5, -1.5]).ElectronEquivalentKiloelectronvolts(900.5)))).SetName("PolynomialQuenching message");
        yield return new TestCaseData((Func<string>)(() => Message(() => global::CoherentScattering.Detector.TabulatedQuenching.FromQuenchingFactors([1.5, 2.5], [1, 0.1])))).SetName("TabulatedQuenching message");
    }

    private static string Message(Action call)
    {
        try
        {
            call();
        }
        catch (Exception e)
        {
            return e.Message;
        }

        Assert.Fail("expected an exception");
        return "";
    }

    [TestCaseSource(nameof(Texts))]
    public void Text_UnderDecimalCommaCulture_HasNoDecimalComma(Func<string> text)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CommaCulture();
            string s = text();
            Assert.That(DecimalComma().IsMatch(s), Is.False, s);
            Assert.That(s, Does.Not.Contain("~"), s);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
