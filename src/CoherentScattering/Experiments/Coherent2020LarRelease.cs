using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.IO;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

/// <summary>
/// The COHERENT CENNS-10 liquid-argon data release, "Analysis A" (Akimov et al., PRL 126, 012002 (2021),
/// arXiv:2003.10630; release arXiv:2006.12659, Zenodo 10.5281/zenodo.3903810), embedded in the package with its README.
/// </summary>
/// <remarks>Every 3-D file is binned in reconstructed energy (0–120 keVee, 12 bins) × F90 (0.5–0.9, 8 bins) × t_trig
/// (−0.1–4.9 µs, 10 bins): 960 bins, rows of (energy centre, F90 centre, time centre, value). The templates are expected
/// events for the exposure of the data (6.12 GWh), normalised to their central-value predictions (release README):
/// CEvNS 128 ± 17 (its normalisation floats in the fit), prompt beam-related neutrons 497 ± 160, delayed BRN 33 ± 33,
/// steady state 3152 ± 25 (Gaussian constraints).</remarks>
public static class Coherent2020LarRelease
{
    private const string Prefix = "CoherentScattering.Data.coherent-2020-lar/";

    /// <summary>Reconstructed-energy axis, keVee.</summary>
    public static HistogramAxis EnergyAxis { get; } = HistogramAxis.Uniform("energy", "keVee", 0, 120, 12);

    /// <summary>Pulse-shape (F90) axis.</summary>
    public static HistogramAxis F90Axis { get; } = HistogramAxis.Uniform("F90", "", 0.5, 0.9, 8);

    /// <summary>Arrival-time axis t_trig, µs.</summary>
    public static HistogramAxis TimeAxis { get; } = HistogramAxis.Uniform("t_trig", "µs", -0.1, 4.9, 10);

    /// <summary>The release README (provenance and citation), verbatim but for a note on what this copy omits.</summary>
    public static string Readme => EmbeddedResources.ReadAll(Prefix + "README.md");

    /// <summary>The 3-D files of the release, by path inside its <c>Data</c> folder.</summary>
    public static IReadOnlyList<string> ThreeDimensionalFiles { get; } =
    [
        "datanobkgsub.txt", "cevnspdf.txt", "brnpdf.txt", "delbrnpdf.txt", "bkgpdf.txt",
        "SystErrors/cevnspdf+1sigF90.txt", "SystErrors/cevnspdf-1sigF90.txt", "SystErrors/cevnspdfCEvNSTimingMeanSyst.txt",
        "SystErrors/brnpdf+1sigEnergy.txt", "SystErrors/brnpdf-1sigEnergy.txt", "SystErrors/brnpdf+1sigBRNTimingMean.txt",
        "SystErrors/brnpdf-1sigBRNTimingMean.txt", "SystErrors/brnpdfBRNTimingWidthSyst.txt",
    ];

    /// <summary>The on-beam data, not background-subtracted (3752 events).</summary>
    public static Histogram Data => Read("datanobkgsub.txt");

    /// <summary>One 3-D file of the release as a histogram on energy × F90 × t_trig.</summary>
    /// <param name="file">One of <see cref="ThreeDimensionalFiles"/>.</param>
    /// <exception cref="ArgumentException">Not a 3-D file of the release.</exception>
    /// <exception cref="CsvFormatException">A row off the binning, a repeated or missing bin (file and line named).</exception>
    public static Histogram Read(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!ThreeDimensionalFiles.Contains(file, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown release file '{Guard.Excerpt(file)}'. Valid: {string.Join(", ", ThreeDimensionalFiles)}.", nameof(file));
        }

        using var reader = EmbeddedResources.Open(Prefix + "Data/" + file);
        return ReadThreeDimensional(reader, file);
    }

