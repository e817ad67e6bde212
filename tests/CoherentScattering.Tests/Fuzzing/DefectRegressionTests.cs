using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.IO;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Fuzzing;

/// <summary>
/// One test per defect class a fuzz pass of the public API found (each failed before the fix): hangs and unbounded
/// cost, silent NaN or ±∞, bad input accepted, unclear errors. Calls that could hang run under a time limit, so a
/// regression fails the test instead of the CI run (the limit is a hang guard, not a speed assertion).
/// </summary>
public class DefectRegressionTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static T Within<T>(Func<T> call)
    {
        var task = Task.Run(call);
        Assert.That(task.Wait(HangLimit), Is.True, $"no result within {HangLimit.TotalSeconds} s");
        return task.Result;
    }

    // ----- Hangs and cost that grows without bound -----

    [Test(Description = "Golden-section refinement looped forever when its tolerance was below one ULP of x")]
    public void ProfileScan_RangeNarrowerThanToleranceTimesX_Terminates()
    {
        var profile = Within(() => ParameterProfile.Scan(x => (x - 1) * (x - 1), 1, 1 + 1e-6));
        Assert.That(profile.BestFit, Is.EqualTo(1).Within(1e-8));
    }

    [Test]
    public void ProfileScan_RangeNarrowerThanThePoints_IsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => ParameterProfile.Scan(x => x * x, 1, 1 + 1e-14, 201));
        Assert.That(e!.ParamName, Is.EqualTo("high"));
    }

    [Test]
    public void ProfileScan_CancelledToken_Throws() =>
        Assert.Throws<OperationCanceledException>(() => ParameterProfile.Scan(x => x * x, -1, 1, 101, cancellationToken: new CancellationToken(true)));

    [TestCase(1e8)]
    [TestCase(1e9)]
    [TestCase(1e308)]
    public void SterileRate_HugeSplitting_FinishesAtTheAveragedProbability(double splittingEv2)
    {
        // Continuous (Michel) components only: at these Δm² every panel holds many periods and P → 1 − sin²2θ/2.
        var experiment = Experiment.Coherent2017;
        var delayed = new NeutrinoFlux(experiment.Flux.Components.Where(c => c.Spectrum is MuonDecayAtRestSpectrum), experiment.Flux.Baseline);
        var rates = new EventRateCalculator(delayed, experiment.Detector);
        double unoscillated = rates.Total(StandardModel.Paper);
        double oscillated = Within(() => rates.WithFlux(SterileOscillation.Common(splittingEv2, 0.4).Apply(delayed)).Total(StandardModel.Paper));
        Assert.That(oscillated / unoscillated, Is.EqualTo(1 - 0.4 / 2).Within(2e-4));
    }

    [Test(Description = "The prompt line keeps its exact phase; beyond 1e15 rad the phase has no digits left and is averaged")]
    public void SurvivalProbability_PhaseBeyondDoublePrecision_IsTheAverage() =>
        Assert.That(SterileOscillation.Common(1e308, 1).SurvivalProbability(NeutrinoFlavor.MuonNeutrino, PionDecayAtRest.PromptLineEnergyMev, 19.3), Is.EqualTo(0.5));

    [Test(Description = "Oscillating a tabulated spectrum cost O(thresholds × knots); a table of 10⁶ knots never finished")]
    public void OscillatedTable_MillionKnots_AgreesWithTheSameTriangleInThreeKnots()
    {
        const int knots = 1_000_000;
        var energies = Enumerable.Range(0, knots).Select(i => 1 + 51.0 * i / (knots - 1)).ToArray();
        var dense = new TabulatedSpectrum(energies, energies.Select(e => 52 - e).ToArray());
        var sparse = new TabulatedSpectrum([1, 52], [51, 0]);
        var oscillation = SterileOscillation.Common(3, 0.5);
        var baseline = Length.FromMeters(19.3);
        NeutrinoFlux Flux(INeutrinoSpectrum s) => oscillation.Apply(new NeutrinoFlux([new FluxComponent(NeutrinoFlavor.ElectronNeutrino, 1e14, s)], baseline));
        double[] thresholds = Enumerable.Range(0, 5_000).Select(i => 1 + 50.0 * i / 4_999).ToArray();
        var denseMoments = new SpectrumMoments[thresholds.Length];
        var sparseMoments = new SpectrumMoments[thresholds.Length];
        Within(() =>
        {
            Flux(dense).Components[0].Spectrum.InverseMoments(thresholds, denseMoments);
            return 0;
        });
        Flux(sparse).Components[0].Spectrum.InverseMoments(thresholds, sparseMoments);
        for (int i = 0; i < thresholds.Length; i += 499)
        {
            Assert.That(denseMoments[i].Second, Is.EqualTo(sparseMoments[i].Second).Within(1e-9).Percent, $"threshold {thresholds[i]}");
        }
    }

    [Test(Description = "BinOf scanned every bin per panel and Bins summed once per bin: 10⁵ bins took a minute")]
    public void HundredThousandBins_RatesAndBinsAreLinear()
    {
        var detector = new DetectorResponse(TargetMaterial.Pure(Nuclei.Ge76), Mass.FromKilograms(1), LinearRecoilObservable.RecoilKiloelectronvolts,
            PerfectAcceptance.Instance, DetectorResponse.UniformBins(1, 51, 0.0005));
        Assert.That(detector.BinCount, Is.EqualTo(DetectorResponse.MaxBins));
        var events = Within(() => new EventRateCalculator(Experiment.Coherent2017.Flux, detector).Compute(StandardModel.Paper));
        var bins = Within(() => events.Bins);
        Assert.That(bins.Sum(b => b.Events), Is.EqualTo(events.Total).Within(1e-9).Percent);
    }

    [Test]
    public void TooManyBins_IsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => DetectorResponse.UniformBins(0, 24, 1e-9));
        Assert.That(e!.ParamName, Is.EqualTo("width"));
    }

    // ----- Silent NaN or ±∞ -----

    [Test]
    public void DifferentialCrossSection_AtZeroEnergyAndRecoil_IsZero() =>
        Assert.That(StandardModel.Paper.DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, Energy.Zero, Energy.Zero), Is.Zero);

    [Test(Description = "2E²/(M + 2E) overflowed to ∞/∞ = NaN")]
    public void MaxRecoil_HugeEnergy_IsFiniteAndBelowTheEnergy()
    {
        double t = Kinematics.MaxRecoilMev(1e308, 1.2e5);
        Assert.That(double.IsFinite(t) && t <= 1e308 && t > 0.99e308, Is.True, t.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void MinNeutrinoEnergy_HugeRecoil_IsFinite() =>
        Assert.That(Kinematics.MinNeutrinoEnergyMev(1e308, 1.2e5), Is.EqualTo(1e308).Within(1e-9).Percent);

    [Test]
    public void Grids_OverWholeDoubleRange_AreFiniteAndIncreasing()
    {
        Assert.That(Grid.Linear(-1e308, 1e308, 3), Is.EqualTo(new[] { -1e308, 0, 1e308 }));
        double[] log = Grid.Logarithmic(1e-3, 1e308, 11);
        Assert.That(log.All(double.IsFinite), Is.True);
        Assert.That(log, Is.Ordered.Ascending);
        Assert.That(log[5], Is.EqualTo(Math.Sqrt(1e-3) * 1e154).Within(1e-9).Percent);
        Assert.That(Grid.Logarithmic(double.Epsilon, 1e-3, 2), Is.EqualTo(new[] { double.Epsilon, 1e-3 }));
    }

    [Test]
    public void SurvivalProbability_SubnormalEnergy_IsTheAverage() =>
        Assert.That(SterileOscillation.Common(1, 0.5).SurvivalProbability(NeutrinoFlavor.ElectronNeutrino, double.Epsilon, 19.3), Is.EqualTo(0.75));

    [Test(Description = "Σ A η overflowed, giving 0 or NaN targets")]
    public void TargetMaterial_HugeStoichiometry_EqualsTheSameRatio()
    {
        var huge = new TargetMaterial([new(Nuclei.Cs133, 1e308), new(Nuclei.I127, 1e308)]);
        Assert.That(huge.NucleiPerKilogram(0), Is.EqualTo(TargetMaterial.CesiumIodide.NucleiPerKilogram(0)).Within(1e-12).Percent);
    }

    [TestCase(1e308)]
    [TestCase(1e-320)]
    public void TabulatedSpectrum_ExtremeDensities_NormaliseLikeOrdinaryOnes(double scale)
    {
        var extreme = new TabulatedSpectrum([5, 6, 8], [scale, 1.5 * scale, scale]);
        var ordinary = new TabulatedSpectrum([5, 6, 8], [1, 1.5, 1]);
        Assert.That(extreme.Densities, Is.EqualTo(ordinary.Densities).Within(1e-9).Percent);
    }

    [Test]
    public void Scale_Negative_IsRefused()
    {
        var events = Experiment.Coherent2017.CreateRateCalculator().Compute(StandardModel.Paper);
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => events.Scale(-1))!.ParamName, Is.EqualTo("factor"));
    }

    [Test]
    public void ChiSquaredAt_NaNOrHuge_IsRefused()
    {
        var likelihood = new Likelihood(CountingMeasurement.Coherent2017);
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => likelihood.ChiSquaredAt(double.NaN, 0, 0))!.ParamName, Is.EqualTo("predictedSignal"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => likelihood.ChiSquaredAt(1, 1e300, 0))!.ParamName, Is.EqualTo("signalPull"));
        Assert.That(double.IsFinite(likelihood.ChiSquaredAt(1e40, 1e40, -1e40)), Is.True);
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => likelihood.ChiSquaredAt(1e100, 1e100, 0))!.Message, Does.Contain("not finite"));
    }

    [Test]
    public void Records_NonFiniteFields_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Interval(0, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SpectrumMoments(1, double.PositiveInfinity, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new KinematicForm(double.NaN, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ScatteringPoint(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, -1, 0.5));
    }

    // ----- Inputs accepted that should be errors -----

    [Test]
    public void DuplicateJsonKey_NamesFileAndKey()
    {
        string json = ExperimentFile.PresetJson("coherent-2017-csi").Replace("\"massKilograms\": 14.57", "\"massKilograms\": -5, \"massKilograms\": 1.0", StringComparison.Ordinal);
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(json, "dup.json"));
        Assert.That(e!.Key, Is.EqualTo("detector.massKilograms"));
        Assert.That(e.Message, Does.Contain("dup.json").And.Contain("duplicate"));
    }

    [Test]
    public void ParameterMap_UnsortedOrDuplicateGrid_IsRefused()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => ParameterMap.Scan((x, y) => x + y, [0, 2, 1], [0, 1]))!.ParamName, Is.EqualTo("xGrid"));
        Assert.That(Assert.Throws<ArgumentException>(() => ParameterMap.Scan((x, y) => x + y, [0, 1], [0, 0, 1]))!.ParamName, Is.EqualTo("yGrid"));
    }

    [Test]
    public void UndefinedEnums_AreRefused()
    {
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Likelihood(CountingMeasurement.Coherent2017, (PullTreatment)7))!.ParamName, Is.EqualTo("treatment"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => FlavorMatrix.Zero.With((LeptonFlavor)5, LeptonFlavor.Muon, 0.1))!.ParamName, Is.EqualTo("alpha"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _ = new FluxComponent((NeutrinoFlavor)9, 1, PionDecayAtRest.PromptMuonNeutrino))!.ParamName, Is.EqualTo("flavor"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => VectorNsi.Single((Quark)7, LeptonFlavor.Electron, LeptonFlavor.Electron, 0.1))!.ParamName, Is.EqualTo("quark"));
    }

    [Test]
    public void Nulls_AreRefusedNamingTheParameter()
    {
        Assert.That(Assert.Throws<ArgumentNullException>(() => HelmFormFactor.Paper.Evaluate(null!, 1))!.ParamName, Is.EqualTo("nucleus"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => _ = new NeutrinoFlux([null!], Length.FromMeters(1)))!.ParamName, Is.EqualTo("components"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => _ = new NewPhysicsModel(terms: [null!]))!.ParamName, Is.EqualTo("terms"));
    }

    [Test]
    public void ReleaseHistogram_NaNCut_IsRefused() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Coherent2017Release.Histogram("data_coincidence_beamOn.txt", double.NaN))!.ParamName,
            Is.EqualTo("maxArrivalMicroseconds"));

    [Test(Description = "An ROI above every recoil gave zero events, and its statistics reported the whole scan range as the interval")]
    public void ExperimentFile_RegionOfInterestWithoutEvents_NamesTheKey()
    {
        string json = ExperimentFile.PresetJson("coherent-2017-csi").Replace("\"roiPhotoelectrons\": [ 6, 30 ]", "\"roiPhotoelectrons\": [ 600, 3000 ]", StringComparison.Ordinal);
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(json, "far.json"));
        Assert.That(e!.Key, Is.EqualTo("detector.roiPhotoelectrons"));
        Assert.That(e.Message, Does.Contain("no expected CEvNS events"));
    }

    [Test(Description = "The 1/T magnetic term over a window from T = 0 returned a grid-dependent number")]
    public void MagneticMoment_WindowFromZeroRecoil_IsRefused()
    {
        var detector = new DetectorResponse(TargetMaterial.Pure(Nuclei.Ge76), Mass.FromKilograms(1), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [0, 10]);
        var rates = new EventRateCalculator(Experiment.Coherent2017.Flux, detector);
        var model = NewPhysicsModel.Paper.With(MagneticMoment.Universal(1e-9));
        Assert.That(Assert.Throws<ArgumentException>(() => rates.Total(model))!.ParamName, Is.EqualTo("model"));
        Assert.That(rates.Total(NewPhysicsModel.Paper.With(MagneticMoment.Universal(0))), Is.EqualTo(rates.Total(StandardModel.Paper)).Within(1e-12).Percent);
        var fromOneKeV = new EventRateCalculator(Experiment.Coherent2017.Flux, detector.WithBins([1, 10]));
        Assert.That(fromOneKeV.Total(model), Is.GreaterThan(fromOneKeV.Total(StandardModel.Paper)));
    }

    // ----- Unclear errors -----

    [Test]
    public void ExpectedEvents_IndexOutOfRange_NamesTheIndex()
    {
        var events = Experiment.Coherent2017.CreateRateCalculator().Compute(StandardModel.Paper);
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => events.Get(0, 0, 99))!.ParamName, Is.EqualTo("bin"));
    }

    [Test(Description = "ToFlux() blamed fluencePerSquareCentimeter for an extreme POT")]
    public void PionDecayAtRest_ExtremeProtonsOnTarget_BlamesThem()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PionDecayAtRest(1e300, 0.08, Length.FromMeters(1e-20)));
        Assert.That(e!.ParamName, Is.EqualTo("protonsOnTarget").Or.EqualTo("baseline"));
    }

    [Test(Description = "ScatteringPoint.Create blamed momentumTransferMev")]
    public void ScatteringPoint_HugeRecoil_BlamesTheRecoil() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 1e308))!.ParamName, Is.EqualTo("recoilMev"));

    [Test(Description = "Documented as valid (A ≤ 318) but refused because N > 200")]
    public void Nucleus_U300_IsAccepted() =>
        Assert.That(Nucleus.FromProtonsAndMassNumber("U300", 92, 300).Neutrons, Is.EqualTo(208));

    [Test]
    public void TypedCsvReader_ValueError_NamesFileAndLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => TabulatedSpectrum.Parse(new StringReader("# spectrum\nenergy,density\n1,1\n3,1\n2,1\n"), "spec.csv"));
        Assert.That((e!.FileName, e.Line, e.Column), Is.EqualTo(("spec.csv", 5, 1)));
        var b = Assert.Throws<CsvFormatException>(() => BinnedCounts.Parse(new StringReader("low,high,counts,uncertainty\n0,1,5,1\n1,2,3,-1"), "data.csv"));
        Assert.That((b!.Line, b.Column), Is.EqualTo((3, 4)));
    }

    [Test]
    public void LoneSurrogateInJson_IsAFormatError()
    {
        string json = ExperimentFile.PresetJson("coherent-2017-csi").Replace("COHERENT 2017 CsI[Na]", "COHERENT \uD800", StringComparison.Ordinal);
        Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(json, "surrogate.json"));
    }

    [Test(Description = "Extreme numbers loaded, then failed later naming neither file nor key")]
    public void ExperimentFile_ExtremeMass_FailsAtLoadNamingTheKey()
    {
        string json = ExperimentFile.PresetJson("coherent-2017-csi").Replace("\"massKilograms\": 14.57", "\"massKilograms\": 1e300", StringComparison.Ordinal);
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(json, "heavy.json"));
        Assert.That(e!.Key, Is.EqualTo("detector.massKilograms"));
    }
}
