using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

// The spectral-fit keys of SpectralExperimentFile: axes, response chain, arrival times, data and background templates.
internal sealed partial class ExperimentReader
{
    private const string ReleasePrefix = "release:";
    private Func<string, TextReader>? openFile; // a path relative to the experiment file → its text
    private string dataName = "data";

    public SpectralExperiment SpectralExperiment(JsonElement root, Func<string, TextReader> open)
    {
        openFile = open;
        Object(root, "$", required: ["name", "source", "target", "recoilPanelsKeV", "response", "axes", "data", "signal", "backgrounds"],
            optional: ["description", "arrivalTime"]);
        string name = String(root.GetProperty("name"), "name");
        if (name.Length > Experiments.Experiment.MaximumNameLength)
        {
            throw Error("name", Guard.Text($"must have at most {Experiments.Experiment.MaximumNameLength} characters, got {name.Length}."));
        }

        if (root.TryGetProperty("description", out var d))
        {
            String(d, "description");
        }

        var flux = Source(root.GetProperty("source")).ToFlux();
        var (target, mass) = Target(root.GetProperty("target"));
        var axes = Axes(root.GetProperty("axes"));
        var response = Response(root.GetProperty("response"), axes[0]);
        var panels = Panels(root.GetProperty("recoilPanelsKeV"), response);
        SpectralPrediction prediction;
        try
        {
            prediction = new SpectralPrediction(flux, target, mass, panels);
        }
        catch (ArgumentException e)
        {
            throw Error(e.ParamName == "mass" ? "target.massKilograms" : e.ParamName == "recoilPanelsKeV" || e.ParamName == "integration" ? "recoilPanelsKeV" : "target",
                $"the set-up cannot be integrated: {e.Message}", e);
        }

        ResponseMatrix matrix;
        try
        {
            matrix = prediction.Matrix(response);
        }
        catch (ArgumentException e)
        {
            throw Error("response", e.Message, e);
        }

        var dataElement = root.GetProperty("data");
        Histogram data;
        if (dataElement.ValueKind == JsonValueKind.Object)
        {
            data = Events(dataElement, "data", axes);
            dataName = String(dataElement.GetProperty("file"), "data.file");
        }
        else
        {
            data = Counts(dataElement, "data", axes, isData: true);
            dataName = String(dataElement, "data");
        }

        var signalBlock = root.GetProperty("signal");
        Object(signalBlock, "signal", required: ["uncertainty"], optional: ["spreadLike"]);
        double uncertainty = Number(signalBlock.GetProperty("uncertainty"), "signal.uncertainty");
        if (!(uncertainty >= 0 && uncertainty <= 10))
        {
            throw Error("signal.uncertainty", Guard.Text($"must be a fraction in [0, 10], got {uncertainty}."));
        }

        double[]? spread = signalBlock.TryGetProperty("spreadLike", out var s) ? Counts(s, "signal.spreadLike", axes, isData: false).Values.ToArray() : null;
        var signal = SignalBuilder(root, prediction, matrix, axes, spread);
        var backgrounds = Backgrounds(root.GetProperty("backgrounds"), axes);
        var experiment = new SpectralExperiment(name, prediction, response, axes, data, dataName, backgrounds, uncertainty, signal);
        Histogram signalTemplate;
        try
        {
            signalTemplate = experiment.SignalTemplate();
        }
        catch (ArgumentException e)
        {
            throw Error("response", $"the Standard-Model signal cannot be computed: {e.Message}", e);
        }

        if (!(signalTemplate.Total > 0))
        {
            throw Error("axes", "the fit region holds no expected Standard-Model CEvNS events.");
        }

        // Counts where neither the signal nor any background expects events make the likelihood zero for every
        // normalisation: refused here, naming the first such bin.
        for (int i = 0; i < data.Count; i++)
        {
            if (data.Values[i] > 0 && !(signalTemplate.Values[i] > 0) && !backgrounds.Any(b => b.Template.Values[i] > 0))
            {
                throw Error("data", Guard.Text($"bin {i} of '{Guard.Excerpt(dataName)}' holds {data.Values[i]} counts where neither the signal nor any background template expects events."));
            }
        }

        return experiment;
    }

    private (TargetMaterial Target, Mass Mass) Target(JsonElement e)
    {
        Object(e, "target", required: ["massKilograms", "composition"], optional: ["formFactor"]);
        double mass = Positive(e.GetProperty("massKilograms"), "target.massKilograms");
        var composition = Composition(e.GetProperty("composition"), "target.composition");
        var formFactor = FormFactor(e, "target.formFactor");
        if (mass > 1e15)
        {
            throw Error("target.massKilograms", Guard.Text($"must be at most 1e15 kg, got {mass}."));
        }

        return (new TargetMaterial(composition, formFactor), Mass.FromKilograms(mass));
    }