    /// <summary>Reads a release-format 3-D table (rows of energy, F90, t_trig centres and a value) from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="CsvFormatException">A row off the binning, a repeated or missing bin, a negative value.</exception>
    public static Histogram ReadThreeDimensional(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var table = CsvTable.ParseWhitespace(reader, source, expectedColumns: 4);
        var axes = new[] { EnergyAxis, F90Axis, TimeAxis };
        var values = new double[axes.Aggregate(1, (n, a) => n * a.Count)];
        var seen = new int[values.Length];
        var columns = Enumerable.Range(0, 4).Select(table.Column).ToArray();
        for (int r = 0; r < table.RowCount; r++)
        {
            int flat = 0;
            for (int a = 0; a < 3; a++)
            {
                double centre = columns[a][r];
                int bin = axes[a].BinOfCentre(centre);
                if (bin < 0)
                {
                    throw new CsvFormatException(table.Source, table.LineOf(r), a + 1, Guard.Text($"{centre} is not a bin centre of the {axes[a]} axis."));
                }

                flat = flat * axes[a].Count + bin;
            }

            if (seen[flat]++ > 0)
            {
                throw new CsvFormatException(table.Source, table.LineOf(r), 0, Guard.Text($"bin ({columns[0][r]}, {columns[1][r]}, {columns[2][r]}) appears twice."));
            }

            double value = columns[3][r];
            values[flat] = value >= 0 ? value : throw new CsvFormatException(table.Source, table.LineOf(r), 4, Guard.Text($"negative value {value}."));
        }

        int missing = Array.IndexOf(seen, 0);
        if (missing >= 0)
        {
            throw new CsvFormatException(table.Source, 0, 0, Guard.Text($"{seen.Count(s => s == 0)} of the {values.Length} bins are missing (the first: flat index {missing})."));
        }

        return new Histogram(axes, values);
    }

