using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Rates;

/// <summary>The polynomial fast paths of scans agree with full evaluations (1e-9 relative), and refuse non-polynomial rates.</summary>
public class QuadraticFitTests
{
    private static readonly EventRateCalculator Calculator = Experiment.Coherent2017.CreateRateCalculator();

    private static double VectorNsiRate(double up) => Calculator.Total(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, up, 0)));

    [FsCheck.NUnit.Property(MaxTest = 30)]
    public Property QuadraticRate_VectorNsi_MatchesFullEvaluation() =>
        Prop.ForAll(Generators.Uniform(-2, 2), x =>
        {
            var fit = QuadraticRate.Fit(VectorNsiRate, -0.5, 0.25, 1.0);
            double direct = VectorNsiRate(x);
            return Math.Abs(fit.Evaluate(x) - direct) <= 1e-9 * Math.Max(direct, 1);
        });

    [FsCheck.NUnit.Property(MaxTest = 30)]
    public Property QuadraticSurface_WeakAngleAndMagneticMoment_MatchesFullEvaluation() =>
        Prop.ForAll(Generators.Uniform(0, 0.5), Generators.Uniform(0, 80), (s, mu) =>
        {
            double Rate(double sw, double m) => Calculator.Total(NewPhysicsModel.Paper.WithStandardModel(new StandardModel(sw)).With(MagneticMoment.Universal(m * 1e-10)));
            var fit = QuadraticSurface.Fit(Rate, 0, 0.5, 0, 60);
            double direct = Rate(s, mu);
            return Math.Abs(fit.Evaluate(s, mu) - direct) <= 1e-9 * direct;
        });

    [TestCase(1.0)]
    [TestCase(100.0)]
    [TestCase(5000.0)]
    public void FitFromOrigin_ZPrimeCoupling_MatchesFullEvaluationOverSevenDecades(double massMev)
    {
        double Rate(double g2) => Calculator.Total(NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(massMev), g2)));
        var fit = QuadraticRate.FitFromOrigin(Rate, 1e-6);
        foreach (double g2 in new[] { 1e-11, 1e-9, 1e-7, 1e-5, 1e-3 })
        {
            double direct = Rate(g2);
            Assert.That(fit.Evaluate(g2), Is.EqualTo(direct).Within(1e-8 * direct), $"g² = {g2}");
        }
    }

    [Test]
    public void Fit_NonQuadraticRate_Throws() =>
        Assert.Throws<ArgumentException>(() => QuadraticRate.Fit(x => Math.Exp(x), 0, 1, 2));

    [Test]
    public void Surface_NonQuadraticRate_Throws() =>
        Assert.Throws<ArgumentException>(() => QuadraticSurface.Fit((x, y) => x * x * y, -1, 1, -1, 1));

    [Test]
    public void Fit_RepeatedNodes_Throws() =>
        Assert.Throws<ArgumentException>(() => QuadraticRate.Fit(x => x, 1, 1, 2));

    [Test]
    public void ScanByColumn_EqualsScanByRow()
    {
        double F(double x, double y) => (x - 0.3) * (x - 0.3) + 2 * (y + 0.1) * (y + 0.1) + x * y;
        double[] xs = Grid.Linear(-1, 1, 17), ys = Grid.Logarithmic(0.01, 3, 11);
        var byRow = ParameterMap.Scan(F, xs, ys);
        var byColumn = ParameterMap.ScanByColumn(x => y => F(x, y), xs, ys);
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ys.Length; j++)
            {
                Assert.That(byColumn.ChiSquared(i, j), Is.EqualTo(byRow.ChiSquared(i, j)));
            }
        }

        Assert.That(byColumn.BestFit, Is.EqualTo(byRow.BestFit));
    }
}
