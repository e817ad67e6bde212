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
/// Pools of hostile and ordinary argument values, one pool per parameter type of the public API. Every pool mixes
/// values a careful user passes with the ones a fuzzer passes: NaN, ±∞, subnormals, ±1e308, zero, negatives, empty,
/// unsorted and duplicate arrays, null, undefined enum values, absurd objects built through the public API.
/// </summary>
/// <remarks>Objects are built lazily through public constructors; a candidate whose construction the library refuses is
/// simply not in the pool (the refusal itself is fuzzed as a constructor call).</remarks>
internal sealed class HostileValues
{
    public static readonly double[] Doubles =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, 1e-300, -1e-300,
        1e308, -1e308, double.MaxValue, 0.0, -0.0, -1.0, 1e-12, 1e-3, 0.25, 0.5, 1.0, 2.0, 19.3, 30.0, 1e6,
    ];

    public static readonly double[] FiniteDoubles = Doubles.Where(double.IsFinite).ToArray();

    public static readonly int[] Ints = [int.MinValue, -1, 0, 1, 2, 3, 5, 8, 25, 201, 1_000_000, int.MaxValue];

    private static readonly string LongText = new('x', 100_000);

    // A reactor germanium experiment counted through a Lindhard + Gaussian response chain.
    private static Experiment FoldedGermanium => new Experiment("folded Ge", Reactor(2960e6, 10.39, 96.4),
            new DetectorResponse(TargetMaterial.Natural(Elements.Germanium), Mass.FromKilograms(1), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance,
                DetectorResponse.UniformBins(0, 3, 0.1)))
        .WithResponse(new ResponseChain(LindhardQuenching.Germanium, 1, new GaussianResolution(0.018, 0.07), PerfectAcceptance.Instance, HistogramAxis.Uniform("E", "keVee", 0.2, 1, 8)));

    public static readonly string?[] Strings = [null, "", "   ", "Cs133", "Ge76", "x", "\uD800", LongText, "data_coincidence_beamOn.txt", "coherent-2017-csi", "nu_e"];

    private readonly Dictionary<Type, Lazy<object?[]>> pools = new();

    public HostileValues()
    {
        Add<double>(() => Doubles.Cast<object?>().ToArray());
        Add<double?>(() => Doubles.Select(d => (object?)(double?)d).Append(null).ToArray());
        Add<float>(() => Doubles.Select(d => (object?)(float)d).ToArray());
        Add<int>(() => Ints.Cast<object?>().ToArray());
        Add<long>(() => Ints.Select(i => (object?)(long)i).ToArray());
        Add<bool>(() => [true, false]);
        Add<string>(() => Strings.Cast<object?>().ToArray());
        Add<CancellationToken>(() => [CancellationToken.None, CancellationToken.None, new CancellationToken(true)]);
        Add<IProgress<double>>(() => [null, new Progress<double>(_ => { })]);
        Add<TextWriter>(() => [null, new StringWriter(), new StringWriter()]);
        Add<TextReader>(() => MalformedCsv.Texts.Select(t => (object?)new StringReader(t)).Prepend(null).ToArray());

        AddEnum<NeutrinoFlavor>();
        AddEnum<LeptonFlavor>();
        AddEnum<PullTreatment>();
        AddEnum<AcceptanceEvaluation>();
        AddEnum<Coherent2021CsIQuenchingCurve>();
        AddEnum<Coherent2021CsIEfficiencyCurve>();
        AddEnum<TabulatedQuenchingQuantity>();
        AddEnum<Quark>();
        AddEnum<FissionIsotope>();
        AddEnum<ReactorSpectrumModel>();

        Add<Energy>(() => Build(FiniteDoubles.Append(1e250).Select(d => (Func<Energy>)(() => Energy.FromMegaelectronvolts(d))).ToArray()));
        Add<Length>(() => Build(FiniteDoubles.Append(1e250).Select(d => (Func<Length>)(() => Length.FromMeters(d))).ToArray()));
        Add<Mass>(() => Build(FiniteDoubles.Append(1e250).Select(d => (Func<Mass>)(() => Mass.FromKilograms(d))).ToArray()));
        Add<Area>(() => Build(FiniteDoubles.Append(-3e-32).Append(1e250).Select(d => (Func<Area>)(() => Area.FromSquareCentimeters(d))).ToArray()));
        Add<Duration>(() => Build(FiniteDoubles.Append(1e250).Select(d => (Func<Duration>)(() => Duration.FromSeconds(d))).ToArray()));
        Add<Power>(() => Build(FiniteDoubles.Append(1e250).Select(d => (Func<Power>)(() => Power.FromWatts(d))).ToArray()));
        Add<FissionFractions>(() => Build<FissionFractions>(
            () => null, () => new FissionFractions(0.58, 0.07, 0.30, 0.05), () => new FissionFractions(1, 0, 0, 0), () => new FissionFractions(0, 0, 0, 1),
            () => new FissionFractions(0.2495, 0.25, 0.25, 0.25)));
        Add<FissionEnergies>(() => Build<FissionEnergies>(
            () => null, () => FissionEnergies.Ma2013,
            () => new FissionEnergies(Energy.FromMegaelectronvolts(180), Energy.FromMegaelectronvolts(230), Energy.FromMegaelectronvolts(180), Energy.FromMegaelectronvolts(230))));
        Add<ReactorSource>(() => Build<ReactorSource>(
            () => null, () => Reactor(2960e6, 10.39, 96.4), () => Reactor(1e-300, 1e250, 1e-300), () => Reactor(1e250, 1e-300, 1e10),
            () => new ReactorSource(Power.FromWatts(1e9), new FissionFractions(0, 1, 0, 0), Length.FromMeters(1), Duration.FromSeconds(1), ReactorSpectrumModel.HuberMuellerExtrapolated)));
        Add<FluxRateComponent>(() => Build<FluxRateComponent>(() => null,
            () => FluxRateComponent.Line(NeutrinoFlavor.ElectronNeutrino, Energy.FromMegaelectronvolts(0.747), 1e12),
            () => FluxRateComponent.FromTable(NeutrinoFlavor.ElectronAntineutrino, new TabulatedSpectrum([2, 8], [1e13, 0])),
            () => FluxRateComponent.FromTable(NeutrinoFlavor.TauAntineutrino, new TabulatedSpectrum([1e-9, 1e6], [1e-300, 1e-300])),
            () => new FluxRateComponent(NeutrinoFlavor.MuonNeutrino, 1e250, new MonoenergeticSpectrum(1e-9))));
        Add<IEnumerable<FluxRateComponent>>(() => [null, Array.Empty<FluxRateComponent>(), new FluxRateComponent[] { null! }, For(typeof(FluxRateComponent)).OfType<FluxRateComponent>().ToArray()]);
        Add<TabulatedSource>(() => Build<TabulatedSource>(() => null,
            () => new TabulatedSource(For(typeof(FluxRateComponent)).OfType<FluxRateComponent>().Take(2).ToArray(), Length.FromMeters(10), Duration.FromDays(1)),
            () => new TabulatedSource([FluxRateComponent.Line(NeutrinoFlavor.ElectronNeutrino, Energy.FromMegaelectronvolts(1e6), 1)], Length.FromMeters(1e-300), Duration.FromSeconds(1e-300))));
        Add<INeutrinoSource>(() => [null, .. For(typeof(ReactorSource)).Skip(1), .. For(typeof(PionDecayAtRest)).Skip(1), .. For(typeof(TabulatedSource)).Skip(1)]);

        Add<double[]>(() => Arrays().Cast<object?>().ToArray());
        Add<IReadOnlyList<double>>(() => Arrays().Cast<object?>().ToArray());
        Add<IEnumerable<double>>(() => Arrays().Cast<object?>().ToArray());

        Add<Nucleus>(() => Build<Nucleus>(
            () => null, () => Nuclei.Cs133, () => Nuclei.I127, () => Nuclei.Ar40, () => Nuclei.Na23,
            () => new Nucleus("H1", 1, 0), () => Nucleus.FromProtonsAndMassNumber("U238", 92, 238),
            () => Nuclei.Cs133.WithMassMegaelectronvolts(1e-300), () => Nuclei.Cs133.WithSpinExcess(1, -1)));
        Add<IFormFactor>(() => Build<IFormFactor>(
            () => null, () => HelmFormFactor.Paper, () => KleinNystrandFormFactor.Coherent, () => SymmetrizedFermiFormFactor.LewinSmith,
            () => UnitFormFactor.Instance, () => new HelmFormFactor(10, 10), () => new HelmFormFactor(double.Epsilon, 0),
            () => new SymmetrizedFermiFormFactor(double.Epsilon), () => new KleinNystrandFormFactor(10, 10)));
        Add<INeutrinoSpectrum>(() => Build<INeutrinoSpectrum>(
            () => null, () => MuonDecayAtRestSpectrum.ElectronNeutrino, () => MuonDecayAtRestSpectrum.MuonAntineutrino,
            () => PionDecayAtRest.PromptMuonNeutrino, () => new MonoenergeticSpectrum(double.Epsilon), () => new MonoenergeticSpectrum(1e308),
            () => new TabulatedSpectrum([0, 10, 52.8], [1, 2, 0]), () => new TabulatedSpectrum([5, 6], [1e308, 1e308]),
            () => new TabulatedSpectrum([1e-300, 2e-300], [1, 1]), () => new TabulatedSpectrum([0, 1e308], [1e-320, 1e-320]),
            () => Flux(PionFlux().Value, SterileOscillation.Common(1e308, 0.5))!.Components[0].Spectrum,
            () => Flux(PionFlux().Value, SterileOscillation.Common(1, 0.5))!.Components[0].Spectrum,
            () => new ReactorAntineutrinoSpectrum(new FissionFractions(0.58, 0.07, 0.30, 0.05)),
            () => new ReactorAntineutrinoSpectrum(new FissionFractions(0, 1, 0, 0), ReactorSpectrumModel.HuberMuellerExtrapolated)));
        Add<FluxComponent>(() => Build<FluxComponent>(
            () => null, () => PionFlux().Value!.Components[0],
            () => new FluxComponent(NeutrinoFlavor.TauAntineutrino, 1e308, MuonDecayAtRestSpectrum.ElectronNeutrino),
            () => new FluxComponent(NeutrinoFlavor.MuonNeutrino, 0, PionDecayAtRest.PromptMuonNeutrino, "")));
        Add<IEnumerable<FluxComponent>>(() => [null, Array.Empty<FluxComponent>(), new FluxComponent[] { null! }, PionFlux().Value!.Components]);
        Add<NeutrinoFlux>(() => Build<NeutrinoFlux>(
            () => null, () => PionFlux().Value, () => PionFlux().Value!.Scale(1e300),
            () => Flux(PionFlux().Value, SterileOscillation.Common(1e308, 1)), () => Flux(PionFlux().Value, SterileOscillation.Common(1e9, 0.3)),
            () => new NeutrinoFlux([new FluxComponent(NeutrinoFlavor.ElectronAntineutrino, 1e12, new TabulatedSpectrum([1, 8], [1, 0]))], Length.FromMeters(1e-300))));
        Add<PionDecayAtRest>(() => Build<PionDecayAtRest>(
            () => null, () => new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3)), () => new PionDecayAtRest(1e308, 1e308, Length.FromMeters(1e-300)),
            () => new PionDecayAtRest(double.Epsilon, double.Epsilon, Length.FromMeters(1e308))));

        Add<TargetIsotope>(() => Build<TargetIsotope>(() => null, () => new TargetIsotope(Nuclei.Ge76, 1), () => new TargetIsotope(Nuclei.Cs133, 1e308)));
        Add<IEnumerable<TargetIsotope>>(() => [null, Array.Empty<TargetIsotope>(), new TargetIsotope[] { null! },
            new[] { new TargetIsotope(Nuclei.Cs133, 1e308), new TargetIsotope(Nuclei.I127, 1e308) },
            new[] { new TargetIsotope(Nuclei.Cs133, double.Epsilon), new TargetIsotope(Nuclei.I127, 1) }]);
        Add<TargetMaterial>(() => Build<TargetMaterial>(
            () => null, () => TargetMaterial.CesiumIodide, () => TargetMaterial.Pure(Nuclei.Ar40),
            () => new TargetMaterial([new(Nuclei.Cs133, 1e308), new(Nuclei.I127, 1e308)]),
            () => TargetMaterial.Pure(new Nucleus("H1", 1, 0), new HelmFormFactor(10, 10))));
        Add<IsotopeAbundance>(() => Build<IsotopeAbundance>(() => null, () => new IsotopeAbundance(Nuclei.Ge76, 1), () => new IsotopeAbundance(Nuclei.H2, double.Epsilon)));
        Add<IEnumerable<IsotopeAbundance>>(() => [null, Array.Empty<IsotopeAbundance>(), new IsotopeAbundance[] { null! }, Elements.Xenon.Isotopes,
            new IsotopeAbundance[] { new(Nuclei.Ge70, 1 - 5e-5), new(Nuclei.Ge72, 1e-300) }]);
        Add<NuclearSpin>(() => Build<NuclearSpin>(() => null, () => new NuclearSpin(0.5, 0.5, -0.5), () => new NuclearSpin(20, -20, 20), () => new NuclearSpin(4.5, 0.031, 0.439)));
        Add<Element>(() => Build<Element>(() => null, () => Elements.Germanium, () => Elements.Hydrogen, () => Elements.Tungsten,
            () => new Element("Ge", [new(Nuclei.Ge76, 1)])));
        Add<IEnumerable<(Element Element, double Atoms)>>(() => [null, Array.Empty<(Element, double)>(), new (Element, double)[] { (null!, 1) },
            new[] { (Elements.Calcium, 1.0), (Elements.Tungsten, 1.0), (Elements.Oxygen, 4.0) }, new[] { (Elements.Hydrogen, 1e308), (Elements.Oxygen, 1e-300) }]);
        Add<IRecoilObservable>(() => Build<IRecoilObservable>(
            () => null, () => LinearRecoilObservable.Coherent2017Photoelectrons, () => LinearRecoilObservable.RecoilKiloelectronvolts,
            () => LinearRecoilObservable.Photoelectrons(double.Epsilon), () => LinearRecoilObservable.Photoelectrons(1e308)));
        Add<IAcceptance>(() => Build<IAcceptance>(
            () => null, () => PerfectAcceptance.Instance, () => Coherent2017Acceptance.Continuous, () => Coherent2017Acceptance.BinCentres,
            () => new TabulatedAcceptance([0, 1, 2], [0, 0.5, 1]), () => new TabulatedAcceptance([-1e308, 1e308], [0, 0]),
            () => LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal), () => LogisticEfficiency.Coherent2021CsI(-5),
            () => new LogisticEfficiency(1e3, -1e3, 1e6, -1e3), () => new LogisticEfficiency(-1e3, double.Epsilon, -1e6, 1e3), () => new LogisticEfficiency(0, 0, 0, 0.5),
            () => ExponentialTailEfficiency.Coherent2021CsIMicroseconds, () => new ExponentialTailEfficiency(-1e9, 1e6), () => new ExponentialTailEfficiency(1e9, 0)));
        Add<DetectorResponse>(() => Build<DetectorResponse>(
            () => null, () => Experiment.Coherent2017.Detector,
            () => new DetectorResponse(TargetMaterial.Pure(Nuclei.Ge76), Mass.FromKilograms(1), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [0, 1, 50]),
            () => new DetectorResponse(TargetMaterial.Pure(Nuclei.Ge76), Mass.FromKilograms(1), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [1e6, 2e6]),
            () => new DetectorResponse(TargetMaterial.CesiumIodide, Mass.FromKilograms(1e308), LinearRecoilObservable.Coherent2017Photoelectrons, Coherent2017Acceptance.BinCentres, [0, 5]),
            () => new DetectorResponse(TargetMaterial.CesiumIodide, Mass.FromKilograms(14.57), LinearRecoilObservable.Photoelectrons(1e308), PerfectAcceptance.Instance, [0, 1e-300, 1e308])));

        Add<ICrossSectionModel>(() => Models());
        Add<ISeparableCrossSection>(() => Models().Where(m => m is null or ISeparableCrossSection).ToArray());
        Add<StandardModel>(() => Build<StandardModel>(() => null, () => StandardModel.Paper, () => new StandardModel(2, includeAxialTerm: true), () => new StandardModel(-1)));
        Add<IBasisForm>(() => [null, StandardBasis.Vector, StandardBasis.Axial, NewPhysicsBasis.Tensor, NewPhysicsBasis.Magnetic]);
        Add<IVectorChargeShift>(() => Shifts());
        Add<IIncoherentTerm>(() => Terms());
        Add<IEnumerable<IVectorChargeShift>>(() => [null, Array.Empty<IVectorChargeShift>(), new IVectorChargeShift[] { null! }, Shifts().OfType<IVectorChargeShift>().ToArray()]);
        Add<IEnumerable<IIncoherentTerm>>(() => [null, Array.Empty<IIncoherentTerm>(), new IIncoherentTerm[] { null! }, Terms().OfType<IIncoherentTerm>().Take(2).ToArray()]);
        Add<FlavorMatrix>(() => Build<FlavorMatrix>(() => null, () => FlavorMatrix.Zero, () => FlavorMatrix.Zero.With(LeptonFlavor.Electron, LeptonFlavor.Muon, 1e308)));
        Add<FlavorValues>(() => Build(() => FlavorValues.Zero, () => FlavorValues.Universal(double.NaN), () => new FlavorValues(1e308, -1e308, 0)));
        Add<VectorNsi>(() => Shifts().OfType<VectorNsi>().Prepend(null).Cast<object?>().ToArray());
        Add<TensorNsi>(() => Terms().OfType<TensorNsi>().Prepend(null).Cast<object?>().ToArray());
        Add<ChargeRadius>(() => Shifts().OfType<ChargeRadius>().Prepend(null).Cast<object?>().ToArray());
        Add<MagneticMoment>(() => Terms().OfType<MagneticMoment>().Prepend(null).Cast<object?>().ToArray());
        Add<VectorMediator>(() => Shifts().OfType<VectorMediator>().Prepend(null).Cast<object?>().ToArray());
        Add<ScalarMediator>(() => Terms().OfType<ScalarMediator>().Prepend(null).Cast<object?>().ToArray());
        Add<NewPhysicsModel>(() => Models().OfType<NewPhysicsModel>().Prepend(null).Cast<object?>().ToArray());
        Add<SterileOscillation>(() => Build<SterileOscillation>(
            () => null, () => SterileOscillation.Common(1, 0.5), () => SterileOscillation.Common(1e308, 1),
            () => SterileOscillation.NeutralCurrent(1e9, 0.1, 0.1).WithBaselineSpread(Length.FromMeters(1e308))));

        Add<ScatteringPoint>(() => Build<ScatteringPoint>(
            () => ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01), () => ScatteringPoint.Create(NeutrinoFlavor.MuonAntineutrino, Nuclei.I127, 0),
            () => ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, Nuclei.Ar40, 1e308), () => ScatteringPoint.Create(NeutrinoFlavor.TauNeutrino, Nuclei.Na23, double.Epsilon),
            () => default(ScatteringPoint), () => new ScatteringPoint((NeutrinoFlavor)9, Nuclei.Cs133, -1, double.NaN),
            () => ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01).WithNucleonFormFactors(0.8, -0.1),
            () => ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, new Nucleus("H1", 1, 0), 1e308).WithNucleonFormFactors(-1, 1)));
        Add<SpectrumMoments>(() => Build(() => default(SpectrumMoments), () => new SpectrumMoments(1, 0.1, 0.01), () => new SpectrumMoments(double.NaN, 1e308, -1), () => new SpectrumMoments(1e308, 1e308, 1e308)));
        Add<KinematicForm>(() => Build(() => default(KinematicForm), () => new KinematicForm(1, 1, 1), () => new KinematicForm(double.NaN, 1e308, -1e308), () => new KinematicForm(1e308, 1e308, -1e308)));

        Add<RateIntegration>(() => Build<RateIntegration>(() => null, () => RateIntegration.Default, () => new RateIntegration { NodesPerPanel = 256, Subdivisions = 1000 },
            () => new RateIntegration { NodesPerPanel = -1, Subdivisions = 0 }));
        Add<EventRateCalculator>(() => Build<EventRateCalculator>(
            () => null, () => Experiment.Coherent2017.CreateRateCalculator(),
            () => new EventRateCalculator(Flux(PionFlux().Value, SterileOscillation.Common(1e4, 0.5))!, Experiment.Coherent2017.Detector)));
        Add<ExpectedEvents>(() => Build<ExpectedEvents>(() => null, () => Experiment.Coherent2017.CreateRateCalculator().Compute(StandardModel.Paper)));
        Add<CountingMeasurement>(() => Build<CountingMeasurement>(() => null, () => CountingMeasurement.Coherent2017, () => new CountingMeasurement(-1e308, 1e308, 1e308, 1e308, double.Epsilon)));
        Add<Likelihood>(() => Build<Likelihood>(() => null, () => new Likelihood(CountingMeasurement.Coherent2017), () => new Likelihood(CountingMeasurement.Coherent2017, PullTreatment.SignalOnly)));
        Add<Experiment>(() => Build<Experiment>(() => null, () => Experiment.Coherent2017, () => FoldedGermanium));
        Add<ReconstructedRateCalculator>(() => Build<ReconstructedRateCalculator>(() => null, () => FoldedGermanium.CreateReconstructedRateCalculator()));
        Add<Func<double, double>>(() => [null, (Func<double, double>)(x => (x - 1) * (x - 1)), (Func<double, double>)(_ => double.NaN),
            (Func<double, double>)(x => 1 / x), (Func<double, double>)(_ => 0), (Func<double, double>)(x => -x * x), (Func<double, double>)(Math.Abs)]);
        Add<Func<double, double, double>>(() => [null, (Func<double, double, double>)((x, y) => x * x + y * y), (Func<double, double, double>)((_, _) => double.NaN),
            (Func<double, double, double>)((x, y) => 1 / (x * y))]);
        Add<Func<double, Func<double, double>>>(() => [null, (Func<double, Func<double, double>>)(y => x => x * x + y * y),
            (Func<double, Func<double, double>>)(_ => null!), (Func<double, Func<double, double>>)(_ => _ => double.PositiveInfinity)]);
        Add<ParameterProfile>(() => Build<ParameterProfile>(() => null, () => ParameterProfile.Scan(x => (x - 1) * (x - 1), -2, 4, 61), () => ParameterProfile.Scan(_ => 0, 0, 1, 3)));
        Add<ParameterMap>(() => Build<ParameterMap>(() => null, () => ParameterMap.Scan((x, y) => x * x + y * y, Grid.Linear(-2, 2, 21), Grid.Linear(-2, 2, 21))));
        Add<QuadraticRate>(() => Build<QuadraticRate>(() => null, () => QuadraticRate.Fit(x => 1 + x * x, 0, 1, 2)));
        Add<QuadraticSurface>(() => Build<QuadraticSurface>(() => null, () => QuadraticSurface.Fit((x, y) => x * y, 0, 1, 0, 1)));
        Add<CsvTable>(() => Build<CsvTable>(() => null, () => CsvTable.Parse(new StringReader("a,b\n1,2\n3,4"), "t.csv")));
        Add<BinnedCounts>(() => Build<BinnedCounts>(() => null, () => new BinnedCounts([0, 1], [1, 2], [3, -1], [1, 1])));
        Add<TabulatedSpectrum>(() => Build<TabulatedSpectrum>(() => null, () => new TabulatedSpectrum([0, 10, 52.8], [1, 2, 0])));
        Add<TabulatedAcceptance>(() => Build<TabulatedAcceptance>(() => null, () => new TabulatedAcceptance([0, 1, 2], [0, 0.5, 1])));
        Add<HelmFormFactor>(() => Build<HelmFormFactor>(() => null, () => HelmFormFactor.Paper, () => new HelmFormFactor(10, 10)));
        Add<NucleonDistribution>(() => Distributions());
        Add<IEnumerable<NucleonDistribution>>(() => [null, Array.Empty<NucleonDistribution>(), new NucleonDistribution[] { null! }, Distributions().OfType<NucleonDistribution>().Take(2).ToArray(),
            Distributions().OfType<NucleonDistribution>().Skip(2).Take(1).Concat(Distributions().OfType<NucleonDistribution>().Skip(2).Take(1)).ToArray()]);
        Add<NucleonCharges>(() => Build(() => default(NucleonCharges), () => new NucleonCharges(-1.5, -39), () => new NucleonCharges(1e100, -1e100), () => new NucleonCharges(double.NaN, 0)));
        Add<NucleonDistributionModel>(() => Models().OfType<NucleonDistributionModel>().Prepend(null).Cast<object?>().ToArray());
        Add<Interval>(() => Build(() => new Interval(0, 1), () => new Interval(double.NaN, double.NaN, true, true), () => new Interval(-1e308, 1e308, true, false)));
        Add<Exception>(() => [null, new InvalidOperationException("inner")]);
        Add<IEnumerable<string>>(() => [null, Array.Empty<string>(), new[] { "comment" }, new string[] { null! }]);
        Add<IReadOnlyList<string>>(() => [null, Array.Empty<string>(), new[] { "a", "b" }, new string[] { null!, "b" }]);
        Add<IReadOnlyList<IReadOnlyList<double>>>(() => [null, Array.Empty<IReadOnlyList<double>>(), new IReadOnlyList<double>[] { new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 } },
            new IReadOnlyList<double>[] { new[] { 1.0 }, new[] { double.NaN, 2.0 } }, new IReadOnlyList<double>[] { null!, null! }]);
        AddConcrete();
    }

    // Concrete types served from the pools of their interfaces (after those are registered).
    private void AddConcrete()
    {
        AddFrom<MonoenergeticSpectrum, INeutrinoSpectrum>();
        AddFrom<MuonDecayAtRestSpectrum, INeutrinoSpectrum>();
        AddFrom<ReactorAntineutrinoSpectrum, INeutrinoSpectrum>();
        AddFrom<KleinNystrandFormFactor, IFormFactor>();
        AddFrom<SymmetrizedFermiFormFactor, IFormFactor>();
        AddFrom<UnitFormFactor, IFormFactor>();
        AddFrom<LinearRecoilObservable, IRecoilObservable>();
        AddFrom<Coherent2017Acceptance, IAcceptance>();
        AddFrom<PerfectAcceptance, IAcceptance>();
        AddFrom<LogisticEfficiency, IAcceptance>();
        AddFrom<ExponentialTailEfficiency, IAcceptance>();
        AddFrom<ISeparableTerm, IIncoherentTerm>();
        Add<HistogramAxis>(() => Build(() => null, () => HistogramAxis.Uniform("x", "", 0, 10, 10), () => HistogramAxis.Uniform("y", "u", -1e308, 1e308, 2),
            () => Coherent2020LarRelease.EnergyAxis));
        Add<IEnumerable<HistogramAxis>>(() => [null, Array.Empty<HistogramAxis>(), new HistogramAxis[] { null! }, new[] { HistogramAxis.Uniform("x", "", 0, 10, 10) },
            new[] { HistogramAxis.Uniform("x", "", 0, 1, 2), HistogramAxis.Uniform("y", "", 0, 1, 3) }]);
        Add<Histogram>(() => Build(() => null, () => new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], Enumerable.Repeat(1.0, 10)),
            () => new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [0, 0, 0, 0, 0, 0, 0, 0, 0, 5]), () => new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], Enumerable.Repeat(1e300, 10)),
            () => Coherent2020LarRelease.Data));
        Add<Nuisance>(() => Build(() => null, () => Nuisance.Free("s", 10, 0), () => Nuisance.Gaussian("b", 100, 10, 0), () => new Nuisance("a", 0, 1e-300, 1e300, -1e308, 1e308)));
        AddEnum<OneSidedShape>();
        Add<ShapeSystematic>(() => Build(() => null, () => new ShapeSystematic("t", new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
            () => new ShapeSystematic("u", new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1e250]), new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [1e-300, 0, 0, 0, 0, 0, 0, 0, 0, 0]), auxiliary: -5),
            () => new ShapeSystematic("w", new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [10, 1, 1, 1, 1, 1, 1, 1, 1, 0]), oneSided: OneSidedShape.PositiveOnly, auxiliary: 5),
            () => new ShapeSystematic("e", Coherent2020LarRelease.Read("SystErrors/brnpdf+1sigEnergy.txt"), Coherent2020LarRelease.Read("SystErrors/brnpdf-1sigEnergy.txt"))));
        Add<IEnumerable<ShapeSystematic>>(() => [null, Array.Empty<ShapeSystematic>(), new ShapeSystematic[] { null! }, For(typeof(ShapeSystematic)).OfType<ShapeSystematic>().Take(3).ToArray(),
            For(typeof(ShapeSystematic)).OfType<ShapeSystematic>().Take(1).Concat(For(typeof(ShapeSystematic)).OfType<ShapeSystematic>().Take(1)).ToArray(),
            For(typeof(ShapeSystematic)).OfType<ShapeSystematic>().Skip(3).ToArray()]);
        Add<TemplateComponent>(() => Build(() => null, () => new TemplateComponent(new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], Enumerable.Repeat(1.0, 10)), Nuisance.Free("s", 10, 0)),
            () => new TemplateComponent(new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), Nuisance.Gaussian("b", 5, 1e-300, 0)),
            () => new TemplateComponent(new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], Enumerable.Repeat(1.0, 10)), Nuisance.Free("c", 10, 0),
                For(typeof(ShapeSystematic)).OfType<ShapeSystematic>().Take(3).ToArray())));
        Add<IEnumerable<TemplateComponent>>(() => [null, Array.Empty<TemplateComponent>(), new TemplateComponent[] { null! }, For(typeof(TemplateComponent)).OfType<TemplateComponent>().ToArray(),
            For(typeof(TemplateComponent)).OfType<TemplateComponent>().Take(1).Concat(For(typeof(TemplateComponent)).OfType<TemplateComponent>().Take(1)).ToArray()]);
        Add<BinnedPoissonLikelihood>(() => Build(() => null, () => Coherent2020LarRelease.TemplateLikelihood(), () => Coherent2020LarRelease.ShapeSystematicsLikelihood(),
            () => new BinnedPoissonLikelihood(new Histogram([HistogramAxis.Uniform("x", "", 0, 10, 10)], [0, 0, 0, 0, 0, 0, 0, 0, 0, 5]), For(typeof(TemplateComponent)).OfType<TemplateComponent>().ToArray())));
        Add<TemplateFit>(() => Build(() => null, () => Coherent2020LarRelease.TemplateLikelihood().Fit(), () => Coherent2020LarRelease.ShapeSystematicsLikelihood().Fit()));
        Add<FeldmanCousinsInterval>(() => Build(() => null, () => FeldmanCousinsInterval.FromValues([0, 1, 2], [1, 0, 3], [2.7, 2.7, 2.7], 0.9, 100, 1),
            () => FeldmanCousinsInterval.FromValues([0, 1, 2], [1, 0, 3], [2.7, null, 1e300], 0.9, 100, 1),
            () => FeldmanCousinsInterval.FromValues([-1e300, 1e300], [0, 1e300], [0, 0], 1e-300, 1_000_000, int.MinValue)));
        Add<FeldmanCousinsRegion>(() => Build(() => null, () => FeldmanCousinsRegion.FromValues([0, 1], [0, 1], [1, 0, 3, 2], [2.7, 4.6, 4.6, 4.6], 0.9, 100, 1),
            () => FeldmanCousinsRegion.FromValues([0, 1], [0, 1, 2], [1, 0, 3, 2, 1e300, 5], [4.6, null, 1e300, 0, 0, null], 0.9, 100, 1),
            () => FeldmanCousinsRegion.FromValues([-1e300, 1e300], [-1e300, 1e300], [0, 1e300, 0, 0], [0, 0, 0, 0], 1e-300, 1_000_000, int.MinValue)));
        Add<IEnumerable<FeldmanCousinsRegion>>(() => [null, Array.Empty<FeldmanCousinsRegion>(), new FeldmanCousinsRegion[] { null! },
            For(typeof(FeldmanCousinsRegion)).OfType<FeldmanCousinsRegion>().ToArray(), For(typeof(FeldmanCousinsRegion)).OfType<FeldmanCousinsRegion>().Take(1).ToArray()]);
        Add<IEnumerable<FeldmanCousinsInterval>>(() => [null, Array.Empty<FeldmanCousinsInterval>(), new FeldmanCousinsInterval[] { null! },
            For(typeof(FeldmanCousinsInterval)).OfType<FeldmanCousinsInterval>().ToArray(), For(typeof(FeldmanCousinsInterval)).OfType<FeldmanCousinsInterval>().Take(1).ToArray()]);
        Add<IReadOnlyDictionary<string, double>>(() => [null, new Dictionary<string, double>(), new Dictionary<string, double> { ["cevns"] = 100 },
            new Dictionary<string, double> { ["cevns"] = double.NaN }, new Dictionary<string, double> { ["nope"] = 1 }, new Dictionary<string, double> { ["s"] = -1e308, ["b"] = 1e308 }]);
        Add<IQuenching>(() => Build<IQuenching>(() => null, () => LinearQuenching.Cenns10, () => new LinearQuenching(0.0878), () => new LinearQuenching(2, -0.01),
            () => LindhardQuenching.Germanium, () => new LindhardQuenching(double.Epsilon, 1), () => new LindhardQuenching(1, 118),
            () => PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Model0MinusOneSigma), () => PolynomialQuenching.Coherent2021CsI(5, -5),
            () => new PolynomialQuenching([1e-12, -1e12]), () => new PolynomialQuenching([1e12, 1e12, 1e12, 1e12, 1e12, 1e12, 1e12, 1e12, 1e12, 1e12]),
            () => TabulatedQuenching.FromQuenchingFactors([1, 10, 100], [0.05, 0.08, 0.1]), () => TabulatedQuenching.FromQuenchingFactors([1e-300, 1e6], [2, double.Epsilon]),
            () => TabulatedQuenching.FromElectronEquivalent([1, 10, 100], [0.05, 0.8, 10]), () => TabulatedQuenching.FromElectronEquivalent([1e-300, 2e-300, 1e6], [1e-300, 2e-300, 1e6])));
        AddFrom<LinearQuenching, IQuenching>();
        AddFrom<LindhardQuenching, IQuenching>();
        AddFrom<PolynomialQuenching, IQuenching>();
        AddFrom<TabulatedQuenching, IQuenching>();
        Add<IResolution>(() => Build<IResolution>(() => null, () => GaussianResolution.None, () => GaussianResolution.Cenns10, () => new GaussianResolution(100), () => PoissonPhotoelectrons.Instance,
            () => GammaPhotoelectrons.Coherent2021CsI, () => new GammaPhotoelectrons(1e-3, 1e4), () => new GammaPhotoelectrons(1e4, 0)));
        AddFrom<PoissonPhotoelectrons, IResolution>();
        AddFrom<GaussianResolution, IResolution>();
        AddFrom<GammaPhotoelectrons, IResolution>();
        Add<ResponseChain>(() => Build(() => null, () => Coherent2020LarRelease.Response,
            () => new ResponseChain(new LinearQuenching(2, -0.01), 1e6, new GaussianResolution(100), PerfectAcceptance.Instance, HistogramAxis.Uniform("x", "", 0, 10, 10)),
            () => new ResponseChain(PolynomialQuenching.Coherent2021CsI(Coherent2021CsIQuenchingCurve.Nominal), 13.35, GammaPhotoelectrons.Coherent2021CsI,
                LogisticEfficiency.Coherent2021CsI(Coherent2021CsIEfficiencyCurve.Nominal), new HistogramAxis("PE", "PE", [0, 8, 12, 16, 20, 24, 32, 40, 50, 60])),
            () => new ResponseChain(LindhardQuenching.Germanium, 1, new GammaPhotoelectrons(1e-3, 1e4), LogisticEfficiency.Coherent2021CsI(5), HistogramAxis.Uniform("y", "u", -1e308, 1e308, 2))));
        Add<RecoilNodeEvents>(() => Build(() => null, () => Experiment.Coherent2017.CreateRateCalculator().ComputeAtNodes(StandardModel.Paper)));
        Add<SpectralPrediction>(() => Build(() => null, () => Coherent2017SpectralFit.Prediction(Grid.Linear(0, 48, 25)),
            () => new SpectralPrediction(Experiment.Coherent2017.Flux, Experiment.Coherent2017.Detector.Target, Mass.FromKilograms(1e-20), [0, 1e-9, 1e6])));
        Add<ResponseMatrix>(() => [null, .. For(typeof(SpectralPrediction)).OfType<SpectralPrediction>().Select(p => p.Matrix(Coherent2017SpectralFit.Response(PoissonPhotoelectrons.Instance)))]);
        Add<IReadOnlyList<IReadOnlyList<double>>>(() => [null, Coherent2017SpectralFit.TimeDistributions(Experiment.Coherent2017.Flux), Array.Empty<IReadOnlyList<double>>(),
            new IReadOnlyList<double>[] { [1.5], [double.NaN], null! }, Enumerable.Repeat<IReadOnlyList<double>>(Enumerable.Repeat(0.5, 12).ToArray(), 3).ToArray()]);
        Add<CountingLikelihood>(() => Build(() => null, () => Experiment.Coherent2017.CreateCountingLikelihood()));
        Add<SpectralLikelihood>(() => Build(() => null, () => Coherent2017SpectralFit.ModelLikelihood(),
            () => new SpectralLikelihood("zero", _ => new Histogram(Coherent2017SpectralFit.Data().Axes, new double[144]), Coherent2017SpectralFit.Data(), [], 0),
            () => new SpectralLikelihood("huge", _ => new Histogram(Coherent2017SpectralFit.Data().Axes, Enumerable.Repeat(1e250, 144)), Coherent2017SpectralFit.Data(), [], 10)));
        Add<JointLikelihood>(() => Build(() => null, () => new JointLikelihood([Experiment.Coherent2017.CreateCountingLikelihood()])));
        Add<IModelLikelihood>(() => [null, .. For(typeof(CountingLikelihood)).Skip(1), .. For(typeof(SpectralLikelihood)).Skip(1), .. For(typeof(JointLikelihood)).Skip(1)]);
        Add<IEnumerable<IModelLikelihood>>(() => [null, Array.Empty<IModelLikelihood>(), new IModelLikelihood[] { null! },
            For(typeof(IModelLikelihood)).OfType<IModelLikelihood>().Take(1).Concat(For(typeof(IModelLikelihood)).OfType<IModelLikelihood>().Take(1)).ToArray()]);
        Add<Func<ICrossSectionModel, Histogram>>(() => [null, (Func<ICrossSectionModel, Histogram>)(_ => null!), (Func<ICrossSectionModel, Histogram>)(_ => Coherent2017SpectralFit.Data())]);
        Add<Func<double, ICrossSectionModel>>(() => [null, (Func<double, ICrossSectionModel>)(x => new StandardModel(x)), (Func<double, ICrossSectionModel>)(_ => null!)]);
        Add<Func<double, double, ICrossSectionModel>>(() => [null, (Func<double, double, ICrossSectionModel>)((x, _) => new StandardModel(x)), (Func<double, double, ICrossSectionModel>)((_, _) => null!)]);
        Add<SpectralExperiment>(() => Build(() => null, () => SpectralExperimentFile.Parse(
            SpectralExperimentFile.PresetJson("coherent-2017-csi-spectral").Replace("\"width\": 0.25", "\"width\": 8", StringComparison.Ordinal), "coarse.json", null)));
        Add<Coherent2017SpectralFit.Region>(() => Build(() => null, () => new Coherent2017SpectralFit.Region(), () => new Coherent2017SpectralFit.Region(0, 50, 12),
            () => new Coherent2017SpectralFit.Region(48, 50, 0.5)));
        Add<PionDecayArrivalTime>(() => Build(() => null, () => PionDecayArrivalTime.Cenns10, () => new PionDecayArrivalTime(-1e6, 1), () => new PionDecayArrivalTime(1e6, 1e5)));
        Add<BinEvents>(() => Build(() => new BinEvents(0, 1, 2), () => new BinEvents(-1e308, 1e308, -1e308)));
        Add<ContourSegment>(() => Build(() => new ContourSegment(0, 1, 2, 3), () => new ContourSegment(-1e308, 1e308, 0, double.Epsilon)));
        Add<ContourLine>(() => Build<ContourLine>(() => null, () => ParameterMap.Scan((x, y) => x * x + y * y, Grid.Linear(-2, 2, 21), Grid.Linear(-2, 2, 21)).ContourLines()[0],
            () => ParameterMap.Scan((x, y) => x * x + y * y, Grid.Linear(0, 2, 11), Grid.Linear(0, 2, 11)).ContourLines()[0]));
        Add<NuisanceFit>(() => Build(() => new NuisanceFit(0, 0, 0), () => new NuisanceFit(1e308, -1e308, 1e308)));
        Add<Func<FluxComponent, FluxComponent>>(() => [null, (Func<FluxComponent, FluxComponent>)(c => c), (Func<FluxComponent, FluxComponent>)(_ => null!),
            (Func<FluxComponent, FluxComponent>)(c => c with { FluencePerSquareCentimeter = c.FluencePerSquareCentimeter * 1e300 })]);
    }

    private void AddFrom<TConcrete, TInterface>() =>
        Add<TConcrete>(() => For(typeof(TInterface)).Where(v => v is null or TConcrete).ToArray());

    /// <summary>Whether a pool exists for the type.</summary>
    public bool Supports(Type type) => pools.ContainsKey(Unwrap(type));

    /// <summary>The candidate values for a type.</summary>
    public IReadOnlyList<object?> For(Type type) => pools[Unwrap(type)].Value;

    private static Type Unwrap(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private void Add<T>(Func<object?[]> values) => pools[typeof(T)] = new Lazy<object?[]>(values);

    private void AddEnum<T>() where T : struct, Enum =>
        Add<T>(() => Enum.GetValues<T>().Cast<object?>().Concat([(T)(object)7, (T)(object)(-1)]).ToArray());

    private static object?[] Build<T>(params Func<T?>[] builders)
    {
        var values = new List<object?>();
        foreach (var build in builders)
        {
            try
            {
                values.Add(build());
            }
            catch (Exception)
            {
                // Refused by the library: not a candidate.
            }
        }

        return values.ToArray();
    }

    private static double[][] Arrays() =>
    [
        null!, [], [1.0], [1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [1.0, 1.0, 2.0], [double.NaN, 1.0], [0.0, 1e308], [-1e308, 1e308],
        [0.0, double.Epsilon, 1.0], [0.0, 0.5, 1.0], [0, 10, 52.8], Enumerable.Range(0, 2_000).Select(i => 0.025 * i).ToArray(),
    ];

    private static Lazy<NeutrinoFlux?> PionFlux() => new(() => new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3)).ToFlux());

    private static ReactorSource Reactor(double watts, double meters, double days) =>
        new(Power.FromWatts(watts), new FissionFractions(0.58, 0.07, 0.30, 0.05), Length.FromMeters(meters), Duration.FromDays(days));

    private static NeutrinoFlux? Flux(NeutrinoFlux? flux, SterileOscillation oscillation) => oscillation.Apply(flux!);

    private static object?[] Shifts() => Build<IVectorChargeShift>(
        () => null, () => VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, -0.2), () => VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, 1e308), () => VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, 1e6),
        () => ChargeRadius.Universal(Area.FromSquareCentimeters(-3e-32)), () => ChargeRadius.Universal(Area.FromSquareCentimeters(1e308)), () => ChargeRadius.Universal(Area.FromSquareCentimeters(1e-24)),
        () => VectorMediator.Universal(Energy.FromMegaelectronvolts(double.Epsilon), 1e308), () => VectorMediator.Universal(Energy.FromMegaelectronvolts(1e-9), 1e6), () => VectorMediator.Create(Energy.FromMegaelectronvolts(10), 1e-5, 1e-5, 0));

    private static object?[] Terms() => Build<IIncoherentTerm>(
        () => null, () => MagneticMoment.Universal(1e-9), () => MagneticMoment.ForFlavor(LeptonFlavor.Muon, 1e308), () => MagneticMoment.ForFlavor(LeptonFlavor.Muon, 1), () => TensorNsi.ForFlavor(LeptonFlavor.Electron, 0.1, 1e308), () => TensorNsi.ForFlavor(LeptonFlavor.Muon, 0.2, -1e6),
        () => ScalarMediator.Universal(Energy.FromMegaelectronvolts(1), 1e-10), () => ScalarMediator.FromChargeProduct(Energy.FromMegaelectronvolts(double.Epsilon), 1e308), () => ScalarMediator.FromChargeProduct(Energy.FromMegaelectronvolts(1e-9), 1e9),
        () => VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Muon, 0.3));

    private static object?[] Models() => Build<ICrossSectionModel>(
        () => null, () => StandardModel.Paper, () => new StandardModel(2, includeAxialTerm: true), () => NewPhysicsModel.Paper,
        () => NewPhysicsModel.Paper.With(MagneticMoment.Universal(1e-9)), () => NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(1e-300), 1e308)),
        () => NewPhysicsModel.Paper.With(ScalarMediator.Universal(Energy.FromMegaelectronvolts(5), 1e-8)), () => NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, 1e308, -1e308)),
        () => NewPhysicsModel.Paper.With(ChargeRadius.Universal(Area.FromSquareCentimeters(1e300))),
        () => NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(1e-9), 1e6)), () => NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, 1e6, -1e6)),
        () => NewPhysicsModel.Paper.With(MagneticMoment.Universal(1)).With(ScalarMediator.FromChargeProduct(Energy.FromMegaelectronvolts(1e-9), 1e9)),
        () => new NucleonDistributionModel(NewPhysicsModel.Paper, Distributions().OfType<NucleonDistribution>().Take(2)),
        () => new NucleonDistributionModel(NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(1e-9), 1e6)).With(MagneticMoment.Universal(1)),
            Distributions().OfType<NucleonDistribution>().Skip(2)),
        () => new NucleonDistributionModel(new StandardModel(2, includeAxialTerm: true), Distributions().OfType<NucleonDistribution>().Skip(3)));

    private static object?[] Distributions() => Build<NucleonDistribution>(
        () => null, () => NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 5.5), () => NucleonDistribution.FromChargeRadius(Nuclei.I127, 15),
        () => NucleonDistribution.FromChargeRadius(Nuclei.Ar40, 1.5589), () => NucleonDistribution.Helm(new Nucleus("H1", 1, 0), 15, 1.56),
        () => NucleonDistribution.Helm(Nucleus.FromProtonsAndMassNumber("U238", 92, 238), 1.56, 15));
}
