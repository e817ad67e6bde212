using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class ModelLikelihoodTests
{
    [Test(Description = "The counting likelihood is Eq. (6) at the model's total: the scan through the abstraction equals the χ² lambda point by point")]
    public void CountingLikelihood_IsEquationSixAtTheTotal()
    {
        var experiment = Experiment.Coherent2017;
        var counting = experiment.CreateCountingLikelihood();
        var rates = experiment.CreateRateCalculator();
        var eq6 = experiment.CreateLikelihood();
        var viaInterface = ParameterProfile.ScanModels(counting, x => new StandardModel(x), 0, 0.5, 51);
        var direct = ParameterProfile.Scan(x => eq6.ChiSquared(rates.Total(new StandardModel(x))), 0, 0.5, 51);
        Assert.That(viaInterface.ChiSquared, Is.EqualTo(direct.ChiSquared).Within(1e-12));
        Assert.That(counting.MinusTwoLogLikelihood(StandardModel.Paper), Is.EqualTo(eq6.ChiSquared(167.88375)).Within(1e-4), "167.88 SM events (README numbers)");
    }

    [Test(Description = "Asimov data (the SM template plus every background at its centre) give −2 ln L = 0 at the truth, every normalisation at its centre, and a sin²θ_W minimum at the true 0.2312")]
    public void AsimovData_GiveZeroAtTheTruth()
    {
        var real = Coherent2017SpectralFit.ModelLikelihood();
        var truth = real.For(StandardModel.Paper);
        var asimovValues = new double[real.Data.Count];
        foreach (var c in truth.Components)
        {
            for (int i = 0; i < asimovValues.Length; i++)
            {
                asimovValues[i] += c.Template.Values[i] * c.Normalisation.Central / c.Template.Total;
            }
        }

        var asimov = new Histogram(real.Data.Axes, asimovValues);
        var likelihood = new SpectralLikelihood("asimov", m => real.For(m).Components[0].Template, asimov, truth.Components.Skip(1), 0.28);
        var fit = likelihood.For(StandardModel.Paper).Fit();
        Assert.That(fit.MinusTwoLogLikelihood, Is.EqualTo(0).Within(1e-9));
        foreach (var c in truth.Components)
        {
            Assert.That(fit.EventsOf(c.Name), Is.EqualTo(c.Normalisation.Central).Within(1e-6 * c.Normalisation.Central), c.Name);
        }

        var profile = ParameterProfile.ScanModels(likelihood, x => new StandardModel(x), 0.1, 0.4, 31);
        Assert.That(profile.BestFit, Is.EqualTo(PhysicalConstants.WeakMixingAnglePaper).Within(1e-4));
        Assert.That(profile.MinimumChiSquared, Is.EqualTo(0).Within(1e-6));
    }

    [Test(Description = "A joint likelihood is the sum of its parts; a repeated experiment is refused")]
    public void JointLikelihood_SumsItsParts()
    {
        var csi = Coherent2017SpectralFit.ModelLikelihood();
        var counting = Experiment.Coherent2017.CreateCountingLikelihood();
        var joint = new JointLikelihood([csi, counting]);
        var model = new StandardModel(0.25);
        Assert.That(joint.MinusTwoLogLikelihood(model), Is.EqualTo(csi.MinusTwoLogLikelihood(model) + counting.MinusTwoLogLikelihood(model)).Within(1e-9));
        Assert.That(() => new JointLikelihood([csi, csi]), Throws.ArgumentException.With.Property("ParamName").EqualTo("parts"));
    }

    [Test(Description = "A background template binned differently from the data is refused, naming the component and the data")]
    public void MisbinnedBackground_IsRefusedNamingBoth()
    {
        var csi = Coherent2017SpectralFit.ModelLikelihood();
        var wrong = new TemplateComponent(new Histogram([HistogramAxis.Uniform("x", "", 0, 1, 3)], [1, 1, 1]), Nuisance.Gaussian("neutrons", 3, 1));
        Assert.That(() => new SpectralLikelihood("x", m => csi.Data, csi.Data, [wrong], 0.1, "counts.txt"),
            Throws.ArgumentException.With.Message.Contains("neutrons").And.Message.Contains("counts.txt"));
    }

    [Test(Description = "The spectral model fits reproduce the SM: the CsI 2017 and CENNS-10 sin²θ_W profiles contain 0.2312 at 90 % CL")]
    public void SpectralFits_AllowTheStandardModelWeakAngle()
    {
        foreach (var likelihood in new IModelLikelihood[] { Coherent2017SpectralFit.ModelLikelihood(), Coherent2020LarRelease.ModelLikelihood() })
        {
            var profile = ParameterProfile.ScanModels(likelihood, x => new StandardModel(x), 0.0, 0.5, 51);
            TestContext.Out.WriteLine($"{likelihood.Name}: best {profile.BestFit:F4}, 90 % {string.Join(", ", profile.Intervals(0.9))}");
            Assert.That(profile.Intervals(0.9).Any(i => i.Contains(PhysicalConstants.WeakMixingAnglePaper)), likelihood.Name);
        }
    }
}
