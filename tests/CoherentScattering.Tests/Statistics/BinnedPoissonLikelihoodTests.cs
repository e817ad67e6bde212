using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class BinnedPoissonLikelihoodTests
{
    private static readonly HistogramAxis Axis = HistogramAxis.Uniform("x", "", 0, 10, 10);

    private static Histogram H(params double[] v) => new([Axis], v);

    private static readonly Histogram Signal = H(1, 4, 9, 12, 9, 4, 1, 0, 0, 0);
    private static readonly Histogram Background = H(10, 10, 10, 10, 10, 10, 10, 10, 10, 10);

    private static BinnedPoissonLikelihood Asimov(double signal, double background) =>
        new(H(Signal.Values.Zip(Background.Values, (s, b) => s / Signal.Total * signal + b / Background.Total * background).ToArray()),
            [new TemplateComponent(Signal, Nuisance.Free("s", 40, 0)), new TemplateComponent(Background, Nuisance.Gaussian("b", 100, 10, 0))]);

    [Test(Description = "Asimov data: the fit returns the truth and −2 ln L = 0 with the nuisance at its centre")]
    public void AsimovData_FitIsTheTruth()
    {
        var fit = Asimov(40, 100).Fit();
        Assert.That(fit.EventsOf("s"), Is.EqualTo(40).Within(1e-6));
        Assert.That(fit.EventsOf("b"), Is.EqualTo(100).Within(1e-6));
        Assert.That(fit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-9));
    }

    [Test(Description = "Baker–Cousins: a bin with n = 0 contributes 2μ")]
    public void EmptyBin_Contributes2Mu()
    {
        var l = new BinnedPoissonLikelihood(H(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [new TemplateComponent(Background, Nuisance.Free("b", 1, 0))]);
        Assert.That(l.MinusTwoLogLikelihood([7.5]), Is.EqualTo(15).Within(1e-12));
        Assert.That(l.Fit().EventsOf("b"), Is.EqualTo(0).Within(1e-9), "the bound holds");
    }

    [Test(Description = "One bin, Gaussian limit: Δ(−2 ln L) ≈ (n − μ)²/n for n ≫ 1")]
    public void OneBin_MatchesTheGaussianLimit()
    {
        var one = HistogramAxis.Uniform("x", "", 0, 1, 1);
        var l = new BinnedPoissonLikelihood(new Histogram([one], [10_000]), [new TemplateComponent(new Histogram([one], [1]), Nuisance.Free("n", 10_000, 0))]);
        Assert.That(l.MinusTwoLogLikelihood([10_100]), Is.EqualTo(100.0 * 100 / 10_000).Within(0.01));
    }

    [Test]
    public void Profile_MinimumAtTheFitAndParabolicNearIt()
    {
        var l = Asimov(40, 100);
        var profile = l.Profile("s", 0, 100, 101);
        Assert.That(profile.BestFit, Is.EqualTo(40).Within(1e-3));
        var interval = profile.IntervalsBelow(1)[0];
        Assert.That(interval.Low, Is.LessThan(40));
        Assert.That(interval.High, Is.GreaterThan(40));
    }

    [Test]
    public void Template_BinnedDifferently_NamesBoth()
    {
        var other = new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 5)], [1, 1, 1, 1, 1]);
        var e = Assert.Throws<ArgumentException>(() => _ = new BinnedPoissonLikelihood(Background, [new TemplateComponent(other, Nuisance.Free("s", 1))], "my-data.txt"));
        Assert.That(e!.Message, Does.Contain("'s'").And.Contain("my-data.txt"));
    }

    [Test]
    public void NegativeTemplateBin_IsRefused() =>
        Assert.Throws<ArgumentException>(() => _ = H(1, -1, 0, 0, 0, 0, 0, 0, 0, 0));

    [Test]
    public void Nuisance_WithoutPositiveWidth_IsRefused() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Nuisance.Gaussian("b", 100, 0))!.ParamName, Is.EqualTo("width"));

    [Test]
    public void Nuisance_AsymmetricPenalty_UsesTheWidthOfItsSide()
    {
        var p = new Nuisance("x", 10, 1, 4);
        Assert.That(p.Penalty(8), Is.EqualTo(4));
        Assert.That(p.Penalty(18), Is.EqualTo(4));
    }

    [Test(Description = "Expected(fit) is Σ N_k t̂_k(θ) at a fit; the expectation at every nuisance's centre refitted as data (Asimov) returns the centres with −2 ln L = 0")]
    public void ExpectedCounts_RefittedAsData_ReturnTheFit()
    {
        var likelihood = global::CoherentScattering.Experiments.Coherent2020LarRelease.ShapeSystematicsLikelihood();
        var centres = likelihood.Components.ToDictionary(c => c.Name, c => c.Normalisation.Central);
        foreach (var name in likelihood.ShapeParameters)
        {
            centres[name] = 0;
        }

        var fit = likelihood.Fit(centres);
        var asimov = likelihood.Expected(fit);
        Assert.That(asimov.Total, Is.EqualTo(fit.Events.Sum(e => e.Value)).Within(1e-6 * asimov.Total), "shapes are normalised, so the totals add");
        var refit = likelihood.WithData(asimov).Fit();
        foreach (var (name, value) in fit.Events)
        {
            Assert.That(refit.EventsOf(name), Is.EqualTo(value).Within(1e-3 * Math.Max(1, value)), name);
        }

        foreach (var (name, value) in fit.ShapeParameters)
        {
            Assert.That(refit.ShapeParameterOf(name), Is.EqualTo(value).Within(1e-4), name);
        }

        Assert.That(refit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-6));
        double penalties = likelihood.MinusTwoLogLikelihood(fit.Events.Select(e => e.Value).ToArray(), fit.ShapeParameters.Select(p => p.Value).ToArray())
            - likelihood.WithData(likelihood.Data).MinusTwoLogLikelihood(fit.Events.Select(e => e.Value).ToArray(), fit.ShapeParameters.Select(p => p.Value).ToArray());
        Assert.That(penalties, Is.EqualTo(0).Within(1e-9), "WithData(Data) is the same likelihood");
        Assert.That(() => likelihood.WithData(new Histogram([HistogramAxis.Uniform("x", "", 0, 1, 2)], [1, 2])), Throws.ArgumentException.With.Property("ParamName").EqualTo("data"));
    }
}
