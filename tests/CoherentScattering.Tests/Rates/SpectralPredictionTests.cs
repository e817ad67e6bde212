using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Rates;

public class SpectralPredictionTests
{
    private static readonly double[] Panels = Grid.Linear(0, 48, 13);
    private static readonly Coherent2017SpectralFit.Region Region = new();

    [Test(Description = "Efficiency 1, no smearing and bins covering every recoil: the fold conserves the events at the nodes")]
    public void IdentityResponse_ConservesEvents()
    {
        var prediction = Coherent2017SpectralFit.Prediction(Panels);
        var events = prediction.NodeEvents(StandardModel.Paper);
        var identity = new ResponseChain(new LinearQuenching(1), 1, GaussianResolution.None, PerfectAcceptance.Instance, HistogramAxis.Uniform("E", "keV", 0, 60, 30));
        var folded = prediction.Fold(events, prediction.Matrix(identity));
        Assert.That(folded.Total, Is.EqualTo(events.Total).Within(1e-12 * events.Total));
        Assert.That(events.Total, Is.GreaterThan(300), "all CEvNS recoils of CsI below 48 keVnr, no acceptance");
    }

    [Test(Description = "Both isotopes of CsI share one recoil grid (panels cut at each isotope's endpoints)")]
    public void Isotopes_ShareTheirNodes()
    {
        var events = Coherent2017SpectralFit.Prediction(Panels).NodeEvents(StandardModel.Paper);
        Assert.That(events.RecoilMev(1), Is.EqualTo(events.RecoilMev(0)));
    }

    [Test(Description = "Separable node events (cached basis) equal the kinematic-form path bin by bin, for the SM and an NSI point")]
    public void SeparableNodeEvents_EqualTheKinematicFormPath()
    {
        var calculator = Experiment.Coherent2017.CreateRateCalculator();
        foreach (ICrossSectionModel model in new ICrossSectionModel[] { StandardModel.Paper, NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.3, -0.2)) })
        {
            var nodes = calculator.ComputeAtNodes(model);
            var bins = calculator.ComputeByKinematicForm(model);
            Assert.That(nodes.Total, Is.EqualTo(bins.Total).Within(1e-12 * bins.Total), model.Name);
            for (int c = 0; c < nodes.ComponentCount; c++)
            {
                for (int i = 0; i < nodes.IsotopeKeys.Count; i++)
                {
                    double byBins = Enumerable.Range(0, bins.Bins.Count).Sum(b => bins.Get(c, i, b));
                    Assert.That(nodes.Events(c, i).Sum(), Is.EqualTo(byBins).Within(1e-12 * byBins), $"{model.Name}, component {c}, isotope {i}");
                }
            }
        }
    }

    [Test(Description = "The time fold of each component: its PE spectrum times its time distribution; the components sum to the 1-D fold")]
    public void TimeFold_IsTheSpectrumTimesTheDistributions()
    {
        var prediction = Coherent2017SpectralFit.Prediction(Panels);
        var events = prediction.NodeEvents(StandardModel.Paper);
        var matrix = prediction.Matrix(Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance));
        var times = Coherent2017SpectralFit.TimeDistributions(prediction.Flux, Region);
        var histogram = prediction.Fold(events, matrix, Region.TimeAxis, times);
        double expected = Enumerable.Range(0, events.ComponentCount).Sum(c => prediction.FoldComponent(events, matrix, c).Sum() * times[c].Sum());
        Assert.That(histogram.Total, Is.EqualTo(expected).Within(1e-12 * expected));
        var fused = prediction.Fold(events, Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance), Region.TimeAxis, times);
        Assert.That(fused.Values, Is.EqualTo(histogram.Values).Within(1e-12).Percent, "the chain folded node by node equals its matrix");
        var perBin = prediction.Fold(events, matrix).Values;
        var sum = Enumerable.Range(0, events.ComponentCount).Select(c => prediction.FoldComponent(events, matrix, c)).Aggregate(new double[perBin.Count], (a, b) => a.Zip(b, (x, y) => x + y).ToArray());
        Assert.That(sum, Is.EqualTo(perBin).Within(1e-12).Percent);
    }

    [Test(Description = "Coarse recoil grids give the smeared template of the fine one (0.25 keVnr): 4 keVnr to 1e-9, 8 keVnr (the CsiQuenchingStep benchmark's) to 1e-5")]
    public void SmearedFold_ConvergesInThePanels()
    {
        var chain = Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance);
        double[] Template(double[] panels)
        {
            var p = Coherent2017SpectralFit.Prediction(panels);
            return p.Fold(p.NodeEvents(StandardModel.Paper), p.Matrix(chain)).Values.ToArray();
        }

        var fine = Template(Grid.Linear(0, 48, 193));
        Assert.That(Template(Panels), Is.EqualTo(fine).Within(1e-7).Percent);
        Assert.That(Template(Grid.Linear(0, 48, 7)), Is.EqualTo(fine).Within(1e-3).Percent);
    }

    [Test(Description = "Events or matrices of another prediction and ill-formed time distributions are refused, naming the parameter")]
    public void Mismatches_AreRefused()
    {
        var a = Coherent2017SpectralFit.Prediction(Panels);
        var b = Coherent2017SpectralFit.Prediction(Panels);
        var chain = Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance);
        var events = a.NodeEvents(StandardModel.Paper);
        Assert.That(() => b.Fold(events, b.Matrix(chain)), Throws.ArgumentException.With.Property("ParamName").EqualTo("events"));
        Assert.That(() => a.Fold(events, b.Matrix(chain)), Throws.ArgumentException.With.Property("ParamName").EqualTo("matrix"));
        var times = Coherent2017SpectralFit.TimeDistributions(a.Flux, Region);
        Assert.That(() => a.Fold(events, a.Matrix(chain), Region.TimeAxis, times.Take(2).ToArray()), Throws.ArgumentException.With.Property("ParamName").EqualTo("timeDistributions"));
        Assert.That(() => a.Fold(events, a.Matrix(chain), Region.TimeAxis, [[0.6, 0.6], times[1], times[2]]), Throws.ArgumentException.With.Property("ParamName").EqualTo("timeDistributions"));
        var overOne = Enumerable.Repeat(0.1, Region.TimeAxis.Count).ToArray();
        Assert.That(() => a.Fold(events, a.Matrix(chain), Region.TimeAxis, [overOne, overOne, overOne]), Throws.ArgumentException.With.Message.Contains("sums to"));
    }
}
