using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace ReactorGermanium;

/// <summary>The reactor germanium experiment of docs/reactor-sources.md built in C#, key for key the preset
/// <c>dresden-ii-ge.json</c>.</summary>
internal static class DresdenStyleExperiment
{
    public static Experiment Build()
    {
        // The core: 2.96 GW_th, mid-cycle fission fractions, 10.39 m, 96.4 live days; Huber–Mueller 2–8 MeV.
        var reactor = new ReactorSource(
            Power.FromMegawatts(2960),
            new FissionFractions(u235: 0.58, u238: 0.07, pu239: 0.30, pu241: 0.05),
            Length.FromMeters(10.39),
            Duration.FromDays(96.4));

        // 2.924 kg of natural germanium; true recoils integrated over 0–3 keVnr in 0.05-keV panels.
        var recoils = new DetectorResponse(
            TargetMaterial.Natural(Elements.Germanium),
            Mass.FromKilograms(2.924),
            LinearRecoilObservable.RecoilKiloelectronvolts,
            PerfectAcceptance.Instance,
            DetectorResponse.UniformBins(low: 0, high: 3, width: 0.05));

        // Lindhard k = 0.157, σ² = (68.5 eV)² + ηF·E_ee, perfect efficiency, 0.2–1.5 keVee in 50-eV bins.
        var response = new ResponseChain(
            new LindhardQuenching(k: 0.157, z: 32),
            unitsPerKiloelectronvoltElectronEquivalent: 1,
            new GaussianResolution(squareRootCoefficient: 0.018045, constantWidth: 0.0685),
            PerfectAcceptance.Instance,
            HistogramAxis.Uniform("energy", "keVee", 0.2, 1.5, 26));

        return new Experiment("Dresden-II-like reactor germanium (prediction)", reactor, recoils).WithResponse(response);
    }

    /// <summary>The same experiment without its response chain: the true nuclear-recoil spectrum in the 0.05-keVnr
    /// panels of <see cref="Build"/> (0–3 keVnr, no threshold, perfect efficiency).</summary>
    public static Experiment RecoilSpectrum()
    {
        var experiment = Build();
        return new Experiment("Dresden-II-like reactor germanium, nuclear recoils", experiment.Source, experiment.Detector);
    }

    /// <summary>The same experiment with the resolution switched off (quenching, efficiency and bins kept): each recoil
    /// lands in the bin of its mean electron-equivalent energy. The columns of such a chain jump where E_ee(T) crosses a
    /// bin edge; the rate calculation cuts its recoil panels there (<see cref="ResponseChain.RecoilDiscontinuitiesMev"/>),
    /// so the numbers are those of the preset with <c>"resolution": {"type": "none"}</c>.</summary>
    public static Experiment WithoutSmearing()
    {
        var experiment = Build();
        return new Experiment("Dresden-II-like reactor germanium, no smearing", experiment.Source, experiment.Detector)
            .WithResponse(experiment.Response!.WithResolution(GaussianResolution.None));
    }
}
