using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;

namespace CoherentScattering.Experiments;

// The detector of a counting file: its target (isotopes and natural elements, form factor), and either a recoil
// observable with an acceptance and bins or a response chain to reconstructed bins.
internal sealed partial class ExperimentReader
{
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
}