    /// <summary>The binned Poisson likelihood of the release's data against its templates: CEvNS (free, starting at its
    /// 128-event prediction), prompt BRN 497 ± 160, delayed BRN 33 ± 33, steady state 3152 ± 25, all ≥ 0.</summary>
    /// <param name="cevnsTemplate">The CEvNS template file (the central one, or a shape systematic of companion Table 3).</param>
    /// <param name="promptNeutronTemplate">The prompt-BRN template file.</param>
    /// <exception cref="ArgumentException">Not a CEvNS (or prompt-neutron) template of the release.</exception>
    public static BinnedPoissonLikelihood TemplateLikelihood(string cevnsTemplate = "cevnspdf.txt", string promptNeutronTemplate = "brnpdf.txt")
    {
        string[] cevns = ["cevnspdf.txt", "SystErrors/cevnspdf+1sigF90.txt", "SystErrors/cevnspdf-1sigF90.txt", "SystErrors/cevnspdfCEvNSTimingMeanSyst.txt"];
        string[] brn = ["brnpdf.txt", .. ThreeDimensionalFiles.Where(f => f.StartsWith("SystErrors/brnpdf", StringComparison.Ordinal))];
        if (!cevns.Contains(cevnsTemplate, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{Guard.Excerpt(cevnsTemplate)}' is not a CEvNS template of the release. Valid: {string.Join(", ", cevns)}.", nameof(cevnsTemplate));
        }

        if (!brn.Contains(promptNeutronTemplate, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{Guard.Excerpt(promptNeutronTemplate)}' is not a prompt-neutron template of the release. Valid: {string.Join(", ", brn)}.", nameof(promptNeutronTemplate));
        }

        return WithBackgrounds(Data, new TemplateComponent(Read(cevnsTemplate), Nuisance.Free(SignalComponent, 128, lowerBound: 0)), promptNeutronTemplate);
    }

    /// <summary>The binned likelihood of <see cref="TemplateLikelihood"/> with the release's central templates and the five
    /// shape systematics of companion Table 3 profiled as nuisance parameters θ (standard-normal priors) that interpolate
    /// the normalised shapes between the alternative templates (<see cref="ShapeSystematic"/>): on the CEvNS component
    /// <c>cevnsF90</c> (cevnspdf±1sigF90) and <c>cevnsTimingMean</c> (cevnspdfCEvNSTimingMeanSyst, one-sided); on the
    /// prompt-BRN component <c>brnEnergy</c> (brnpdf±1sigEnergy), <c>brnTimingMean</c> (brnpdf±1sigBRNTimingMean) and
    /// <c>brnTimingWidth</c> (brnpdfBRNTimingWidthSyst, one-sided). Normalisations as in <see cref="TemplateLikelihood"/>.</summary>
    /// <param name="oneSided">How the two one-sided systematics continue below θ = 0 (mirrored by default).</param>
    /// <exception cref="ArgumentException">An undefined convention.</exception>
    public static BinnedPoissonLikelihood ShapeSystematicsLikelihood(OneSidedShape oneSided = OneSidedShape.Mirror)
    {
        Guard.Defined(oneSided);
        var cevns = new TemplateComponent(Read("cevnspdf.txt"), Nuisance.Free(SignalComponent, 128, lowerBound: 0),
        [
            new ShapeSystematic("cevnsF90", Read("SystErrors/cevnspdf+1sigF90.txt"), Read("SystErrors/cevnspdf-1sigF90.txt")),
            new ShapeSystematic("cevnsTimingMean", Read("SystErrors/cevnspdfCEvNSTimingMeanSyst.txt"), oneSided: oneSided),
        ]);
        return new BinnedPoissonLikelihood(Data, [cevns, .. BackgroundsWithShapeSystematics(oneSided)], "datanobkgsub.txt");
    }

    /// <summary>The same fit with a model's CEvNS template (<see cref="SignalTemplate(Histogram)"/> of its in-window
    /// spectrum, <see cref="PredictEnergySpectrum"/>) in place of the release's: the CEvNS shape systematics are the
    /// model's spectrum spread with the release's alternative PDFs (F90 ±1σ, timing mean), each in its own (F90, t_trig)
    /// shape per energy bin, so they move the shape in F90 and time and keep the model's energy spectrum; the backgrounds'
    /// shape systematics are the release's. The CEvNS normalisation floats (≥ 0).</summary>
    /// <param name="model">The cross-section model (the Standard Model when null).</param>
    /// <param name="oneSided">The convention for the one-sided systematics.</param>
    /// <exception cref="ArgumentException">The model fails on this detector.</exception>
    public static BinnedPoissonLikelihood ModelShapeSystematicsLikelihood(ICrossSectionModel? model = null, OneSidedShape oneSided = OneSidedShape.Mirror)
    {
        Guard.Defined(oneSided);
        var energy = PredictEnergySpectrum(model).Values;
        Histogram Spread(string file) => SignalTemplate(energy, Read(file).Values);
        var template = Spread("cevnspdf.txt");
        var cevns = new TemplateComponent(template, Nuisance.Free(SignalComponent, template.Total, lowerBound: 0),
        [
            new ShapeSystematic("cevnsF90", Spread("SystErrors/cevnspdf+1sigF90.txt"), Spread("SystErrors/cevnspdf-1sigF90.txt")),
            new ShapeSystematic("cevnsTimingMean", Spread("SystErrors/cevnspdfCEvNSTimingMeanSyst.txt"), oneSided: oneSided),
        ]);
        return new BinnedPoissonLikelihood(Data, [cevns, .. BackgroundsWithShapeSystematics(oneSided)], "datanobkgsub.txt");
    }

    // The release's backgrounds with the prompt BRN's shape systematics (companion Table 3).
    private static TemplateComponent[] BackgroundsWithShapeSystematics(OneSidedShape oneSided)
    {
        var backgrounds = Backgrounds("brnpdf.txt");
        backgrounds[0] = new TemplateComponent(backgrounds[0].Template, backgrounds[0].Normalisation,
        [
            new ShapeSystematic("brnEnergy", Read("SystErrors/brnpdf+1sigEnergy.txt"), Read("SystErrors/brnpdf-1sigEnergy.txt")),
            new ShapeSystematic("brnTimingMean", Read("SystErrors/brnpdf+1sigBRNTimingMean.txt"), Read("SystErrors/brnpdf-1sigBRNTimingMean.txt")),
            new ShapeSystematic("brnTimingWidth", Read("SystErrors/brnpdfBRNTimingWidthSyst.txt"), oneSided: oneSided),
        ]);
        return backgrounds;
    }

    /// <summary>The name of the CEvNS component in <see cref="TemplateLikelihood"/>.</summary>
    public const string SignalComponent = "cevns";

    /// <summary>The SNS source of the release (<c>LArParametersAnlA.yaml</c>): 13.8e22 POT, 0.09 ν per flavour per
    /// proton, 27.5 m.</summary>
    public static PionDecayAtRest Source { get; } = new(13.8e22, 0.09, Length.FromMeters(27.5));

    /// <summary>The fiducial mass, 24.4 ± 0.61 kg.</summary>
    public static Mass FiducialMass { get; } = Mass.FromKilograms(24.4);

    /// <summary>The efficiency after cuts in reconstructed keVee (<c>CENNS10AnlAEfficiency.txt</c>, interpolated linearly
    /// between its bin centres; zero below the first, the last value beyond the last, as the release prescribes).</summary>
    public static TabulatedAcceptance Efficiency
    {
        get
        {
            using var reader = EmbeddedResources.Open(Prefix + "Data/CENNS10AnlAEfficiency.txt");
            var table = CsvTable.ParseWhitespace(reader, "CENNS10AnlAEfficiency.txt", expectedColumns: 3);
            return table.Build(t => new TabulatedAcceptance(t.Column(0), t.Column(2), "CENNS-10 Analysis A efficiency"));
        }
    }

    /// <summary>The response chain of the release: QF(T) = 0.246 + 0.00078 T/keVnr, σ/E = 0.58/√(E/keVee), the
    /// efficiency table, 12 bins of 10 keVee.</summary>
    public static ResponseChain Response { get; } = new(LinearQuenching.Cenns10, 1.0, GaussianResolution.Cenns10, Efficiency, EnergyAxis);

    /// <summary>The library's CEvNS prediction in reconstructed energy (12 bins, 0–120 keVee) of the events that arrive
    /// inside the release's time window (t_trig from −0.1 to 4.9 µs, companion Table 1): ⁴⁰Ar (natural argon is 99.6 %
    /// ⁴⁰Ar; ³⁶Ar and ³⁸Ar are neglected), Helm form factor, the release's source, mass and response, and the analytic π-DAR
    /// arrival times (the proton pulse of <c>LArParametersAnlA.yaml</c>, 440 ± 200 ns mean, 150 ns width, with the π⁺ and
    /// μ⁺ lifetimes): the prompt line is all inside (0.9999), the Michel ν_e and ν̄_μ 0.867.</summary>
    /// <param name="model">The cross-section model (the Standard Model when null).</param>
    /// <param name="response">Another response chain (e.g. a quenching nuisance step); the release's when null.</param>
    /// <param name="arrival">The arrival-time model (e.g. a pulse-mean nuisance step); <see cref="PionDecayArrivalTime.Cenns10"/>
    /// when null.</param>
    /// <exception cref="ArgumentException">The model fails on this detector, or the response cannot map its recoils.</exception>
    public static Histogram PredictEnergySpectrum(ICrossSectionModel? model = null, ResponseChain? response = null, PionDecayArrivalTime? arrival = null)
    {
        var prediction = Prediction();
        ResponseMatrix matrix;
        try
        {
            matrix = prediction.Matrix(response ?? Response);
        }
        catch (ArgumentException e) when (e.ParamName == nameof(response))
        {
            throw new ArgumentException(e.Message.Replace(" (Parameter 'response')", "", StringComparison.Ordinal), nameof(response), e);
        }

        return InWindow(prediction, matrix, prediction.NodeEvents(model ?? StandardModel.Paper), arrival ?? PionDecayArrivalTime.Cenns10);
    }

    /// <summary>The CEvNS prediction of the release's set-up (flux, ⁴⁰Ar, 24.4 kg) at recoil nodes in 1-keVnr panels from
    /// 1 keVnr to the Michel endpoint on ⁴⁰Ar (150 keVnr), for folds through response chains.</summary>
    /// <remarks>The panels start above zero recoil so that a 1/T cross section (a magnetic moment) stays integrable: a
    /// 1-keVnr recoil gives 0.25 keVee, 3.4σ of the resolution below 1.25 keVee where the efficiency is 3 %.</remarks>
    public static SpectralPrediction Prediction()
    {
        double tMax = Kinematics.MaxRecoilMev(0.5 * PhysicalConstants.MuonMassMev, Nuclei.Ar40.MassMev) * 1e3;
        return new SpectralPrediction(Source.ToFlux(), TargetMaterial.Pure(Nuclei.Ar40), FiducialMass, Grid.Linear(1, Math.Ceiling(tMax), (int)Math.Ceiling(tMax)));
    }

    // The reconstructed spectrum of the events inside the time window: each component × its in-window fraction.
    private static Histogram InWindow(SpectralPrediction prediction, ResponseMatrix matrix, RecoilNodeEvents events, PionDecayArrivalTime timing)
    {
        double[] windowNs = [TimeAxis.Edges[0] * 1e3, TimeAxis.Edges[^1] * 1e3];
        double prompt = timing.BinProbabilities(windowNs, delayed: false)[0], delayed = timing.BinProbabilities(windowNs, delayed: true)[0];
        var total = new double[matrix.Axis.Count];
        for (int c = 0; c < prediction.Flux.Components.Count; c++)
        {
            double inWindow = prediction.Flux.Components[c].Spectrum is MonoenergeticSpectrum ? prompt : delayed;
            var part = prediction.FoldComponent(events, matrix, c);
            for (int b = 0; b < total.Length; b++)
            {
                total[b] += inWindow * part[b];
            }
        }

        return new Histogram([matrix.Axis], total);
    }

    /// <summary>The model likelihood of the release's data (<see cref="SpectralLikelihood"/>): a model's CEvNS events in the
    /// window through the release response (<see cref="PredictEnergySpectrum"/>), spread over (F90, t_trig) as in
    /// <see cref="SignalTemplate(Histogram)"/>, its normalisation constrained to the prediction within the release's 17/128 = 13.3 %
    /// (companion Table 2), beside the release's backgrounds and constraints.</summary>
    /// <param name="signalUncertainty">Fractional 1σ of the signal normalisation, in [0, 10].</param>
    /// <param name="response">Another response chain; the release's when null.</param>
    /// <param name="arrival">Another arrival-time model; <see cref="PionDecayArrivalTime.Cenns10"/> when null.</param>
    public static SpectralLikelihood ModelLikelihood(double signalUncertainty = 17.0 / 128, ResponseChain? response = null, PionDecayArrivalTime? arrival = null)
    {
        var prediction = Prediction();
        var matrix = prediction.Matrix(response ?? Response);
        var timing = arrival ?? PionDecayArrivalTime.Cenns10;
        var shape = Read("cevnspdf.txt").Values;
        return new SpectralLikelihood("coherent-2020-lar", model => SignalTemplate(InWindow(prediction, matrix, prediction.NodeEvents(model), timing), shape),
            Data, Backgrounds("brnpdf.txt"), signalUncertainty, "datanobkgsub.txt");
    }

    /// <summary>The name of the pulse-mean shape parameter of <see cref="PulseMeanLikelihood"/>: θ = (t₀ − 440 ns)/200 ns.</summary>
    public const string PulseMeanParameter = "pulseMean";

    /// <summary>The binned likelihood of a model with analytic arrival times and the proton-pulse mean profiled: the
    /// model's CEvNS events in energy through the release response, in F90 with the release CEvNS PDF's F90 distribution in
    /// each energy bin (its marginal over t_trig), and in t_trig with the π-DAR arrival times of
    /// <see cref="PionDecayArrivalTime"/> (prompt line and Michel neutrinos apart) for a pulse of mean t₀ and width 150 ns.
    /// t₀ = 440 ± 200 ns (<c>LArParametersAnlA.yaml</c>) is the shape parameter <see cref="PulseMeanParameter"/>, θ = (t₀ −
    /// 440 ns)/200 ns with a standard-normal prior, the template interpolated between t₀ = 240, 440 and 640 ns (vertical
    /// interpolation of the normalised shape, as for the release's shape systematics). The CEvNS normalisation floats
    /// (≥ 0); the backgrounds are the release's, with their constraints.</summary>
    /// <param name="model">The cross-section model (the Standard Model when null).</param>
    /// <param name="response">Another response chain; the release's when null.</param>
    /// <remarks>The template keeps the in-window total of t₀ = 440 ns at every θ (a shape parameter moves the shape, the
    /// normalisation is the CEvNS count's); between 240 and 640 ns the window holds 0.5 % more or fewer Michel
    /// neutrinos.</remarks>
    /// <exception cref="ArgumentException">The model fails on this detector, or the response cannot map its recoils.</exception>
    public static BinnedPoissonLikelihood PulseMeanLikelihood(ICrossSectionModel? model = null, ResponseChain? response = null)
    {
        var prediction = Prediction();
        var matrix = prediction.Matrix(response ?? Response);
        var events = prediction.NodeEvents(model ?? StandardModel.Paper);
        var f90 = F90InEnergyBins(Read("cevnspdf.txt").Values);
        var central = AnalyticTimingTemplate(prediction, matrix, events, f90, PionDecayArrivalTime.Cenns10);
        var pulse = new ShapeSystematic(PulseMeanParameter,
            AnalyticTimingTemplate(prediction, matrix, events, f90, PionDecayArrivalTime.Cenns10.WithPulseMean(440 + 200)),
            AnalyticTimingTemplate(prediction, matrix, events, f90, PionDecayArrivalTime.Cenns10.WithPulseMean(440 - 200)));
        return WithBackgrounds(Data, new TemplateComponent(central, Nuisance.Free(SignalComponent, central.Total, lowerBound: 0), [pulse]), "brnpdf.txt");
    }

    /// <summary>The CEvNS template of a model on energy × F90 × t_trig with analytic arrival times (see
    /// <see cref="PulseMeanLikelihood"/>).</summary>
    /// <param name="arrival">The arrival-time model; <see cref="PionDecayArrivalTime.Cenns10"/> when null.</param>
    /// <param name="model">The cross-section model (the Standard Model when null).</param>
    public static Histogram AnalyticTimingTemplate(PionDecayArrivalTime? arrival = null, ICrossSectionModel? model = null)
    {
        var prediction = Prediction();
        var matrix = prediction.Matrix(Response);
        return AnalyticTimingTemplate(prediction, matrix, prediction.NodeEvents(model ?? StandardModel.Paper), F90InEnergyBins(Read("cevnspdf.txt").Values), arrival ?? PionDecayArrivalTime.Cenns10);
    }

    // P(F90 bin | energy bin) of a release PDF: its marginal over t_trig, normalised in each energy bin (uniform where empty).
    private static double[][] F90InEnergyBins(IReadOnlyList<double> shape)
    {
        int energies = EnergyAxis.Count, f90s = F90Axis.Count, times = TimeAxis.Count;
        var result = new double[energies][];
        for (int e = 0; e < energies; e++)
        {
            var row = result[e] = new double[f90s];
            for (int f = 0; f < f90s; f++)
            {
                for (int t = 0; t < times; t++)
                {
                    row[f] += shape[(e * f90s + f) * times + t];
                }
            }

            double sum = row.Sum();
            for (int f = 0; f < f90s; f++)
            {
                row[f] = sum > 0 ? row[f] / sum : 1.0 / f90s;
            }
        }

        return result;
    }

    // Σ over flux components of (energy spectrum) × P(F90 | energy) × P(t_trig bin) for the component's kind (prompt line
    // or Michel neutrinos); the mass outside the time window is lost.
    private static Histogram AnalyticTimingTemplate(SpectralPrediction prediction, ResponseMatrix matrix, RecoilNodeEvents events, double[][] f90, PionDecayArrivalTime timing)
    {
        var edgesNs = TimeAxis.Edges.Select(t => t * 1e3).ToArray();
        double[] prompt = timing.BinProbabilities(edgesNs, delayed: false), delayed = timing.BinProbabilities(edgesNs, delayed: true);
        int f90s = F90Axis.Count, times = TimeAxis.Count;
        var values = new double[EnergyAxis.Count * f90s * times];
        for (int c = 0; c < prediction.Flux.Components.Count; c++)
        {
            var time = prediction.Flux.Components[c].Spectrum is MonoenergeticSpectrum ? prompt : delayed;
            var energy = prediction.FoldComponent(events, matrix, c);
            for (int e = 0; e < energy.Length; e++)
            {
                for (int f = 0; f < f90s; f++)
                {
                    for (int t = 0; t < times; t++)
                    {
                        values[(e * f90s + f) * times + t] += energy[e] * f90[e][f] * time[t];
                    }
                }
            }
        }

        return new Histogram([EnergyAxis, F90Axis, TimeAxis], values);
    }

    /// <summary>A CEvNS template on energy × F90 × t_trig: each reconstructed-energy bin of a predicted spectrum spread over
    /// (F90, t_trig) with the release CEvNS PDF's own shape in that bin (the release's companion note, §5, summarised in <see cref="Readme"/>); an energy bin where the release
    /// PDF is empty is spread uniformly.</summary>
    /// <param name="energySpectrum">Predicted events in the 12 energy bins.</param>
    /// <exception cref="ArgumentException">A spectrum not on the release's energy axis.</exception>
    public static Histogram SignalTemplate(Histogram energySpectrum)
    {
        ArgumentNullException.ThrowIfNull(energySpectrum);
        if (energySpectrum.Axes.Count != 1 || !energySpectrum.Axes[0].SameBinning(EnergyAxis))
        {
            throw new ArgumentException("The spectrum must be binned on the release's energy axis (0–120 keVee, 12 bins).", nameof(energySpectrum));
        }

        return SignalTemplate(energySpectrum, Read("cevnspdf.txt").Values);
    }

    // The spread of each energy bin over (F90, t_trig) with a release PDF's shape.
    private static Histogram SignalTemplate(Histogram energySpectrum, IReadOnlyList<double> shape) => SignalTemplate(energySpectrum.Values, shape);

    private static Histogram SignalTemplate(IReadOnlyList<double> energySpectrum, IReadOnlyList<double> shape) =>
        Histogram.SpreadLike(energySpectrum, shape, [EnergyAxis, F90Axis, TimeAxis]);

    /// <summary>The binned likelihood with a given CEvNS template (for example <see cref="SignalTemplate(Histogram)"/> of the library's
    /// prediction) and the release's background templates and constraints.</summary>
    /// <param name="signalTemplate">The CEvNS template on energy × F90 × t_trig; its normalisation floats (≥ 0).</param>
    /// <exception cref="ArgumentException">A template not binned on energy × F90 × t_trig, or without events.</exception>
    public static BinnedPoissonLikelihood Likelihood(Histogram signalTemplate)
    {
        var data = Data;
        if (!Guard.NotNull(signalTemplate).SameBinning(data))
        {
            throw new ArgumentException("signalTemplate must be binned as the release (energy × F90 × t_trig, 960 bins).", nameof(signalTemplate));
        }

        if (!(signalTemplate.Total > 0 && signalTemplate.Total <= Nuisance.Limit))
        {
            throw new ArgumentException(Guard.Text($"signalTemplate must hold between 0 and 1e100 events, got {signalTemplate.Total}."), nameof(signalTemplate));
        }

        return WithBackgrounds(data, new TemplateComponent(signalTemplate, Nuisance.Free(SignalComponent, signalTemplate.Total, lowerBound: 0)), "brnpdf.txt");
    }

    // The CEvNS component beside the release's backgrounds and their central-value constraints (release README,
    // companion Table 2): prompt BRN 497 ± 160, delayed BRN 33 ± 33, steady state 3152 ± 25, all ≥ 0.
    private static BinnedPoissonLikelihood WithBackgrounds(Histogram data, TemplateComponent signal, string promptNeutronTemplate) =>
        new(data, [signal, .. Backgrounds(promptNeutronTemplate)], "datanobkgsub.txt");

    private static TemplateComponent[] Backgrounds(string promptNeutronTemplate) =>
    [
        new TemplateComponent(Read(promptNeutronTemplate), Nuisance.Gaussian("promptNeutrons", 497, 160, lowerBound: 0)),
        new TemplateComponent(Read("delbrnpdf.txt"), Nuisance.Gaussian("delayedNeutrons", 33, 33, lowerBound: 0)),
        new TemplateComponent(Read("bkgpdf.txt"), Nuisance.Gaussian("steadyState", 3152, 25, lowerBound: 0)),
    ];
}
