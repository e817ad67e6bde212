using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.IO;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

/// <summary>
/// The COHERENT 2017 CsI[Na] data fitted in photoelectrons × arrival time: the beam-on coincidence histogram against
/// CEvNS (the library's prediction through the 2017 response, each flux component times the release's arrival-time PDF
/// of its kind: prompt ν_μ, delayed ν_e and ν̄_μ), beam-related prompt neutrons (<c>promptPDF.txt</c> × acceptance at
/// 1-PE bin centres × 7.47594 GWh, × their time PDF, 25 % normalisation uncertainty) and the steady-state background.
/// </summary>
/// <remarks>
/// <para>Steady-state prescription: the background is steady, so it is flat in arrival time; its PE spectrum is that of
/// the beam-on anticoincidence histogram (the window before the trigger, of the same length) summed over time, and its
/// total N_AC fixes the normalisation to N_AC ± √N_AC (a Gaussian constraint of its Poisson error). Taking the
/// anticoincidence histogram bin by bin as the template instead leaves empty bins where the coincidence data have
/// counts (405 counts over 144 bins), which no normalisation can fit. The beam-off histograms are not used.</para>
/// <para>Default fit region: 6–30 PE (12 bins of 2 PE) × 0–6 µs (12 bins of 0.5 µs), the region of COHERENT 2017.</para>
/// </remarks>
public static class Coherent2017SpectralFit
{
    private const string Prefix = "CoherentScattering.Data.coherent-2017-csi.";

    /// <summary>The beam exposure of the release, GW·h (<c>coherent_parameters.yaml</c>).</summary>
    public const double ExposureGigawattHours = 7.47594;

    /// <summary>The name of the CEvNS component.</summary>
    public const string SignalComponent = "cevns";

    /// <summary>A fit region in PE and arrival time, on the release's 2-PE × 0.5-µs grid.</summary>
    public sealed record Region
    {
        /// <summary>Creates a region.</summary>
        /// <param name="lowPhotoelectrons">Lower PE edge, an even number in [0, 48].</param>
        /// <param name="highPhotoelectrons">Upper PE edge, even, in (low, 50].</param>
        /// <param name="maxArrivalMicroseconds">Upper time edge, a multiple of 0.5 in (0, 12].</param>
        /// <exception cref="ArgumentOutOfRangeException">An edge off the grid or out of range.</exception>
        public Region(int lowPhotoelectrons = 6, int highPhotoelectrons = 30, double maxArrivalMicroseconds = 6.0)
        {
            LowPhotoelectrons = lowPhotoelectrons >= 0 && lowPhotoelectrons <= 48 && lowPhotoelectrons % 2 == 0 ? lowPhotoelectrons
                : throw new ArgumentOutOfRangeException(nameof(lowPhotoelectrons), Guard.Text($"lowPhotoelectrons must be an even number in [0, 48], got {lowPhotoelectrons}."));
            HighPhotoelectrons = highPhotoelectrons > lowPhotoelectrons && highPhotoelectrons <= 50 && highPhotoelectrons % 2 == 0 ? highPhotoelectrons
                : throw new ArgumentOutOfRangeException(nameof(highPhotoelectrons), Guard.Text($"highPhotoelectrons must be an even number in ({lowPhotoelectrons}, 50], got {highPhotoelectrons}."));
            double bins = maxArrivalMicroseconds / 0.5;
            MaxArrivalMicroseconds = maxArrivalMicroseconds > 0 && maxArrivalMicroseconds <= 12 && Math.Abs(bins - Math.Round(bins)) <= 1e-9 ? maxArrivalMicroseconds
                : throw new ArgumentOutOfRangeException(nameof(maxArrivalMicroseconds), Guard.Text($"maxArrivalMicroseconds must be a multiple of 0.5 in (0, 12], got {maxArrivalMicroseconds}."));
        }

        /// <summary>Lower PE edge.</summary>
        public int LowPhotoelectrons { get; }

        /// <summary>Upper PE edge.</summary>
        public int HighPhotoelectrons { get; }

        /// <summary>Upper arrival-time edge, µs.</summary>
        public double MaxArrivalMicroseconds { get; }

        /// <inheritdoc />
        public override string ToString() => Guard.Text($"{LowPhotoelectrons}–{HighPhotoelectrons} PE, t < {MaxArrivalMicroseconds} µs");

