using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.IO;
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

        var data = Counts(root.GetProperty("data"), "data", axes, isData: true);
        dataName = Reference(root.GetProperty("data"), "data");
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
        double total;
        try
        {
            total = experiment.SignalTemplate().Total;
        }
        catch (ArgumentException e)
        {
            throw Error("response", $"the Standard-Model signal cannot be computed: {e.Message}", e);
        }

        return total > 0 ? experiment : throw Error("axes", "the fit region holds no expected Standard-Model CEvNS events.");
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
            Object(item, key, required: ["name", "unit", "low", "high", "width"], optional: []);
            string name = String(item.GetProperty("name"), key + ".name");
            if (axes.Any(a => a.Name == name))
            {
                throw Error(key + ".name", $"axis '{Guard.Excerpt(name)}' appears twice.");
            }

            string unit = item.GetProperty("unit").ValueKind == JsonValueKind.String ? item.GetProperty("unit").GetString() ?? "" : throw Error(key + ".unit", "must be a string.");
            double low = Number(item.GetProperty("low"), key + ".low"), high = Number(item.GetProperty("high"), key + ".high");
            double width = Positive(item.GetProperty("width"), key + ".width");
            double bins = (high - low) / width;
            if (!(high > low) || !(Math.Abs(bins - Math.Round(bins)) <= 1e-9 * Math.Max(1, bins)) || Math.Round(bins) > 100_000)
            {
                throw Error(key, Guard.Text($"needs low < high and (high − low)/width a whole number of at most 100000 bins, got [{low}, {high}] in bins of {width}."));
            }

            try
            {
                axes.Add(HistogramAxis.Uniform(name, unit, low, high, (int)Math.Round(bins)));
            }
            catch (ArgumentException ex)
            {
                throw Error(key, ex.Message, ex);
            }

            i++;
        }

        if (axes.Aggregate(1L, (n, a) => n * a.Count) > 1_000_000)
        {
            throw Error("axes", "the fit holds more than 1 000 000 bins.");
        }

        return axes.ToArray();
    }

    private ResponseChain Response(JsonElement e, HistogramAxis axis)
    {
        Object(e, "response", required: ["quenching", "resolution", "efficiency"], optional: ["unitsPerKeVee"]);
        var quenching = Quenching(e.GetProperty("quenching"));
        double scale = e.TryGetProperty("unitsPerKeVee", out var k) ? Positive(k, "response.unitsPerKeVee") : 1.0;
        var resolution = Resolution(e.GetProperty("resolution"));
        var efficiency = Efficiency(e.GetProperty("efficiency"), "response.efficiency");
        return Build(() => new ResponseChain(quenching, scale, resolution, efficiency, axis), new Dictionary<string, string>
        {
            ["unitsPerKiloelectronvoltElectronEquivalent"] = "response.unitsPerKeVee",
            ["efficiency"] = "response.efficiency",
        });
    }

    private IQuenching Quenching(JsonElement e)
    {
        const string key = "response.quenching";
        string type = Type(e, key, ["linear", "lindhard", "polynomial"]);
        switch (type)
        {
            case "linear":
                Object(e, key, required: ["type", "constant"], optional: ["slopePerKeV"]);
                double a = Number(e.GetProperty("constant"), key + ".constant");
                double b = e.TryGetProperty("slopePerKeV", out var sb) ? Number(sb, key + ".slopePerKeV") : 0;
                return Build(() => new LinearQuenching(a, b), new Dictionary<string, string> { ["constant"] = key + ".constant", ["slopePerKiloelectronvolt"] = key + ".slopePerKeV" });
            case "lindhard":
                Object(e, key, required: ["type", "k", "z"], optional: []);
                double lk = Number(e.GetProperty("k"), key + ".k"), z = Number(e.GetProperty("z"), key + ".z");
                if (z != Math.Round(z) || !(z >= 1 && z <= 118))
                {
                    throw Error(key + ".z", Guard.Text($"must be a whole number in [1, 118], got {z}."));
                }

                return Build(() => new LindhardQuenching(lk, (int)z), new Dictionary<string, string> { ["k"] = key + ".k", ["z"] = key + ".z" });
            default:
                Object(e, key, required: ["type", "coefficientsMeV"], optional: []);
                var c = Numbers(e.GetProperty("coefficientsMeV"), key + ".coefficientsMeV");
                return Build(() => new PolynomialQuenching(c), new Dictionary<string, string> { ["coefficients"] = key + ".coefficientsMeV" });
        }
    }

    private IResolution Resolution(JsonElement e)
    {
        const string key = "response.resolution";
        string type = Type(e, key, ["none", "poissonPhotoelectrons", "gaussian", "gammaPhotoelectrons"]);
        switch (type)
        {
            case "none":
                Object(e, key, required: ["type"], optional: []);
                return GaussianResolution.None;
            case "poissonPhotoelectrons":
                Object(e, key, required: ["type"], optional: []);
                return PoissonPhotoelectrons.Instance;
            case "gaussian":
                Object(e, key, required: ["type", "squareRootCoefficient"], optional: []);
                double a = Number(e.GetProperty("squareRootCoefficient"), key + ".squareRootCoefficient");
                return Build(() => new GaussianResolution(a), new Dictionary<string, string> { ["squareRootCoefficient"] = key + ".squareRootCoefficient" });
            default:
                Object(e, key, required: ["type", "lightYield", "shapeCoefficient"], optional: []);
                double ly = Number(e.GetProperty("lightYield"), key + ".lightYield"), beta = Number(e.GetProperty("shapeCoefficient"), key + ".shapeCoefficient");
                return Build(() => new GammaPhotoelectrons(ly, beta), new Dictionary<string, string> { ["lightYield"] = key + ".lightYield", ["shapeCoefficient"] = key + ".shapeCoefficient" });
        }
    }

    private IAcceptance Efficiency(JsonElement e, string key)
    {
        string type = Type(e, key, ["perfect", "coherent2017", "coherent2017BinCentres", "table", "logistic"]);
        switch (type)
        {
            case "perfect":
                Object(e, key, required: ["type"], optional: []);
                return PerfectAcceptance.Instance;
            case "coherent2017":
            case "coherent2017BinCentres":
                Object(e, key, required: ["type"], optional: []);
                return type == "coherent2017" ? Coherent2017Acceptance.Continuous : Coherent2017Acceptance.BinCentres;
            case "table":
                Object(e, key, required: ["type", "file", "xColumn", "valueColumn"], optional: []);
                int x = Column(e.GetProperty("xColumn"), key + ".xColumn"), v = Column(e.GetProperty("valueColumn"), key + ".valueColumn");
                var table = Table(e.GetProperty("file"), key + ".file");
                if (Math.Max(x, v) >= table.Columns.Count)
                {
                    throw Error(key, Guard.Text($"{table.Source} has {table.Columns.Count} columns; xColumn and valueColumn count from 0."));
                }

                return table.Build(t => new TabulatedAcceptance(t.Column(x), t.Column(v), "table " + table.Source));
            default:
                Object(e, key, required: ["type", "amplitude", "slope", "midpoint", "offset"], optional: []);
                double[] p = new[] { "amplitude", "slope", "midpoint", "offset" }.Select(n => Number(e.GetProperty(n), key + "." + n)).ToArray();
                return Build(() => new LogisticEfficiency(p[0], p[1], p[2], p[3]), new Dictionary<string, string>
                {
                    ["amplitude"] = key + ".amplitude", ["slope"] = key + ".slope", ["midpoint"] = key + ".midpoint", ["offset"] = key + ".offset",
                });
        }
    }

    // Uniform panels in keVnr, plus the recoils where a response without smearing has jumps (exact folds there).
    private double[] Panels(JsonElement e, ResponseChain response)
    {
        Object(e, "recoilPanelsKeV", required: ["low", "high", "width"], optional: []);
        double low = Number(e.GetProperty("low"), "recoilPanelsKeV.low"), high = Number(e.GetProperty("high"), "recoilPanelsKeV.high");
        double width = Positive(e.GetProperty("width"), "recoilPanelsKeV.width");
        if (!(low >= 0) || !(high > low) || !(high <= 1e6) || (high - low) / width > 100_000)
        {
            throw Error("recoilPanelsKeV", Guard.Text($"needs 0 ≤ low < high ≤ 1e6 keV and at most 100000 panels, got [{low}, {high}] in panels of {width}."));
        }

        int count = (int)Math.Ceiling((high - low) / width - 1e-9);
        var edges = Enumerable.Range(0, count + 1).Select(i => Math.Min(low + i * width, high)).ToList();
        IReadOnlyList<double> jumps;
        try
        {
            jumps = response.RecoilDiscontinuitiesMev();
        }
        catch (ArgumentException ex)
        {
            throw Error("response.quenching", ex.Message, ex);
        }

        edges.AddRange(jumps.Select(t => t * 1e3).Where(t => t > low && t < high));
        return edges.Order().Aggregate(new List<double>(), (list, t) => { if (list.Count == 0 || t - list[^1] > 1e-9 * Math.Max(1, t)) { list.Add(t); } return list; }).ToArray();
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

            return spread is null ? events => prediction.Fold(events, matrix) : events => Spread(prediction.Fold(events, matrix).Values, spread, axes);
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
        if (type == "tables")
        {
            Object(timing, key, required: ["type", "axis", "prompt", "delayed"], optional: []);
            prompt = Distribution(timing.GetProperty("prompt"), key + ".prompt", timeAxis);
            delayed = Distribution(timing.GetProperty("delayed"), key + ".delayed", timeAxis);
        }
        else
        {
            Object(timing, key, required: ["type", "axis", "pulseMeanNs", "pulseWidthNs"], optional: []);
            double mean = Number(timing.GetProperty("pulseMeanNs"), key + ".pulseMeanNs"), width = Number(timing.GetProperty("pulseWidthNs"), key + ".pulseWidthNs");
            var model = Build(() => new PionDecayArrivalTime(mean, width), new Dictionary<string, string> { ["pulseMeanNs"] = key + ".pulseMeanNs", ["pulseWidthNs"] = key + ".pulseWidthNs" });
            double toNs = timeAxis.Unit switch
            {
                "µs" or "us" => 1e3,
                "ns" => 1,
                _ => throw Error(Guard.Text($"axes[{t}].unit"), "an arrival-time axis needs the unit µs (or us) or ns."),
            };
            var edgesNs = timeAxis.Edges.Select(x => x * toNs).ToArray();
            prompt = model.BinProbabilities(edgesNs, delayed: false);
            delayed = model.BinProbabilities(edgesNs, delayed: true);
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

                return Spread(total, spread, axes);
            };
        }

        if (axes.Length != 2 || t != 1)
        {
            throw Error(key + ".axis", "without signal.spreadLike the fit has exactly two axes, the observable and the arrival time.");
        }

        return events => prediction.Fold(events, matrix, timeAxis, perComponent);
    }

    // Each bin of the first axis spread over the other axes with the template's shape in that bin (uniformly where the
    // template is empty there).
    private static Histogram Spread(IReadOnlyList<double> spectrum, double[] shape, HistogramAxis[] axes)
    {
        int cells = shape.Length / axes[0].Count;
        var values = new double[shape.Length];
        for (int e = 0; e < axes[0].Count; e++)
        {
            double inBin = 0;
            for (int j = 0; j < cells; j++)
            {
                inBin += shape[e * cells + j];
            }

            for (int j = 0; j < cells; j++)
            {
                values[e * cells + j] = spectrum[e] * (inBin > 0 ? shape[e * cells + j] / inBin : 1.0 / cells);
            }
        }

        return new Histogram(axes, values);
    }

    private TemplateComponent[] Backgrounds(JsonElement e, HistogramAxis[] axes)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw Error("backgrounds", "must be an array of {\"name\", \"template\", and \"uncertainty\" (a fraction or \"poisson\") or \"events\" and \"width\"}.");
        }

        var list = new List<TemplateComponent>();
        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            string key = Guard.Text($"backgrounds[{i}]");
            Object(item, key, required: ["name", "template"], optional: ["uncertainty", "events", "width"]);
            string name = String(item.GetProperty("name"), key + ".name");
            if (name == SpectralLikelihood.SignalComponent || list.Any(c => c.Name == name))
            {
                throw Error(key + ".name", $"'{Guard.Excerpt(name)}' is the signal's name or appears twice.");
            }

            var template = Template(item.GetProperty("template"), key + ".template", axes);
            if (!(template.Total > 0))
            {
                throw Error(key + ".template", "holds no events.");
            }

            double central = item.TryGetProperty("events", out var ev) ? Positive(ev, key + ".events") : template.Total;
            double width;
            if (item.TryGetProperty("width", out _) && item.TryGetProperty("uncertainty", out _))
            {
                throw Error(key, "give either \"uncertainty\" (a fraction, or \"poisson\") or \"width\" (events), not both.");
            }

            if (item.TryGetProperty("width", out var w))
            {
                width = Positive(w, key + ".width");
            }
            else if (item.TryGetProperty("uncertainty", out var u))
            {
                width = u.ValueKind == JsonValueKind.String && u.GetString() == "poisson" ? Math.Sqrt(central) : Positive(u, key + ".uncertainty") * central;
            }
            else
            {
                throw Error(key, "needs \"uncertainty\" (a fraction of its events, or \"poisson\" for √N) or \"width\" (events).");
            }

            if (!(central <= Nuisance.Limit) || !(width >= 1e-50 && width <= 1e250))
            {
                throw Error(key, Guard.Text($"events {central} ± {width} out of range (events ≤ 1e100, width in [1e-50, 1e250])."));
            }

            list.Add(new TemplateComponent(template, Nuisance.Gaussian(name, central, width, lowerBound: 0)));
            i++;
        }

        return list.ToArray();
    }

    // A background template: a table on the fit axes; a product of a spectrum in the first axis and a distribution in the
    // second; or a counts table's first-axis projection spread uniformly over the other axes.
    private Histogram Template(JsonElement e, string key, HistogramAxis[] axes)
    {
        string type = Type(e, key, ["table", "product", "uniformBeyondFirstAxis"]);
        switch (type)
        {
            case "table":
                Object(e, key, required: ["type", "file"], optional: []);
                return Counts(e.GetProperty("file"), key + ".file", axes, isData: false);
            case "uniformBeyondFirstAxis":
            {
                Object(e, key, required: ["type", "file"], optional: []);
                var counts = Counts(e.GetProperty("file"), key + ".file", axes, isData: false);
                double[] first = counts.Project(0);
                int cells = counts.Count / axes[0].Count;
                return new Histogram(axes, Enumerable.Range(0, counts.Count).Select(j => first[j / cells] / cells));
            }

            default:
            {
                Object(e, key, required: ["type", "spectrum", "distribution"], optional: ["scale", "efficiency"]);
                if (axes.Length != 2)
                {
                    throw Error(key, "a product template needs exactly two fit axes.");
                }

                double scale = e.TryGetProperty("scale", out var sc) ? Positive(sc, key + ".scale") : 1;
                var efficiency = e.TryGetProperty("efficiency", out var ef) ? Efficiency(ef, key + ".efficiency") : PerfectAcceptance.Instance;
                double[] spectrum = Sum1D(e.GetProperty("spectrum"), key + ".spectrum", axes[0], efficiency, scale);
                double[] distribution = Sum1D(e.GetProperty("distribution"), key + ".distribution", axes[1], PerfectAcceptance.Instance, 1);
                int times = axes[1].Count;
                return new Histogram(axes, Enumerable.Range(0, axes[0].Count * times).Select(j => spectrum[j / times] * distribution[j % times]));
            }
        }
    }

    // A probability per time bin from a two-column table (x, p): rows summed into the bin holding x.
    private double[] Distribution(JsonElement e, string key, HistogramAxis axis)
    {
        var p = Sum1D(e, key, axis, PerfectAcceptance.Instance, 1);
        double sum = p.Sum();
        return p.All(v => v <= 1) && sum <= 1 + 1e-9 ? p : throw Error(key, Guard.Text($"must be probabilities summing to at most 1 over the axis '{axis.Name}', got a sum of {sum}."));
    }

    // Σ value × efficiency(x) × scale over the rows whose x lies in each bin [lo, hi) of the axis (rows outside ignored).
    private double[] Sum1D(JsonElement e, string key, HistogramAxis axis, IAcceptance efficiency, double scale)
    {
        var table = Table(e, key);
        if (table.Columns.Count != 2)
        {
            throw new CsvFormatException(table.Source, 0, 0, Guard.Text($"needs two columns (x, value), found {table.Columns.Count}."));
        }

        double[] x = table.Column(0), v = table.Column(1);
        double[] edges = axis.Edges.ToArray();
        var sums = new double[axis.Count];
        for (int r = 0; r < table.RowCount; r++)
        {
            if (!(v[r] >= 0))
            {
                throw new CsvFormatException(table.Source, table.LineOf(r), 2, Guard.Text($"negative value {v[r]}."));
            }

            int i = Array.BinarySearch(edges, x[r]);
            int b = i >= 0 ? i : ~i - 1;
            if (b >= 0 && b < axis.Count)
            {
                sums[b] += v[r] * efficiency.Evaluate(x[r]) * scale;
            }
        }

        return sums;
    }

    // A table with one column per axis (bin centres) and a value: rows outside the axes are outside the fit region and
    // ignored; a row inside must sit on a bin centre (a misbinned file is an error naming it and the data's binning), and
    // a bin may appear once.
    private Histogram Counts(JsonElement e, string key, HistogramAxis[] axes, bool isData)
    {
        var table = Table(e, key);
        int n = axes.Length;
        if (table.Columns.Count != n + 1)
        {
            throw new CsvFormatException(table.Source, 0, 0, Guard.Text($"needs {n + 1} columns (the centres of {string.Join(", ", axes.Select(a => a.Name))} and a value), found {table.Columns.Count}."));
        }

        var columns = Enumerable.Range(0, n + 1).Select(table.Column).ToArray();
        var values = new double[axes.Aggregate(1, (c, a) => c * a.Count)];
        var seen = new bool[values.Length];
        for (int r = 0; r < table.RowCount; r++)
        {
            int flat = 0;
            bool inside = true;
            for (int a = 0; a < n && inside; a++)
            {
                double centre = columns[a][r];
                var edges = axes[a].Edges;
                if (!(centre > edges[0] && centre < edges[^1]))
                {
                    inside = false;
                    break;
                }

                int bin = axes[a].BinOfCentre(centre);
                if (bin < 0)
                {
                    throw new CsvFormatException(table.Source, table.LineOf(r), a + 1, Guard.Text(
                        $"{centre} is not a bin centre of the axis {axes[a]}{(isData ? "" : $" (the binning of the data, {dataName})")}."));
                }

                flat = flat * axes[a].Count + bin;
            }

            if (!inside)
            {
                continue;
            }

            if (seen[flat])
            {
                throw new CsvFormatException(table.Source, table.LineOf(r), 0, "this bin appears twice.");
            }

            seen[flat] = true;
            double value = columns[n][r];
            values[flat] = value >= 0 && value <= 1e250 ? value : throw new CsvFormatException(table.Source, table.LineOf(r), n + 1, Guard.Text($"value {value} must lie in [0, 1e250]."));
        }

        return new Histogram(axes, values);
    }

    private string Reference(JsonElement e, string key) => String(e, key);

    // A referenced table: "release:<folder>/<file>" for the data releases embedded in the package, otherwise a path
    // relative to the experiment file. Comma-separated or whitespace-separated, '#' comments, an optional header.
    private CsvTable Table(JsonElement e, string key)
    {
        string reference = String(e, key);
        TextReader reader;
        string shown = Guard.Excerpt(reference);
        if (reference.StartsWith(ReleasePrefix, StringComparison.Ordinal))
        {
            string path = reference[ReleasePrefix.Length..];
            int slash = path.IndexOf('/', StringComparison.Ordinal);
            string folder = slash > 0 ? path[..slash] : "", file = slash > 0 ? path[(slash + 1)..] : "";
            string? logical = folder switch
            {
                "coherent-2017-csi" or "coherent-2021-csi" => $"CoherentScattering.Data.{folder}.{file}",
                "coherent-2020-lar" => $"CoherentScattering.Data.{folder}/{file}",
                _ => null,
            };
            var stream = logical is null ? null : typeof(ExperimentReader).Assembly.GetManifestResourceStream(logical);
            if (stream is null)
            {
                throw Error(key, $"'{shown}' is not a file of an embedded release (release:coherent-2017-csi/…, release:coherent-2020-lar/Data/…, release:coherent-2021-csi/…).");
            }

            reader = new StreamReader(stream);
        }
        else
        {
            try
            {
                reader = (openFile ?? throw new InvalidOperationException("no file access"))(reference);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                throw Error(key, $"cannot read '{shown}': {Guard.Excerpt(ex.Message)}", ex);
            }
        }

        using (reader)
        {
            string text = reader.ReadToEnd();
            string? first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
            string source = Path.GetFileName(reference);
            using var lines = new StringReader(text);
            return first is not null && first.Contains(',', StringComparison.Ordinal)
                ? CsvTable.Parse(lines, source, 0, headerOptional: true)
                : CsvTable.ParseWhitespace(lines, source, 0);
        }
    }

    private string Type(JsonElement e, string key, string[] valid)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("type", out var t))
        {
            throw Error(key, $"must be an object with a \"type\": {string.Join(", ", valid)}.");
        }

        string type = String(t, key + ".type");
        return valid.Contains(type, StringComparer.Ordinal) ? type : throw Error(key + ".type", $"unknown type '{Guard.Excerpt(type)}'; valid: {string.Join(", ", valid)}.");
    }

    private int Column(JsonElement e, string key)
    {
        double v = Number(e, key);
        return v == Math.Round(v) && v >= 0 && v <= 100 ? (int)v : throw Error(key, Guard.Text($"must be a column index in [0, 100], got {v}."));
    }

    private double[] Numbers(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() is < 1 or > 100)
        {
            throw Error(key, "must be an array of 1 to 100 numbers.");
        }

        return e.EnumerateArray().Select((x, i) => Number(x, Guard.Text($"{key}[{i}]"))).ToArray();
    }
}
