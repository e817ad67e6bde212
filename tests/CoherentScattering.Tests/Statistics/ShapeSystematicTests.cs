using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class ShapeSystematicTests
{
    private static readonly HistogramAxis Axis = HistogramAxis.Uniform("x", "", 0, 10, 10);

    private static Histogram H(params double[] v) => new([Axis], v);

    private static readonly Histogram Signal = H(1, 4, 9, 12, 9, 4, 1, 0.5, 0.2, 0.1);
    private static readonly Histogram SignalUp = H(0.5, 2, 6, 10, 11, 7, 3, 1, 0.4, 0.1);     // shifted right
    private static readonly Histogram SignalDown = H(2, 6, 11, 12, 7, 3, 1, 0.4, 0.1, 0.05); // shifted left
    private static readonly Histogram Background = H(10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
    private static readonly Histogram BackgroundTilt = H(14, 13, 12, 11, 10, 10, 9, 8, 7, 6);

    private static TemplateComponent SignalWith(params ShapeSystematic[] systematics) => new(Signal, Nuisance.Free("s", 40, 0), systematics);

    private static TemplateComponent BackgroundWith(params ShapeSystematic[] systematics) => new(Background, Nuisance.Gaussian("b", 100, 10, 0), systematics);

    // Asimov data: the expectation of the components at given events and shape parameters.
    private static Histogram Asimov(TemplateComponent[] components, double[] events, IReadOnlyDictionary<string, double> theta)
    {
        var mu = new double[Axis.Count];
        for (int k = 0; k < components.Length; k++)
        {
            var known = theta.Where(p => components[k].ShapeSystematics.Any(s => s.Name == p.Key)).ToDictionary();
            var shape = components[k].ShapeAt(known);
            for (int i = 0; i < mu.Length; i++)
            {
                mu[i] += events[k] * shape[i];
            }
        }

        return H(mu);
    }

    [Test(Description = "A systematic whose alternatives are the central template changes nothing")]
    public void TrivialSystematic_ChangesNothing()
    {
        var data = H(3, 9, 14, 20, 15, 11, 13, 9, 12, 8);
        var plain = new BinnedPoissonLikelihood(data, [new TemplateComponent(Signal, Nuisance.Free("s", 40, 0)), BackgroundWith()]);
        var trivial = new BinnedPoissonLikelihood(data, [SignalWith(new ShapeSystematic("t", Signal.Scale(2), Signal.Scale(0.5))), BackgroundWith(new ShapeSystematic("u", Background))]);
        var (a, b) = (plain.Fit(), trivial.Fit());
        Assert.Multiple(() =>
        {
            Assert.That(b.MinusTwoLogLikelihood, Is.EqualTo(a.MinusTwoLogLikelihood).Within(1e-9));
            Assert.That(b.EventsOf("s"), Is.EqualTo(a.EventsOf("s")).Within(1e-6));
            Assert.That(b.EventsOf("b"), Is.EqualTo(a.EventsOf("b")).Within(1e-6));
            Assert.That(b.ShapeParameterOf("t"), Is.EqualTo(0).Within(1e-9));
            Assert.That(b.ShapeParameterOf("u"), Is.EqualTo(0).Within(1e-9));
            Assert.That(a.ShapeParameters, Is.Empty);
            Assert.That(trivial.ShapeParameters, Is.EqualTo(new[] { "t", "u" }));
        });
    }

    [Test(Description = "The interpolated shape sums to one and is the alternative's shape at θ = ±1 (HistFactory code 0)")]
    public void InterpolatedShape_SumsToOne_AndMatchesTheAlternatives()
    {
        var component = SignalWith(new ShapeSystematic("t", SignalUp.Scale(3), SignalDown.Scale(0.25)), new ShapeSystematic("w", BackgroundTilt));
        foreach (double t in new[] { -2.5, -1, -0.3, 0, 0.4, 1, 3 })
        {
            Assert.That(component.ShapeAt(new Dictionary<string, double> { ["t"] = t, ["w"] = -t / 5 }).Sum(), Is.EqualTo(1).Within(1e-12), $"θ = {t}");
        }

        var up = component.ShapeAt(new Dictionary<string, double> { ["t"] = 1 });
        var down = component.ShapeAt(new Dictionary<string, double> { ["t"] = -1 });
        var mirrored = component.ShapeAt(new Dictionary<string, double> { ["w"] = -1 });
        for (int i = 0; i < Axis.Count; i++)
        {
            Assert.That(up[i], Is.EqualTo(SignalUp.Values[i] / SignalUp.Total).Within(1e-15));
            Assert.That(down[i], Is.EqualTo(SignalDown.Values[i] / SignalDown.Total).Within(1e-15));
            Assert.That(mirrored[i], Is.EqualTo(2 * Signal.Values[i] / Signal.Total - BackgroundTilt.Values[i] / BackgroundTilt.Total).Within(1e-15), "mirror 2t̂ − t̂⁺");
        }

        Assert.That(component.ShapeAt(null), Is.EqualTo(Signal.Values.Select(v => v / Signal.Total)).Within(1e-15));
    }

    [TestCase(0.7, TestName = "Asimov data at θ = 0.7 (one- and two-sided): fit at the truth, −2 ln L = 0")]
    [TestCase(-0.4, TestName = "Asimov data at θ = −0.4 (two-sided): fit at the truth, −2 ln L = 0")]
    public void AsimovData_FitIsTheTruth(double truth)
    {
        // The auxiliary measurement of each prior set to the truth, as for an Asimov data set (Cowan et al., EPJC 71, 1554 (2011)).
        bool twoSidedOnly = truth < 0;
        var components = new[]
        {
            SignalWith(new ShapeSystematic("t", SignalUp, SignalDown, auxiliary: truth)),
            BackgroundWith(twoSidedOnly ? [] : [new ShapeSystematic("w", BackgroundTilt, oneSided: OneSidedShape.PositiveOnly, auxiliary: truth)]),
        };
        var theta = new Dictionary<string, double> { ["t"] = truth };
        if (!twoSidedOnly)
        {
            theta["w"] = truth;
        }

        var l = new BinnedPoissonLikelihood(Asimov(components, [55, 100], theta), components);
        var fit = l.Fit();
        TestContext.Out.WriteLine($"θ = {string.Join(", ", fit.ShapeParameters.Select(p => $"{p.Key} {p.Value:F6}"))}; s {fit.EventsOf("s"):F6}, b {fit.EventsOf("b"):F6}, −2lnL {fit.MinusTwoLogLikelihood:E2}, {fit.Steps} steps");
        Assert.Multiple(() =>
        {
            Assert.That(fit.ShapeParameterOf("t"), Is.EqualTo(truth).Within(1e-5));
            if (!twoSidedOnly)
            {
                Assert.That(fit.ShapeParameterOf("w"), Is.EqualTo(truth).Within(1e-5));
            }

            Assert.That(fit.EventsOf("s"), Is.EqualTo(55).Within(1e-4));
            Assert.That(fit.EventsOf("b"), Is.EqualTo(100).Within(1e-4));
            Assert.That(fit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-8));
            Assert.That(fit.Steps, Is.GreaterThan(0), "started at θ = 0, s = 40");
        });
    }

    [Test(Description = "With the standard-normal prior at 0, Asimov data at θ = 0.7 pull θ between 0 and 0.7")]
    public void AsimovData_WithThePriorAtZero_PullsTowardTheTruth()
    {
        var components = new[] { SignalWith(new ShapeSystematic("t", SignalUp, SignalDown)), BackgroundWith() };
        var l = new BinnedPoissonLikelihood(Asimov(components, [40, 100], new Dictionary<string, double> { ["t"] = 0.7 }), components);
        double t = l.Fit().ShapeParameterOf("t");
        Assert.That(t, Is.GreaterThan(0.2).And.LessThan(0.7));
    }

    [Test(Description = "One θ on two components (their shifts move together), several θ on one component (shifts add)")]
    public void SharedAndStackedSystematics_FitAsimovData()
    {
        var components = new[]
        {
            SignalWith(new ShapeSystematic("shared", SignalUp, SignalDown, auxiliary: 0.5), new ShapeSystematic("own", BackgroundTilt, auxiliary: -0.3)),
            BackgroundWith(new ShapeSystematic("shared", BackgroundTilt, auxiliary: 0.5)),
        };
        var truth = new Dictionary<string, double> { ["shared"] = 0.5, ["own"] = -0.3 };
        var l = new BinnedPoissonLikelihood(Asimov(components, [40, 100], truth), components);
        var fit = l.Fit();
        Assert.Multiple(() =>
        {
            Assert.That(l.ShapeParameters, Is.EqualTo(new[] { "shared", "own" }));
            Assert.That(fit.ShapeParameterOf("shared"), Is.EqualTo(0.5).Within(1e-5));
            Assert.That(fit.ShapeParameterOf("own"), Is.EqualTo(-0.3).Within(1e-5));
            Assert.That(fit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-8));
        });
    }

    [Test(Description = "A θ fixed by name in Fit, and −2 ln L at given θ")]
    public void FixedShapeParameter_IsHeld()
    {
        var components = new[] { SignalWith(new ShapeSystematic("t", SignalUp, SignalDown)), BackgroundWith() };
        var l = new BinnedPoissonLikelihood(H(3, 9, 14, 20, 15, 11, 13, 9, 12, 8), components);
        var fit = l.Fit(new Dictionary<string, double> { ["t"] = 1.5 });
        Assert.That(fit.ShapeParameterOf("t"), Is.EqualTo(1.5));
        Assert.That(l.MinusTwoLogLikelihood([fit.EventsOf("s"), fit.EventsOf("b")], [1.5]), Is.EqualTo(fit.MinusTwoLogLikelihood).Within(1e-9));
        Assert.That(l.Fit().MinusTwoLogLikelihood, Is.LessThanOrEqualTo(fit.MinusTwoLogLikelihood));
    }

    [TestCase(0.8, -0.6)]
    [TestCase(-1.7, 2.2)]
    [TestCase(3.0, 0.3)]
    public void Gradient_MatchesFiniteDifferences(double t, double w)
    {
        var components = new[]
        {
            SignalWith(new ShapeSystematic("t", SignalUp, SignalDown), new ShapeSystematic("w", BackgroundTilt)),
            BackgroundWith(new ShapeSystematic("t", BackgroundTilt, H(6, 7, 8, 9, 10, 10, 11, 12, 13, 14))),
        };
        var l = new BinnedPoissonLikelihood(H(3, 9, 14, 20, 15, 11, 13, 9, 12, 0), components);
        double[] x = [37, 105, t, w];
        double F(double[] p) => l.MinusTwoLogLikelihood(p[..2], p[2..]);
        var g = l.ShapeGradient(x[..2], x[2..]);
        var h = l.ShapeHessian(x[..2], x[2..]);
        for (int a = 0; a < x.Length; a++)
        {
            double step = 1e-5 * Math.Max(1, Math.Abs(x[a]));
            double[] plus = (double[])x.Clone(), minus = (double[])x.Clone();
            plus[a] += step;
            minus[a] -= step;
            Assert.That(g[a], Is.EqualTo((F(plus) - F(minus)) / (2 * step)).Within(1e-6 * Math.Max(1, Math.Abs(g[a]))), $"∂/∂x{a}");
            var gPlus = l.ShapeGradient(plus[..2], plus[2..]);
            var gMinus = l.ShapeGradient(minus[..2], minus[2..]);
            for (int b = 0; b < x.Length; b++)
            {
                Assert.That(h[a * x.Length + b], Is.EqualTo((gPlus[b] - gMinus[b]) / (2 * step)).Within(1e-5 * Math.Max(1, Math.Abs(h[a * x.Length + b]))), $"∂²/∂x{a}∂x{b}");
            }
        }
    }

    [Test(Description = "A kink minimum: both alternatives fit worse, θ stays at 0")]
    public void BothAlternativesWorse_ThetaStaysAtZero()
    {
        var components = new[] { SignalWith(new ShapeSystematic("t", SignalUp, SignalDown)), BackgroundWith() };
        var l = new BinnedPoissonLikelihood(Asimov(components, [55, 100], new Dictionary<string, double>()), components);
        var fit = l.Fit();
        Assert.That(fit.ShapeParameterOf("t"), Is.EqualTo(0).Within(1e-9));
        Assert.That(fit.EventsOf("s"), Is.EqualTo(55).Within(1e-5));
        Assert.That(fit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-8));
    }

    [Test(Description = "Profile and ProfileSignal work with shape parameters, and the profile is wider than with θ fixed")]
    public void ProfileSignal_WithShapes_IsWiderThanWithFixedShapes()
    {
        var data = H(3, 9, 14, 20, 15, 11, 13, 9, 12, 8);
        var shaped = new BinnedPoissonLikelihood(data, [SignalWith(new ShapeSystematic("t", SignalUp, SignalDown)), BackgroundWith(new ShapeSystematic("w", BackgroundTilt))]);
        var plain = new BinnedPoissonLikelihood(data, [new TemplateComponent(Signal, Nuisance.Free("s", 40, 0)), BackgroundWith()]);
        var (a, b) = (shaped.ProfileSignal("s", 0, 100, 101), plain.ProfileSignal("s", 0, 100, 101));
        Assert.That(a.OneSigma.High - a.OneSigma.Low, Is.GreaterThanOrEqualTo(b.OneSigma.High - b.OneSigma.Low - 1e-9));
        Assert.That(a.Fit.MinusTwoLogLikelihood, Is.LessThanOrEqualTo(b.Fit.MinusTwoLogLikelihood + 1e-9));
    }

    [Test]
    public void Alternative_BinnedDifferently_NamesBoth()
    {
        var other = new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 5)], [1, 1, 1, 1, 1]);
        var e = Assert.Throws<ArgumentException>(() => _ = SignalWith(new ShapeSystematic("t", other)));
        Assert.Multiple(() =>
        {
            Assert.That(e!.ParamName, Is.EqualTo("shapeSystematics"));
            Assert.That(e.Message, Does.Contain("'t'").And.Contain("'s'").And.Contain("x [0, 10) × 5").Or.Contain("5"));
        });
        var d = Assert.Throws<ArgumentException>(() => _ = new ShapeSystematic("t", Signal, other));
        Assert.That(d!.ParamName, Is.EqualTo("down"));
    }

    [Test]
    public void Alternative_WithNegativeBinOrNoEvents_IsRefused()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => _ = new ShapeSystematic("t", H(1, -1, 0, 0, 0, 0, 0, 0, 0, 0)))!.ParamName, Is.EqualTo("values"));
        Assert.That(Assert.Throws<ArgumentException>(() => _ = new ShapeSystematic("t", H(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))!.ParamName, Is.EqualTo("up"));
        Assert.That(Assert.Throws<ArgumentException>(() => _ = new ShapeSystematic("t", Signal, H(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))!.ParamName, Is.EqualTo("down"));
    }

    [Test]
    public void RepeatedName_OnOneComponent_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = SignalWith(new ShapeSystematic("t", SignalUp), new ShapeSystematic("t", SignalDown)));
        Assert.That(e!.ParamName, Is.EqualTo("shapeSystematics"));
        Assert.That(e.Message, Does.Contain("'t'").And.Contain("'s'"));
    }

    [Test]
    public void SharedName_WithDifferentRanges_OrAComponentsName_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new BinnedPoissonLikelihood(Background,
            [SignalWith(new ShapeSystematic("t", SignalUp)), BackgroundWith(new ShapeSystematic("t", BackgroundTilt, oneSided: OneSidedShape.PositiveOnly))]));
        Assert.That(e!.ParamName, Is.EqualTo("components"));
        var f = Assert.Throws<ArgumentException>(() => _ = new BinnedPoissonLikelihood(Background, [SignalWith(new ShapeSystematic("b", SignalUp)), BackgroundWith()]));
        Assert.That(f!.ParamName, Is.EqualTo("components"));
    }

    [Test]
    public void BadParameters_AreRefusedByName()
    {
        var l = new BinnedPoissonLikelihood(Background, [SignalWith(new ShapeSystematic("t", SignalUp, oneSided: OneSidedShape.PositiveOnly)), BackgroundWith()]);
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => l.Fit(new Dictionary<string, double> { ["t"] = -0.5 }))!.ParamName, Is.EqualTo("fixedEvents"));
            Assert.That(Assert.Throws<ArgumentException>(() => l.Fit(new Dictionary<string, double> { ["nope"] = 1 }))!.ParamName, Is.EqualTo("fixedEvents"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => l.MinusTwoLogLikelihood([40, 100], [6]))!.ParamName, Is.EqualTo("shapeParameters"));
            Assert.That(Assert.Throws<ArgumentException>(() => l.MinusTwoLogLikelihood([40, 100], []))!.ParamName, Is.EqualTo("shapeParameters"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ShapeSystematic("t", SignalUp, oneSided: (OneSidedShape)7))!.ParamName, Is.EqualTo("oneSided"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ShapeSystematic("t", SignalUp, auxiliary: 6))!.ParamName, Is.EqualTo("auxiliary"));
            Assert.That(Assert.Throws<ArgumentException>(() => l.Components[0].ShapeAt(new Dictionary<string, double> { ["u"] = 0 }))!.ParamName, Is.EqualTo("shapeParameters"));
            Assert.That(Assert.Throws<ArgumentException>(() => l.Fit().ShapeParameterOf("u"))!.ParamName, Is.EqualTo("name"));
        });
    }

    [Test(Description = "PositiveOnly: θ ≥ 0, so data that want θ < 0 leave it at the bound")]
    public void PositiveOnly_StaysAtOrAboveZero()
    {
        var components = new[] { SignalWith(new ShapeSystematic("t", SignalUp, oneSided: OneSidedShape.PositiveOnly)), BackgroundWith() };
        var mirror = new[] { SignalWith(new ShapeSystematic("t", SignalUp)), BackgroundWith() };
        var data = Asimov(mirror, [40, 100], new Dictionary<string, double> { ["t"] = -1 });
        Assert.That(new BinnedPoissonLikelihood(data, components).Fit().ShapeParameterOf("t"), Is.EqualTo(0).Within(1e-12));
        Assert.That(new BinnedPoissonLikelihood(data, mirror).Fit().ShapeParameterOf("t"), Is.LessThan(-0.3));
    }

    [Test]
    public void WithComponent_KeepsOrRebuildsTheShapeParameters()
    {
        var l = new BinnedPoissonLikelihood(H(3, 9, 14, 20, 15, 11, 13, 9, 12, 8), [SignalWith(new ShapeSystematic("t", SignalUp, SignalDown)), BackgroundWith()]);
        Assert.That(l.WithComponent(new TemplateComponent(Signal, Nuisance.Free("s", 40, 0))).ShapeParameters, Is.Empty);
        Assert.That(l.WithComponent(BackgroundWith(new ShapeSystematic("w", BackgroundTilt))).ShapeParameters, Is.EqualTo(new[] { "t", "w" }));
        Assert.That(Assert.Throws<ArgumentException>(() => l.WithComponent(BackgroundWith(new ShapeSystematic("s", BackgroundTilt))))!.ParamName, Is.EqualTo("replacement"));
    }
}
