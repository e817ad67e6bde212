using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

// The JSON reader of experiment files: every error an ExperimentFormatException naming the file and the key.
internal sealed partial class ExperimentReader(string file)
{
    // Parses a file's JSON with a reader whose relative file names open below baseDirectory (none when it is null: the
    // opener then refuses with noFiles).
    public static T Read<T>(string json, string fileName, string? baseDirectory, string noFiles, Func<ExperimentReader, JsonElement, Func<string, TextReader>, T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        fileName = Guard.Excerpt(fileName);
        using var document = Document(json, fileName);
        TextReader Open(string relative) => baseDirectory is null
            ? throw new ArgumentException(noFiles)
            : IO.InputFile.OpenText(Path.Combine(baseDirectory, relative), "path");
        return read(new ExperimentReader(fileName), document.RootElement, Open);
    }

    // The JSON text as a document; invalid JSON or text is a format error of the whole file ("$").
    public static JsonDocument Document(string json, string fileName)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ExperimentFormatException(fileName, "$", Guard.Text($"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {Guard.Excerpt(e.Message)}"), e);
        }
        catch (ArgumentException e)
        {
            // For example a lone UTF-16 surrogate, which has no UTF-8 form.
            throw new ExperimentFormatException(fileName, "$", $"not valid text: {Guard.Excerpt(e.Message)}", e);
        }
    }

    private string roiKey = "detector";  // the key of the region of interest, set when the detector is read

    public Experiment Experiment(JsonElement root, Func<string, TextReader>? open = null)
    {
        openFile = open;
        Object(root, "$", required: ["name", "source", "detector"], optional: ["measurement", "liveDays", "description"]);
        string name = String(root.GetProperty("name"), "name");
        if (name.Length > Experiments.Experiment.MaximumNameLength)
        {
            throw Error("name", Guard.Text($"must have at most {Experiments.Experiment.MaximumNameLength} characters, got {name.Length}."));
        }

        var source = Source(root.GetProperty("source"));
        var detectorElement = root.GetProperty("detector");
        ResponseChain? response = null;
        var detector = detectorElement.ValueKind == JsonValueKind.Object && detectorElement.TryGetProperty("response", out _)
            ? FoldedDetector(detectorElement, out response) : Detector(detectorElement);
        var measurement = root.TryGetProperty("measurement", out var m) ? Measurement(m) : null;
        if (root.TryGetProperty("liveDays", out var live))
        {
            // Top-level liveDays describes the exposure; a reactor's fluence uses source.liveDays. Both given: they must agree.
            double days = Positive(live, "liveDays");
            var (sourceDays, sourceKey) = source switch
            {
                ReactorSource reactor => (reactor.LiveTime.Days, "source.liveDays"),
                TabulatedSource tabulated => (tabulated.Exposure.Days, "source.exposureDays"),
                _ => (days, ""),
            };
            if (!(Math.Abs(days - sourceDays) <= 1e-9 * days))
            {
                throw Error("liveDays", Guard.Text($"= {days} contradicts {sourceKey} = {sourceDays}: the exposure of this source is {sourceKey}; omit liveDays or make them equal."));
            }
        }

        if (root.TryGetProperty("description", out var d))
        {
            String(d, "description");
        }

        var experiment = new Experiment(name, source, detector, measurement);
        if (response is not null)
        {
            experiment = experiment.WithResponse(response);
        }

        CheckRates(experiment);
        return experiment;
    }

    // The derived exposure must be representable and the region of interest must hold Standard-Model events;
    // checked here so that a bad number is reported with its file and key, not later by a fit.
    private void CheckRates(Experiment experiment)
    {
        string roi = roiKey;
        double total;
        try
        {
            total = experiment.ComputeEvents(CrossSections.StandardModel.Paper).Total;
        }
        catch (ArgumentException e)
        {
            string key = e.ParamName == "integration" ? roi : e.ParamName == "detector" ? "detector.massKilograms" : e.ParamName == "recoilPanelEdgesKev" ? "detector.recoilPanelsKeV" : "source";
            throw Error(key, $"the set-up cannot be integrated: {e.Message}", e);
        }

        if (!(total > 0))
        {
            double eMax = experiment.Flux.Components.Max(c => c.Spectrum.MaximumEnergyMev);
            var lightest = experiment.Detector.Target.Isotopes.Select(i => i.Nucleus).MinBy(n => n.MassMev)!;
            double tMax = Kinematics.MaxRecoilMev(eMax, lightest.MassMev);
            string window = experiment.Response is { } r
                ? Guard.Text($"the reconstructed bins [{r.Axis.Edges[0]}, {r.Axis.Edges[^1]}] {r.Axis.Unit} hold no expected CEvNS events: the source's neutrinos (up to {eMax:G4} MeV) give recoils up to {tMax * 1e3:G4} keV on {lightest.Key} (within the recoil panels [{experiment.Detector.RegionLow}, {experiment.Detector.RegionHigh}] keV), or the response puts none of them in the bins.")
                : Guard.Text($"the region of interest [{experiment.Detector.RegionLow}, {experiment.Detector.RegionHigh}] {experiment.Detector.Observable.Unit} holds no expected CEvNS events: the source's neutrinos (up to {eMax:G4} MeV) give recoils up to {tMax * 1e3:G4} keV on {lightest.Key} ({experiment.Detector.Observable.FromRecoilMev(tMax):G4} {experiment.Detector.Observable.Unit}), or the acceptance vanishes there.");
            throw Error(roi, window);
        }
    }

    private CountingMeasurement Measurement(JsonElement e)
    {
        string[] keys = ["observedEvents", "beamOnBackground", "steadyStateBackground", "signalUncertainty", "backgroundUncertainty"];
        Object(e, "measurement", required: keys, optional: []);
        double[] v = keys.Select(k => Number(e.GetProperty(k), "measurement." + k)).ToArray();
        try
        {
            return new CountingMeasurement(v[0], v[1], v[2], v[3], v[4]);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw Error("measurement." + ex.ParamName, ex.Message, ex);
        }
    }

    // Runs a library constructor; its argument errors become format errors naming the JSON key of the argument.
    private T Build<T>(Func<T> create, Dictionary<string, string> keys)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex) when (ex.ParamName is { } p && keys.TryGetValue(p, out string? key))
        {
            throw Error(key, ex.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal), ex);
        }
    }

    private ExperimentFormatException Error(string key, string problem, Exception? inner = null) => new(file, key, problem, inner);
}
