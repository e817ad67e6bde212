using CoherentScattering.Nuclear;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Nuclear;

public class FormFactorTests
{
    private static readonly IFormFactor[] All =
        [HelmFormFactor.Paper, KleinNystrandFormFactor.Coherent, SymmetrizedFermiFormFactor.LewinSmith, UnitFormFactor.Instance];

    [TestCaseSource(nameof(All))]
    public void Evaluate_ZeroMomentum_IsOne(IFormFactor formFactor)
    {
        foreach (var nucleus in Nuclei.All)
        {
            Assert.That(formFactor.Evaluate(nucleus, 0.0), Is.EqualTo(1.0).Within(1e-15), nucleus.Key);
        }
    }

    [FsCheck.NUnit.Property]
    public Property Evaluate_AnyMomentum_IsBoundedByOne() =>
        Prop.ForAll(Generators.Uniform(0, 400), Generators.Nuclei(), Gen.Elements(All).ToArbitrary(), (q, nucleus, ff) =>
            Math.Abs(ff.Evaluate(nucleus, q)) <= 1.0 + 1e-15);

    [TestCaseSource(nameof(All))]
    public void Evaluate_AcrossSeriesThreshold_IsContinuous(IFormFactor formFactor)
    {
        // The series/closed-form switch sits at qR ≈ 0.01; q ≈ 0.01·ħc/R ≈ 0.3 MeV for Cs. Scan across it.
        double previous = formFactor.Evaluate(Nuclei.Cs133, 0.2);
        for (double q = 0.2; q < 0.6; q += 1e-3)
        {
            double f = formFactor.Evaluate(Nuclei.Cs133, q);
            Assert.That(Math.Abs(f - previous), Is.LessThan(1e-6), $"q = {q}");
            Assert.That(f, Is.LessThanOrEqualTo(previous + 1e-15), "monotone at small q");
            previous = f;
        }
    }

    [Test(Description = "Helm Eq. (3) by hand: Cs-133, R = 1.2·133^{1/3} = 6.1255 fm, R0 = √(R² − 1.25) = 6.0226 fm; q = 50 MeV = 0.25339 fm⁻¹: qR0 = 1.5260, 3j1(x)/x = 0.78568, exp(−(0.12669)²/2) = 0.99201 → F = 0.7794")]
    public void Helm_Cesium_MatchesHandCalculation()
    {
        double r = 1.2 * Math.Cbrt(133), r0 = Math.Sqrt(r * r - 1.25), q = 50 / 197.3269804;
        double x = q * r0;
        double expected = 3 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x) * Math.Exp(-0.5 * Math.Pow(q * 0.5, 2));
        Assert.That(HelmFormFactor.Paper.Evaluate(Nuclei.Cs133, 50), Is.EqualTo(expected).Within(1e-14));
        Assert.That(expected, Is.EqualTo(0.7794).Within(1e-4));
    }

    [Test(Description = "Small-q expansion F ≈ 1 − q²⟨r²⟩/6; Helm ⟨r²⟩ = (3/5)R0² + 3s²")]
    public void Helm_SmallMomentum_MatchesRadiusExpansion()
    {
        double r = 1.2 * Math.Cbrt(127), r0sq = r * r - 1.25, q = 1.0 / 197.3269804;
        double expected = 1 - q * q * (0.6 * r0sq + 3 * 0.25) / 6;
        Assert.That(HelmFormFactor.Paper.Evaluate(Nuclei.I127, 1.0), Is.EqualTo(expected).Within(1e-8));
    }

    [Test(Description = "Symmetrized Fermi small-q: ⟨r²⟩ = (3/5)c² + (7/5)π²a² (Sprung & Martorell 1997)")]
    public void SymmetrizedFermi_SmallMomentum_MatchesRadiusExpansion()
    {
        double c = 1.23 * Math.Cbrt(133) - 0.6, a = 0.52, q = 1.0 / 197.3269804;
        double expected = 1 - q * q * (0.6 * c * c + 1.4 * Math.PI * Math.PI * a * a) / 6;
        Assert.That(SymmetrizedFermiFormFactor.LewinSmith.Evaluate(Nuclei.Cs133, 1.0), Is.EqualTo(expected).Within(1e-7));
    }

    [Test]
    public void Helm_InvalidParameters_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new HelmFormFactor(-1, 0.5));
}
