using BenchmarkDotNet.Attributes;
using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

namespace CoherentScattering.Benchmarks;

/// <summary>Where the time of <see cref="SpectralBenchmarks.ColdSmCount"/> goes: the detector, the flux, the recoil
/// nodes, the spectral moments, the calculator and the first total (diagnostic; not followed over time).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ColdCountBreakdown
{
    private Experiment experiment = null!;
    private DetectorResponse detector = null!;
    private NeutrinoFlux flux = null!;
    private Rates.RecoilNodes[] nodes = null!;
    private SpectrumMoments[] moments = null!;
    private EventRateCalculator calculator = null!;
    private KinematicForm[] forms = null!;
    private double[] transfers = null!, observables = null!, scratch = null!;

    [GlobalSetup]
    public void Setup()
    {
        experiment = Experiment.Coherent2017;
        detector = NewDetector();
        flux = experiment.Flux;
        nodes = [.. detector.Target.Isotopes.Select(i => Rates.RecoilNodes.Build(i.Nucleus, detector.Target.FormFactor, detector, flux, RateIntegration.Default))];
        moments = new SpectrumMoments[nodes[0].Count];
        calculator = new EventRateCalculator(flux, detector);
        forms = new KinematicForm[nodes[0].Count];
        transfers = [.. nodes[0].RecoilMev.Select(t => Nuclear.Kinematics.MomentumTransferMev(t, detector.Target.Isotopes[0].Nucleus.MassMev))];
        observables = [.. nodes[0].RecoilMev.Select(detector.Observable.FromRecoilMev)];
        scratch = new double[transfers.Length];
    }

    private DetectorResponse NewDetector()
    {
        var d = experiment.Detector;
        return new DetectorResponse(d.Target, Mass.FromKilograms(14.57), d.Observable, d.Acceptance, d.BinEdges);
    }

    [Benchmark]
    public DetectorResponse Detector() => NewDetector();

    [Benchmark]
    public NeutrinoFlux Flux() => experiment.Flux;

    [Benchmark]
    public object Nodes()
    {
        object last = null!;
        foreach (var isotope in detector.Target.Isotopes)
        {
            last = Rates.RecoilNodes.Build(isotope.Nucleus, detector.Target.FormFactor, detector, flux, RateIntegration.Default);
        }

        return last;
    }

    [Benchmark]
    public SpectrumMoments Moments()
    {
        foreach (var component in flux.Components)
        {
            foreach (var n in nodes)
            {
                component.Spectrum.InverseMoments(n.MinNeutrinoMev, moments);
            }
        }

        return moments[0];
    }

    [Benchmark]
    public SpectrumMoments MichelMoments()
    {
        flux.Components[0].Spectrum.InverseMoments(nodes[0].MinNeutrinoMev, moments);
        return moments[0];
    }

    [Benchmark]
    public SpectrumMoments LineMoments()
    {
        flux.Components[1].Spectrum.InverseMoments(nodes[0].MinNeutrinoMev, moments);
        return moments[0];
    }

    [Benchmark]
    public double HelmBatch()
    {
        var helm = (Nuclear.IBatchFormFactor)Nuclear.HelmFormFactor.Paper;
        helm.EvaluateSquared(detector.Target.Isotopes[0].Nucleus, transfers, scratch);
        helm.EvaluateSquared(detector.Target.Isotopes[1].Nucleus, transfers, scratch);
        return scratch[0];
    }

    [Benchmark]
    public double AcceptanceBatch()
    {
        var acceptance = (IBatchAcceptance)detector.Acceptance;
        acceptance.Evaluate(observables, scratch);
        acceptance.Evaluate(observables, scratch);
        return scratch[0];
    }

    [Benchmark]
    public KinematicForm BatchForms()
    {
        var batch = (IBatchBasisForm)StandardBasis.Vector;
        batch.Evaluate(detector.Target.Isotopes[0].Nucleus, nodes[0].RecoilMev, nodes[0].FormFactorSquared, forms);
        batch.Evaluate(detector.Target.Isotopes[1].Nucleus, nodes[1].RecoilMev, nodes[1].FormFactorSquared, forms);
        return forms[0];
    }

    [Benchmark]
    public double Contributions()
    {
        double s = 0;
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                var w = nodes[i].Weight;
                for (int k = 0; k < forms.Length; k++)
                {
                    s += w[k] * forms[k].Integrate(moments[k]);
                }
            }
        }

        return s;
    }

    [Benchmark]
    public object BasisIntegration() => calculator.IntegrateBasis(StandardBasis.Vector);

    [Benchmark]
    public EventRateCalculator Calculator() => new(flux, detector);

    [Benchmark]
    public double CalculatorAndTotal() => new EventRateCalculator(flux, detector).Total(StandardModel.Paper);
}