    private HistogramAxis[] Axes(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() is < 1 or > 3)
        {
            throw Error("axes", "must be an array of one to three axes, the reconstructed observable first.");
        }

        var axes = new List<HistogramAxis>();
        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            string key = Guard.Text($"axes[{i}]");
            var axis = Axis(item, key);
            if (axes.Any(a => a.Name == axis.Name))
            {
                throw Error(key + ".name", $"axis '{Guard.Excerpt(axis.Name)}' appears twice.");
            }

            axes.Add(axis);
            i++;
        }

        if (axes.Aggregate(1L, (n, a) => n * a.Count) > 1_000_000)
        {
            throw Error("axes", "the fit holds more than 1 000 000 bins.");
        }

        return axes.ToArray();
    }

    // One axis: {name, unit, low, high, width} or {name, unit, edges}.
    private HistogramAxis Axis(JsonElement item, string key)
    {
        bool explicitEdges = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("edges", out _);
        Object(item, key, required: explicitEdges ? ["name", "unit", "edges"] : ["name", "unit", "low", "high", "width"], optional: []);
        string name = String(item.GetProperty("name"), key + ".name");
        string unit = AnyText(item.GetProperty("unit"), key + ".unit");
        try
        {
            return explicitEdges ? new HistogramAxis(name, unit, Edges(item.GetProperty("edges"), key + ".edges")) : UniformAxis(item, key, name, unit);
        }
        catch (ArgumentException ex)
        {
            throw Error(key, ex.Message, ex);
        }
    }

    private HistogramAxis UniformAxis(JsonElement item, string key, string name, string unit)
    {
        double low = Number(item.GetProperty("low"), key + ".low"), high = Number(item.GetProperty("high"), key + ".high");
        double width = Positive(item.GetProperty("width"), key + ".width");
        double bins = (high - low) / width;
        if (!(high > low) || !(Math.Abs(bins - Math.Round(bins)) <= 1e-9 * Math.Max(1, bins)) || Math.Round(bins) > 100_000)
        {
            throw Error(key, Guard.Text($"needs low < high and (high − low)/width a whole number of at most 100000 bins, got [{low}, {high}] in bins of {width}."));
        }

        return HistogramAxis.Uniform(name, unit, low, high, (int)Math.Round(bins));
    }

    // Explicit bin edges (non-uniform binning): 2 to 100 001 finite, strictly increasing numbers.
    private double[] Edges(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() is < 2 or > 100_001)
        {
            throw Error(key, "must be an array of 2 to 100001 bin edges.");
        }

        var edges = e.EnumerateArray().Select((x, i) => Number(x, Guard.Text($"{key}[{i}]"))).ToArray();
        for (int i = 1; i < edges.Length; i++)
        {
            if (!(edges[i] > edges[i - 1]))
            {
                throw Error(Guard.Text($"{key}[{i}]"), Guard.Text($"edges must increase strictly, got {edges[i]} after {edges[i - 1]}."));
            }
        }

        return edges;
    }

    // Uniform panels in keVnr, plus the recoils where a response without smearing has jumps (exact folds there).
    private double[] Panels(JsonElement e, ResponseChain response, string key = "recoilPanelsKeV")
    {
        Object(e, key, required: ["low", "high", "width"], optional: []);
        double low = Number(e.GetProperty("low"), key + ".low"), high = Number(e.GetProperty("high"), key + ".high");
        double width = Positive(e.GetProperty("width"), key + ".width");
        if (!(low >= 0) || !(high > low) || !(high <= 1e6) || (high - low) / width > 100_000)
        {
            throw Error(key, Guard.Text($"needs 0 ≤ low < high ≤ 1e6 keV and at most 100000 panels, got [{low}, {high}] in panels of {width}."));
        }

        int count = (int)Math.Ceiling((high - low) / width - 1e-9);
        var edges = Enumerable.Range(0, count + 1).Select(i => Math.Min(low + i * width, high)).ToList();
        try
        {
            return response.PanelEdgesWithJumpsKev(edges);
        }
        catch (ArgumentException ex)
        {
            throw Error(responseKey + ".quenching", ex.Message, ex);
        }
    }

    // The signal on the fit axes from node events: per component, its reconstructed spectrum times its arrival-time
    // distribution (on the time axis, or its probability inside the time axis's range when spread like a template).
    private Func<RecoilNodeEvents, Histogram> SignalBuilder(JsonElement root, SpectralPrediction prediction, ResponseMatrix matrix, HistogramAxis[] axes, double[]? spread)
    {
        var components = prediction.Flux.Components;
        if (!root.TryGetProperty("arrivalTime", out var timing))
        {
            if (axes.Length > 1 && spread is null)
            {
                throw Error("arrivalTime", "missing: a fit in more than one axis needs the arrival times (or signal.spreadLike).");
            }

            return spread is null ? events => prediction.Fold(events, matrix) : events => Histogram.SpreadLike(prediction.Fold(events, matrix).Values, spread, axes);
        }

        const string key = "arrivalTime";
        string type = Type(timing, key, ["tables", "pionDecayAtRest"]);
        string axisName = timing.TryGetProperty("axis", out var an) ? String(an, key + ".axis") : throw Error(key + ".axis", "missing required key.");
        int t = Array.FindIndex(axes, a => a.Name == axisName);
        if (t < 1)
        {
            throw Error(key + ".axis", $"must name a fit axis other than the first; axes: {string.Join(", ", axes.Select(a => a.Name))}.");
        }

        var timeAxis = axes[t];
        double[] prompt, delayed;
        var timeEfficiency = timing.TryGetProperty("efficiency", out var te) ? Efficiency(te, key + ".efficiency") : PerfectAcceptance.Instance;
        if (type == "tables")
        {
            Object(timing, key, required: ["type", "axis", "prompt", "delayed"], optional: ["efficiency"]);
            prompt = Distribution(timing.GetProperty("prompt"), key + ".prompt", timeAxis, timeEfficiency);
            delayed = Distribution(timing.GetProperty("delayed"), key + ".delayed", timeAxis, timeEfficiency);
        }
        else
        {
            Object(timing, key, required: ["type", "axis", "pulseMeanNs", "pulseWidthNs"], optional: ["efficiency"]);
            double mean = Number(timing.GetProperty("pulseMeanNs"), key + ".pulseMeanNs"), width = Number(timing.GetProperty("pulseWidthNs"), key + ".pulseWidthNs");
            var model = Build(() => new PionDecayArrivalTime(mean, width), new Dictionary<string, string> { ["pulseMeanNs"] = key + ".pulseMeanNs", ["pulseWidthNs"] = key + ".pulseWidthNs" });
            double toNs = timeAxis.Unit switch
            {
                "µs" or "us" => 1e3,
                "ns" => 1,
                _ => throw Error(Guard.Text($"axes[{t}].unit"), "an arrival-time axis needs the unit µs (or us) or ns."),
            };
            prompt = ArrivalProbabilities(model, timeAxis, toNs, timeEfficiency, delayed: false);
            delayed = ArrivalProbabilities(model, timeAxis, toNs, timeEfficiency, delayed: true);
        }

        IReadOnlyList<IReadOnlyList<double>> perComponent = components.Select(c => c.Spectrum is MonoenergeticSpectrum ? (IReadOnlyList<double>)prompt : delayed).ToArray();
        if (spread is not null)
        {
            double inPrompt = prompt.Sum(), inDelayed = delayed.Sum();
            return events =>
            {
                var total = new double[axes[0].Count];
                for (int c = 0; c < components.Count; c++)
                {
                    double inWindow = components[c].Spectrum is MonoenergeticSpectrum ? inPrompt : inDelayed;
                    var part = prediction.FoldComponent(events, matrix, c);
                    for (int b = 0; b < total.Length; b++)
                    {
                        total[b] += inWindow * part[b];
                    }
                }

                return Histogram.SpreadLike(total, spread, axes);
            };
        }

        if (axes.Length != 2 || t != 1)
        {
            throw Error(key + ".axis", "without signal.spreadLike the fit has exactly two axes, the observable and the arrival time.");
        }

        return events => prediction.Fold(events, matrix, timeAxis, perComponent);
    }

    // The π-DAR arrival probability of each time bin weighted by a time efficiency: ∫_bin p(t) ε(t) dt by the midpoint
    // rule on 64 equal sub-bins per bin (cut at ε's discontinuities), exact when ε ≡ 1. For the CsI 2021 timing
    // efficiency (b = 0.0494 µs⁻¹) the rule's relative error is below (b h)²/24 ≈ 4e-8 in the widest (2 µs) bins.
    private static double[] ArrivalProbabilities(PionDecayArrivalTime model, HistogramAxis axis, double toNs, IAcceptance efficiency, bool delayed)
    {
        var edges = axis.Edges;
        if (efficiency is PerfectAcceptance)
        {
            return model.BinProbabilities(edges.Select(x => x * toNs), delayed);
        }

        const int pieces = 64;
        var result = new double[axis.Count];
        for (int b = 0; b < axis.Count; b++)
        {
            double lo = edges[b], hi = edges[b + 1];
            var cuts = Enumerable.Range(0, pieces + 1).Select(k => k == pieces ? hi : lo + k * ((hi - lo) / pieces))
                .Concat(efficiency.Discontinuities.Where(x => x > lo && x < hi)).Order().Distinct().ToArray();
            double[] p = model.BinProbabilities(cuts.Select(x => x * toNs), delayed);
            for (int k = 0; k < p.Length; k++)
            {
                result[b] += p[k] * efficiency.Evaluate(0.5 * (cuts[k] + cuts[k + 1]));
            }
        }

        return result;
    }
}
