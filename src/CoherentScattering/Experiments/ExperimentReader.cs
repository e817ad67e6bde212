using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
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

    private INeutrinoSource Source(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error("source", $"must be a JSON object, found {e.ValueKind}.");
        }

        if (!e.TryGetProperty("type", out var t))
        {
            throw Error("source.type", "missing required key; valid: pionDecayAtRest, reactor, tabulated, monoenergetic.");
        }

        return String(t, "source.type") switch
        {
            "pionDecayAtRest" => PionSource(e),
            "reactor" => Reactor(e),
            "tabulated" => Tabulated(e),
            "monoenergetic" => Monoenergetic(e),
            var type => throw Error("source.type", $"unknown source type '{Guard.Excerpt(type)}'; valid: pionDecayAtRest, reactor, tabulated, monoenergetic."),
        };
    }

    private PionDecayAtRest PionSource(JsonElement e)
    {
        Object(e, "source", required: ["type", "protonsOnTarget", "neutrinosPerFlavorPerProton", "baselineMeters"], optional: []);
        double pot = Positive(e.GetProperty("protonsOnTarget"), "source.protonsOnTarget");
        double r = Positive(e.GetProperty("neutrinosPerFlavorPerProton"), "source.neutrinosPerFlavorPerProton");
        double baseline = Positive(e.GetProperty("baselineMeters"), "source.baselineMeters");
        return Build(() => new PionDecayAtRest(pot, r, Length.FromMeters(baseline)), new Dictionary<string, string>
        {
            ["protonsOnTarget"] = "source.protonsOnTarget",
            ["neutrinosPerFlavorPerProton"] = "source.neutrinosPerFlavorPerProton",
            ["baseline"] = "source.baselineMeters",
            ["value"] = "source.baselineMeters",
        });
    }

    // A reactor core (docs/reactor-sources.md); the live time is source.liveDays (see Experiment for the top-level key).
    private ReactorSource Reactor(JsonElement e)
    {
        Object(e, "source", required: ["type", "thermalPowerMegawatts", "fissionFractions", "baselineMeters", "liveDays"],
            optional: ["spectrumModel", "energiesPerFissionMeV"]);
        double power = Positive(e.GetProperty("thermalPowerMegawatts"), "source.thermalPowerMegawatts");
        double baseline = Positive(e.GetProperty("baselineMeters"), "source.baselineMeters");
        double days = Positive(e.GetProperty("liveDays"), "source.liveDays");
        double[] f = IsotopeValues(e.GetProperty("fissionFractions"), "source.fissionFractions");
        for (int i = 0; i < f.Length; i++)
        {
            if (!(f[i] >= 0 && f[i] <= 1))
            {
                throw Error(Guard.Text($"source.fissionFractions.{(FissionIsotope)i}"), Guard.Text($"must lie in [0, 1], got {f[i]}."));
            }
        }

        if (!(Math.Abs(f.Sum() - 1) <= FissionFractions.SumTolerance))
        {
            throw Error("source.fissionFractions", Guard.Text($"the fractions must sum to 1 within {FissionFractions.SumTolerance}, got {f.Sum()}."));
        }

        FissionEnergies? energies = null;
        if (e.TryGetProperty("energiesPerFissionMeV", out var en))
        {
            double[] v = IsotopeValues(en, "source.energiesPerFissionMeV");
            for (int i = 0; i < v.Length; i++)
            {
                if (!(v[i] >= FissionEnergies.MinimumMev && v[i] <= FissionEnergies.MaximumMev))
                {
                    throw Error(Guard.Text($"source.energiesPerFissionMeV.{(FissionIsotope)i}"), Guard.Text(
                        $"must lie in the physical range [{FissionEnergies.MinimumMev}, {FissionEnergies.MaximumMev}] MeV, got {v[i]}."));
                }
            }

            energies = new FissionEnergies(Energy.FromMegaelectronvolts(v[0]), Energy.FromMegaelectronvolts(v[1]), Energy.FromMegaelectronvolts(v[2]), Energy.FromMegaelectronvolts(v[3]));
        }

        var model = ReactorSpectrumModel.HuberMueller2to8;
        if (e.TryGetProperty("spectrumModel", out var m))
        {
            model = String(m, "source.spectrumModel") switch
            {
                "huberMueller2to8" => ReactorSpectrumModel.HuberMueller2to8,
                "huberMuellerExtrapolated" => ReactorSpectrumModel.HuberMuellerExtrapolated,
                var other => throw Error("source.spectrumModel", $"unknown spectrum model '{Guard.Excerpt(other)}'; valid: huberMueller2to8, huberMuellerExtrapolated."),
            };
        }

        return Build(() => new ReactorSource(Power.FromMegawatts(power), new FissionFractions(f[0], f[1], f[2], f[3]), Length.FromMeters(baseline), Duration.FromDays(days), model, energies),
            new Dictionary<string, string>
            {
                ["thermalPower"] = "source.thermalPowerMegawatts",
                ["baseline"] = "source.baselineMeters",
                ["liveTime"] = "source.liveDays",
                ["value"] = "source",
            });
    }

    // An object {"U235": x, "U238": x, "Pu239": x, "Pu241": x} (all four keys), in FissionIsotope order.
    private double[] IsotopeValues(JsonElement e, string key)
    {
        string[] names = Enum.GetNames<FissionIsotope>();
        Object(e, key, required: names, optional: []);
        return names.Select(n => Number(e.GetProperty(n), key + "." + n)).ToArray();
    }

    private DetectorResponse Detector(JsonElement e)
    {
        bool photoelectrons = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("photoelectronsPerKeV", out _);
        roiKey = photoelectrons ? "detector.roiPhotoelectrons" : "detector.recoilWindowKeV";
        string[] common = ["massKilograms", "composition", "acceptance"];
        string[] response = photoelectrons
            ? ["photoelectronsPerKeV", "roiPhotoelectrons", "binWidthPhotoelectrons"]
            : ["recoilWindowKeV"];
        Object(e, "detector", required: [.. common, .. response], optional: photoelectrons ? ["formFactor"] : ["formFactor", "binWidthKeV"]);

        double mass = Positive(e.GetProperty("massKilograms"), "detector.massKilograms");
        var target = new TargetMaterial(Composition(e.GetProperty("composition")), FormFactor(e));
        var acceptance = Acceptance(e.GetProperty("acceptance"));
        IRecoilObservable observable;
        double[] edges;
        if (photoelectrons)
        {
            double k = Positive(e.GetProperty("photoelectronsPerKeV"), "detector.photoelectronsPerKeV");
            observable = Build(() => LinearRecoilObservable.Photoelectrons(k), new Dictionary<string, string> { ["perKiloelectronvolt"] = "detector.photoelectronsPerKeV" });
            var (low, high) = Window(e.GetProperty("roiPhotoelectrons"), "detector.roiPhotoelectrons");
            double width = Positive(e.GetProperty("binWidthPhotoelectrons"), "detector.binWidthPhotoelectrons");
            edges = Bins(low, high, width, "detector.binWidthPhotoelectrons");
        }
        else
        {
            observable = LinearRecoilObservable.RecoilKiloelectronvolts;
            var (low, high) = Window(e.GetProperty("recoilWindowKeV"), "detector.recoilWindowKeV");
            double width = e.TryGetProperty("binWidthKeV", out var w) ? Positive(w, "detector.binWidthKeV") : (high - low) / 10;
            edges = Bins(low, high, width, "detector.binWidthKeV");
        }

        return Build(() => new DetectorResponse(target, Mass.FromKilograms(mass), observable, acceptance, edges), new Dictionary<string, string>
        {
            ["mass"] = "detector.massKilograms",
            ["value"] = "detector.massKilograms",
            ["binEdges"] = roiKey,
        });
    }

    // A detector counting in reconstructed bins through a response chain: the true recoils integrated over
    // recoilPanelsKeV (keVnr), folded through detector.response into detector.bins.
    private DetectorResponse FoldedDetector(JsonElement e, out ResponseChain response)
    {
        Object(e, "detector", required: ["massKilograms", "composition", "recoilPanelsKeV", "response", "bins"], optional: ["formFactor"]);
        roiKey = "detector.bins";
        double mass = Positive(e.GetProperty("massKilograms"), "detector.massKilograms");
        var target = new TargetMaterial(Composition(e.GetProperty("composition")), FormFactor(e));
        var bins = Axis(e.GetProperty("bins"), "detector.bins");
        responseKey = "detector.response";
        response = Response(e.GetProperty("response"), bins);
        var panels = Panels(e.GetProperty("recoilPanelsKeV"), response, "detector.recoilPanelsKeV");
        return Build(() => new DetectorResponse(target, Mass.FromKilograms(mass), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, panels),
            new Dictionary<string, string>
            {
                ["mass"] = "detector.massKilograms",
                ["value"] = "detector.massKilograms",
                ["binEdges"] = "detector.recoilPanelsKeV",
            });
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

    // Isotopes ({"nucleus": key, "atoms": η}) and natural elements ({"element": symbol, "atoms": n}, expanded into their
    // isotopes with η = n · f_i); an isotope may come from one entry only.
    private List<TargetIsotope> Composition(JsonElement e, string compositionKey = "detector.composition")
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
        {
            throw Error(compositionKey, "must be a non-empty array of {\"nucleus\": key, \"atoms\": count} or {\"element\": symbol, \"atoms\": count}.");
        }

        var list = new List<TargetIsotope>();
        var origin = new Dictionary<string, string>(StringComparer.Ordinal); // isotope key → the entry that supplied it
        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            string key = $"{compositionKey}[{i}]";
            bool element = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("element", out _);
            Object(item, key, required: [element ? "element" : "nucleus", "atoms"], optional: ["spin"]);
            IReadOnlyList<TargetIsotope> isotopes;
            string nameKey = key + (element ? ".element" : ".nucleus");
            double atoms = Positive(item.GetProperty("atoms"), key + ".atoms");
            if (element)
            {
                string symbol = String(item.GetProperty("element"), nameKey);
                if (!Elements.TryGet(symbol, out var el))
                {
                    throw Error(nameKey, $"unknown element '{Guard.Excerpt(symbol)}'; valid symbols: {Elements.Symbols}.");
                }

                isotopes = el.TargetIsotopes(atoms);
            }
            else
            {
                string nucleus = String(item.GetProperty("nucleus"), nameKey);
                if (!Nuclei.TryGet(nucleus, out var n))
                {
                    throw Error(nameKey, $"unknown nucleus '{Guard.Excerpt(nucleus)}'; valid keys: {string.Join(", ", Nuclei.All.Select(x => x.Key).Order(StringComparer.Ordinal))}.");
                }

                isotopes = [new TargetIsotope(n, atoms)];
            }

            if (item.TryGetProperty("spin", out var spin))
            {
                // The shell-model spins for the axial term (Nuclear.ShellModelSpins): every isotope of an element that
                // has an entry; a single isotope must have one.
                if (String(spin, key + ".spin") != "shellModel")
                {
                    throw Error(key + ".spin", "the only value is \"shellModel\" (the spin expectation values of Nuclear.ShellModelSpins).");
                }

                if (!element && !ShellModelSpins.TryGet(isotopes[0].Nucleus, out _))
                {
                    throw Error(key + ".spin", $"no shell-model spin for {isotopes[0].Nucleus.Key}; entries: {string.Join(", ", ShellModelSpins.Keys)}.");
                }

                isotopes = isotopes.Select(t => ShellModelSpins.TryGet(t.Nucleus, out _) ? new TargetIsotope(ShellModelSpins.Apply(t.Nucleus), t.Atoms) : t).ToArray();
            }

            foreach (var isotope in isotopes)
            {
                if (origin.TryGetValue(isotope.Nucleus.Key, out string? first))
                {
                    throw Error(nameKey, first == nameKey ? $"'{isotope.Nucleus.Key}' is listed twice."
                        : $"'{isotope.Nucleus.Key}' is already supplied by {first}: list each isotope once, or the element alone.");
                }

                origin[isotope.Nucleus.Key] = nameKey;
                list.Add(isotope);
            }

            i++;
        }

        return list;
    }

    private IFormFactor FormFactor(JsonElement detector, string formFactorKey = "detector.formFactor")
    {
        if (!detector.TryGetProperty("formFactor", out var e))
        {
            return HelmFormFactor.Paper;
        }

        return String(e, formFactorKey) switch
        {
            "helm" => HelmFormFactor.Paper,
            "kleinNystrand" => KleinNystrandFormFactor.Coherent,
            "symmetrizedFermi" => SymmetrizedFermiFormFactor.LewinSmith,
            "unity" => UnitFormFactor.Instance,
            var other => throw Error(formFactorKey, $"unknown form factor '{Guard.Excerpt(other)}'; valid: helm, kleinNystrand, symmetrizedFermi, unity."),
        };
    }

    private IAcceptance Acceptance(JsonElement e) => String(e, "detector.acceptance") switch
    {
        "perfect" => PerfectAcceptance.Instance,
        "coherent2017" => Coherent2017Acceptance.Continuous,
        "coherent2017BinCentres" => Coherent2017Acceptance.BinCentres,
        var other => throw Error("detector.acceptance", $"unknown acceptance '{Guard.Excerpt(other)}'; valid: perfect, coherent2017, coherent2017BinCentres."),
    };

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

    private double[] Bins(double low, double high, double width, string key)
    {
        try
        {
            return DetectorResponse.UniformBins(low, high, width);
        }
        catch (ArgumentException ex)
        {
            throw Error(key, ex.Message, ex);
        }
    }

    private (double Low, double High) Window(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2)
        {
            throw Error(key, "must be an array [low, high].");
        }

        double low = Number(e[0], key + "[0]"), high = Number(e[1], key + "[1]");
        if (!(low >= 0) || !(high > low))
        {
            throw Error(key, Guard.Text($"needs 0 ≤ low < high, got [{low}, {high}]."));
        }

        return (low, high);
    }

    private void Object(JsonElement e, string key, string[] required, string[] optional)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error(key, $"must be a JSON object, found {e.ValueKind}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            string name = PropertyName(property, key);
            if (!required.Contains(name, StringComparer.Ordinal) && !optional.Contains(name, StringComparer.Ordinal))
            {
                throw Error(Join(key, Guard.Excerpt(name)), $"unknown key; valid keys here: {string.Join(", ", required.Concat(optional))}.");
            }

            if (!seen.Add(name))
            {
                throw Error(Join(key, name), "duplicate key: each key may appear only once in an object.");
            }
        }

        foreach (string name in required)
        {
            if (!e.TryGetProperty(name, out _))
            {
                throw Error(Join(key, name), "missing required key.");
            }
        }
    }

    private static string Join(string parent, string name) => parent == "$" ? name : parent + "." + name;

    private string PropertyName(JsonProperty property, string parent)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw Error(parent, "a key is not valid text (a lone UTF-16 surrogate).", ex);
        }
    }

    private string String(JsonElement e, string key)
    {
        string? value = e.ValueKind == JsonValueKind.String ? AnyText(e, key) : null;
        return !string.IsNullOrWhiteSpace(value) ? value
            : throw Error(key, $"must be a non-empty string, found {e.ValueKind}.");
    }

    // The text of a JSON string, possibly empty; a lone UTF-16 surrogate is a format error.
    private string AnyText(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            throw Error(key, $"must be a string, found {e.ValueKind}.");
        }

        try
        {
            return e.GetString() ?? "";
        }
        catch (InvalidOperationException ex)
        {
            throw Error(key, "must be valid text (found a lone UTF-16 surrogate).", ex);
        }
    }

    private double Number(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double v) && double.IsFinite(v) ? v
            : throw Error(key, $"must be a finite number, found {e.ValueKind} {Guard.Excerpt(e.GetRawText())}.");

    private double Positive(JsonElement e, string key)
    {
        double v = Number(e, key);
        return v > 0 ? v : throw Error(key, Guard.Text($"must be > 0, got {v}."));
    }

    private ExperimentFormatException Error(string key, string problem, Exception? inner = null) => new(file, key, problem, inner);
}