        internal HistogramAxis PeAxis => HistogramAxis.Uniform("PE", "PE", LowPhotoelectrons, HighPhotoelectrons, (HighPhotoelectrons - LowPhotoelectrons) / 2);

        internal HistogramAxis TimeAxis => HistogramAxis.Uniform("t", "µs", 0, MaxArrivalMicroseconds, (int)Math.Round(MaxArrivalMicroseconds / 0.5));
    }

    /// <summary>A release histogram (C or AC, beam on or off) restricted to a region.</summary>
    /// <param name="file">A histogram file of the release.</param>
    /// <param name="region">The region (COHERENT 2017's when null).</param>
    /// <exception cref="ArgumentException">Unknown file or invalid region.</exception>
    public static Histogram Data(string file = "data_coincidence_beamOn.txt", Region? region = null)
    {
        var r = region ?? new Region();
        string[] valid = ["data_coincidence_beamOn.txt", "data_anticoincidence_beamOn.txt", "data_coincidence_beamOff.txt", "data_anticoincidence_beamOff.txt"];
        if (!valid.Contains(Guard.NotNull(file), StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown release histogram '{Guard.Excerpt(file)}'. Valid: {string.Join(", ", valid)}.", nameof(file));
        }

        using var reader = EmbeddedResources.Open(Prefix + file);
        var table = CsvTable.Parse(reader, file, expectedColumns: 3, headerOptional: true);
        double[] pe = table.Column(0), time = table.Column(1), counts = table.Column(2);
        var pa = r.PeAxis;
        var ta = r.TimeAxis;
        var values = new double[pa.Count * ta.Count];
        for (int k = 0; k < table.RowCount; k++)
        {
            int p = pa.BinOfCentre(pe[k]), t = ta.BinOfCentre(time[k]);
            if (p >= 0 && t >= 0)
            {
                values[p * ta.Count + t] += counts[k];
            }
        }

        return new Histogram([pa, ta], values);
    }

    /// <summary>An arrival-time PDF of the release on the region's time bins (0.5-µs bins; not renormalised, so the part
    /// beyond the cut is lost as it is in the data).</summary>
    /// <param name="file"><c>arrivalTimePDF_promptNeutrinos.txt</c>, <c>arrivalTimePDF_delayedNeutrinos.txt</c> or
    /// <c>arrivalTimePDF_promptNeutrons.txt</c>.</param>
    /// <param name="region">The region.</param>
    public static double[] ArrivalTimePdf(string file, Region? region = null)
    {
        var r = region ?? new Region();
        string[] valid = ["arrivalTimePDF_promptNeutrinos.txt", "arrivalTimePDF_delayedNeutrinos.txt", "arrivalTimePDF_promptNeutrons.txt"];
        if (!valid.Contains(Guard.NotNull(file), StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown time PDF '{Guard.Excerpt(file)}'. Valid: {string.Join(", ", valid)}.", nameof(file));
        }

        using var reader = EmbeddedResources.Open(Prefix + file);
        var table = CsvTable.Parse(reader, file, expectedColumns: 2, headerOptional: true);
        var ta = r.TimeAxis;
        var pdf = new double[ta.Count];
        double[] t = table.Column(0), p = table.Column(1);
        for (int k = 0; k < table.RowCount; k++)
        {
            int b = ta.BinOfCentre(t[k]);
            if (b >= 0)
            {
                pdf[b] += p[k];
            }
        }

        return pdf;
    }

    /// <summary>The CEvNS expectation of a model on PE × time: events per 2-PE bin and flux component from the 2017
    /// detector (1.17 PE/keVnr, the release acceptance), times the arrival-time PDF of each component's kind.</summary>
    /// <param name="model">The model (the Standard Model when null).</param>
    /// <param name="acceptance">Continuous (library default) or 1-PE bin centres (the release's prescription).</param>
    /// <param name="region">The region.</param>
    public static Histogram SignalTemplate(ICrossSectionModel? model = null, AcceptanceEvaluation acceptance = AcceptanceEvaluation.Continuous, Region? region = null)
    {
        var r = region ?? new Region();
        Guard.Defined(acceptance);
        var experiment = Experiment.Coherent2017;
        var detector = experiment.Detector
            .WithAcceptance(acceptance == AcceptanceEvaluation.Continuous ? Coherent2017Acceptance.Continuous : Coherent2017Acceptance.BinCentres)
            .WithBins(r.PeAxis.Edges);
        var events = new EventRateCalculator(experiment.Flux, detector).Compute(model ?? StandardModel.Paper);
        return InArrivalTime(experiment.Flux.Components, c => PerBin(events, c, r.PeAxis.Count), r,
            ArrivalTimePdf("arrivalTimePDF_promptNeutrinos.txt", r), ArrivalTimePdf("arrivalTimePDF_delayedNeutrinos.txt", r));
    }

    // Events of one flux component per PE bin, summed over the isotopes.
    internal static double[] PerBin(ExpectedEvents events, int component, int bins) =>
        Enumerable.Range(0, bins).Select(p => Enumerable.Range(0, events.IsotopeKeys.Count).Sum(i => events.Get(component, i, p))).ToArray();

    // The PE spectra of the flux components times each one's arrival-time PDF: the prompt line (π⁺ → μ⁺ν_μ) arrives with
    // the proton pulse, the Michel ν_e and ν̄_μ with the muon lifetime.
    internal static Histogram InArrivalTime(IReadOnlyList<FluxComponent> components, Func<int, double[]> photoelectronSpectrum, Region region,
        double[] promptPdf, double[] delayedPdf)
    {
        var pa = region.PeAxis;
        var ta = region.TimeAxis;
        var values = new double[pa.Count * ta.Count];
        for (int c = 0; c < components.Count; c++)
        {
            double[] pdf = components[c].Spectrum is MonoenergeticSpectrum ? promptPdf : delayedPdf;
            double[] pe = photoelectronSpectrum(c);
            for (int p = 0; p < pa.Count; p++)
            {
                for (int t = 0; t < ta.Count; t++)
                {
                    values[p * ta.Count + t] += pe[p] * pdf[t];
                }
            }
        }

        return new Histogram([pa, ta], values);
    }

    /// <summary>The 2017 response as a chain: constant quenching 0.0878, light yield 13.348 PE/keVee
    /// (<c>coherent_parameters.yaml</c>; their product 1.172 PE/keVnr, which the paper rounds to 1.17), a resolution, the
    /// release acceptance, on the region's PE bins.</summary>
    /// <param name="resolution">The PE resolution (Poisson photoelectron statistics, or none).</param>
    /// <param name="quenchingFactor">The quenching factor, in [1e-6, 2].</param>
    /// <param name="lightYield">Photoelectrons per keVee, in [1e-6, 1e6].</param>
    /// <param name="acceptance">Continuous or at 1-PE bin centres.</param>
    /// <param name="region">The region.</param>
    public static ResponseChain Response(IResolution resolution, double quenchingFactor = 0.0878, double lightYield = 13.348,
        AcceptanceEvaluation acceptance = AcceptanceEvaluation.Continuous, Region? region = null) =>
        new(new LinearQuenching(Guard.InRange(quenchingFactor, 1e-6, 2.0)), Guard.InRange(lightYield, 1e-6, 1e6), Guard.NotNull(resolution),
            Guard.Defined(acceptance) == AcceptanceEvaluation.Continuous ? Coherent2017Acceptance.Continuous : Coherent2017Acceptance.BinCentres,
            (region ?? new Region()).PeAxis);

    /// <summary>The CEvNS expectation on PE × time through a response chain: events at the recoil nodes of CsI (0–48 keVnr
    /// in 0.25-keVnr panels), mapped to PE bins by the chain per flux component, times each component's time PDF.</summary>
    /// <param name="response">The chain (see <see cref="Response"/>); its axis must be the region's PE axis.</param>
    /// <param name="model">The model (the Standard Model when null).</param>
    /// <param name="region">The region.</param>
    /// <exception cref="ArgumentException">A chain binned differently from the region.</exception>
    public static Histogram SignalTemplateThrough(ResponseChain response, ICrossSectionModel? model = null, Region? region = null)
    {
        var r = region ?? new Region();
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Axis.SameBinning(r.PeAxis))
        {
            throw new ArgumentException(Guard.Text($"The response must be binned on the region's PE axis ({r})."), nameof(response));
        }

        var prediction = Prediction(PanelEdges(response));
        return prediction.Fold(prediction.NodeEvents(model ?? StandardModel.Paper), prediction.Matrix(response), r.TimeAxis, TimeDistributions(prediction.Flux, r));
    }

    // Recoil panels every 0.25 keVnr from 0.25 keVnr, and at the recoils where the chain's columns jump (bin edges and
    // acceptance steps when nothing smears), so that the node-level mapping is exact. The panels start above zero recoil
    // so that a 1/T cross section (a magnetic moment) stays integrable; below 0.25 keVnr (0.29 PE) a recoil reaches the
    // 6-PE threshold with probability < 1e-6 even with Poisson smearing.
    private static List<double> PanelEdges(ResponseChain response) =>
        Grid.Linear(FirstPanelKev, 48, 192).Concat(response.RecoilDiscontinuitiesMev().Select(t => t * 1e3).Where(t => t > FirstPanelKev && t < 48))
            .Order().Aggregate(new List<double>(), (list, t) => { if (list.Count == 0 || t - list[^1] > 1e-9) { list.Add(t); } return list; });

    /// <summary>The model likelihood of the 2017 data (<see cref="SpectralLikelihood"/>): a model's CEvNS events through
    /// the 2017 response (<see cref="Response"/>: 0.0878 × 13.348 PE/keVnr, the release acceptance) times the release's
    /// arrival-time PDFs, its normalisation constrained to the prediction within 28 % (COHERENT 2017's signal
    /// uncertainty: flux 10 %, quenching 25 %, form factor 5 %, acceptance 5 %; the σ_α of Eq. 6), beside the prompt
    /// neutrons and the steady state of <see cref="Likelihood(Histogram?, Region?)"/>.</summary>
    /// <param name="resolution">The PE resolution (none when null; <see cref="PoissonPhotoelectrons"/> for counting
    /// statistics).</param>
    /// <param name="region">The region.</param>
    /// <param name="signalUncertainty">Fractional 1σ of the signal normalisation, in [0, 10].</param>
    public static SpectralLikelihood ModelLikelihood(IResolution? resolution = null, Region? region = null, double signalUncertainty = 0.28)
    {
        var r = region ?? new Region();
        var chain = Response(resolution ?? GaussianResolution.None, region: r);
        var prediction = Prediction(PanelEdges(chain));
        var matrix = prediction.Matrix(chain);
        var times = TimeDistributions(prediction.Flux, r);
        return new SpectralLikelihood("coherent-2017-csi-spectral", model => prediction.Fold(prediction.NodeEvents(model), matrix, r.TimeAxis, times),
            Data(region: r), Backgrounds(PromptNeutronTemplate(r), SteadyStateTemplate(r)), signalUncertainty, "data_coincidence_beamOn.txt");
    }

    private const double FirstPanelKev = 0.25;

    /// <summary>The CEvNS prediction of the 2017 set-up (flux, CsI, 14.57 kg) on recoil panels in keVnr, for folds through
    /// response chains (<see cref="SpectralPrediction"/>).</summary>
    /// <param name="recoilPanelEdgesKev">Strictly increasing recoil edges in keVnr; 0–48 keVnr covers the 2017 fit region
    /// for quenching factors down to 0.0878 × 0.6.</param>
    public static SpectralPrediction Prediction(IEnumerable<double> recoilPanelEdgesKev)
    {
        var experiment = Experiment.Coherent2017;
        return new SpectralPrediction(experiment.Flux, experiment.Detector.Target, experiment.Detector.Mass, recoilPanelEdgesKev);
    }

    /// <summary>The release's arrival-time distributions on the region's time bins, one per flux component of
    /// <paramref name="flux"/>: the prompt PDF for the line (π⁺ → μ⁺ν_μ), the delayed PDF for the Michel ν_e and ν̄_μ (one
    /// list instance each, so that folds group them).</summary>
    /// <param name="flux">A π-DAR flux (its monoenergetic component is prompt).</param>
    /// <param name="region">The region.</param>
    public static IReadOnlyList<IReadOnlyList<double>> TimeDistributions(NeutrinoFlux flux, Region? region = null)
    {
        var r = region ?? new Region();
        IReadOnlyList<double> prompt = ArrivalTimePdf("arrivalTimePDF_promptNeutrinos.txt", r), delayed = ArrivalTimePdf("arrivalTimePDF_delayedNeutrinos.txt", r);
        return Guard.NotNull(flux).Components.Select(c => c.Spectrum is MonoenergeticSpectrum ? prompt : delayed).ToArray();
    }

    /// <summary>The beam-related prompt neutrons on PE × time: <c>promptPDF.txt</c> (per GW·h, 1-PE bins) × the release
    /// acceptance at the 1-PE bin centres × 7.47594 GW·h, times the prompt-neutron time PDF (5.42 events in 6–30 PE).</summary>
    /// <param name="region">The region.</param>
    public static Histogram PromptNeutronTemplate(Region? region = null)
    {
        var r = region ?? new Region();
        using var reader = EmbeddedResources.Open(Prefix + "promptPDF.txt");
        var table = CsvTable.Parse(reader, "promptPDF.txt", expectedColumns: 2, headerOptional: true);
        double[] pe = table.Column(0), perGwh = table.Column(1);
        var pa = r.PeAxis;
        double[] edges = pa.Edges.ToArray();
        var spectrum = new double[pa.Count];
        for (int k = 0; k < table.RowCount; k++)
        {
            int i = Array.BinarySearch(edges, pe[k]);
            int b = i >= 0 ? i : ~i - 1;
            if (b >= 0 && b < pa.Count)
            {
                spectrum[b] += perGwh[k] * Coherent2017Acceptance.BinCentres.Evaluate(pe[k]) * ExposureGigawattHours;
            }
        }

        double[] pdf = ArrivalTimePdf("arrivalTimePDF_promptNeutrons.txt", r);
        var ta = r.TimeAxis;
        return new Histogram([pa, ta], Enumerable.Range(0, pa.Count * ta.Count).Select(j => spectrum[j / ta.Count] * pdf[j % ta.Count]));
    }

    /// <summary>The steady-state background on PE × time: the beam-on anticoincidence PE spectrum (summed over the region's
    /// time bins), spread uniformly in time.</summary>
    /// <param name="region">The region.</param>
    public static Histogram SteadyStateTemplate(Region? region = null)
    {
        var ac = Data("data_anticoincidence_beamOn.txt", region);
        double[] pe = ac.Project(0);
        int times = ac.Axes[1].Count;
        return new Histogram(ac.Axes, Enumerable.Range(0, ac.Count).Select(j => pe[j / times] / times));
    }

    /// <summary>The binned Poisson likelihood of the beam-on coincidence data: CEvNS free (≥ 0), prompt neutrons ± 25 %,
    /// steady state flat in time with the anticoincidence PE spectrum, N_AC ± √N_AC.</summary>
    /// <param name="signalTemplate">The CEvNS template on the region (<see cref="SignalTemplate"/> by default).</param>
    /// <param name="region">The region.</param>
    /// <exception cref="ArgumentException">A template not binned on the region, or without events.</exception>
    public static BinnedPoissonLikelihood Likelihood(Histogram? signalTemplate = null, Region? region = null)
    {
        var r = region ?? new Region();
        var data = Data(region: r);
        var signal = signalTemplate ?? SignalTemplate(region: r);
        if (!signal.SameBinning(data))
        {
            throw new ArgumentException(Guard.Text($"signalTemplate must be binned on the region ({r}: {data.Count} bins of 2 PE × 0.5 µs)."), nameof(signalTemplate));
        }

        if (!(signal.Total > 0 && signal.Total <= Nuisance.Limit))
        {
            throw new ArgumentException(Guard.Text($"signalTemplate must hold between 0 and 1e100 events, got {signal.Total}."), nameof(signalTemplate));
        }

        return Likelihood(data, signal, PromptNeutronTemplate(r), SteadyStateTemplate(r));
    }

    // The components and constraints of the fit, on templates already built: CEvNS free, prompt neutrons ± 25 %
    // (coherent_parameters.yaml), steady state ± its Poisson error √N_AC.
    internal static BinnedPoissonLikelihood Likelihood(Histogram data, Histogram signal, Histogram promptNeutrons, Histogram steadyState) =>
        new(data, [new TemplateComponent(signal, Nuisance.Free(SignalComponent, signal.Total, lowerBound: 0)), .. Backgrounds(promptNeutrons, steadyState)],
            "data_coincidence_beamOn.txt");

    private static TemplateComponent[] Backgrounds(Histogram promptNeutrons, Histogram steadyState) =>
    [
        new TemplateComponent(promptNeutrons, Nuisance.Gaussian("promptNeutrons", promptNeutrons.Total, 0.25 * promptNeutrons.Total, lowerBound: 0)),
        new TemplateComponent(steadyState, Nuisance.Gaussian("steadyState", steadyState.Total, Math.Sqrt(steadyState.Total), lowerBound: 0)),
    ];
}
