using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

// The response chain of a spectral fit: quenching, resolution and efficiency.
internal sealed partial class ExperimentReader
{
    private string responseKey = "response"; // "detector.response" in a counting file

    private ResponseChain Response(JsonElement e, HistogramAxis axis)
    {
        string r = responseKey;
        Object(e, r, required: ["quenching", "resolution", "efficiency"], optional: ["unitsPerKeVee"]);
        var quenching = Quenching(e.GetProperty("quenching"));
        double scale = e.TryGetProperty("unitsPerKeVee", out var k) ? Positive(k, r + ".unitsPerKeVee") : 1.0;
        var resolution = Resolution(e.GetProperty("resolution"));
        var efficiency = Efficiency(e.GetProperty("efficiency"), r + ".efficiency");
        return Build(() => new ResponseChain(quenching, scale, resolution, efficiency, axis), new Dictionary<string, string>
        {
            ["unitsPerKiloelectronvoltElectronEquivalent"] = r + ".unitsPerKeVee",
            ["efficiency"] = r + ".efficiency",
        });
    }

    private IQuenching Quenching(JsonElement e)
    {
        string key = responseKey + ".quenching";
        string type = Type(e, key, ["linear", "lindhard", "polynomial", "table"]);
        switch (type)
        {
            case "table":
                return QuenchingTable(e, key);
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
                bool fromFile = e.TryGetProperty("file", out _);
                Object(e, key, required: fromFile ? ["type", "file", "row"] : ["type", "coefficientsMeV"], optional: []);
                var c = fromFile ? CoefficientRow(e, key, columns: 0) : Numbers(e.GetProperty("coefficientsMeV"), key + ".coefficientsMeV");
                return Build(() => new PolynomialQuenching(c), new Dictionary<string, string> { ["coefficients"] = fromFile ? key + ".row" : key + ".coefficientsMeV" });
        }
    }

    // A tabulated quenching (e.g. a measured germanium QF below 1 keVnr): {"type": "table", "quantity": "quenchingFactor" |
    // "electronEquivalentKeV", then "recoilsKeV" and "values", or "file" with two columns T [keVnr], value}.
    private IQuenching QuenchingTable(JsonElement e, string key)
    {
        bool fromFile = e.TryGetProperty("file", out _);
        Object(e, key, required: fromFile ? ["type", "quantity", "file"] : ["type", "quantity", "recoilsKeV", "values"], optional: []);
        string quantity = String(e.GetProperty("quantity"), key + ".quantity");
        if (quantity is not ("quenchingFactor" or "electronEquivalentKeV"))
        {
            throw Error(key + ".quantity", $"unknown quantity '{Guard.Excerpt(quantity)}'; valid: quenchingFactor, electronEquivalentKeV.");
        }

        TabulatedQuenching Create(double[] t, double[] v, string name) => quantity == "quenchingFactor"
            ? TabulatedQuenching.FromQuenchingFactors(t, v, name) : TabulatedQuenching.FromElectronEquivalent(t, v, name);
        if (fromFile)
        {
            var table = Table(e.GetProperty("file"), key + ".file");
            if (table.Columns.Count != 2)
            {
                throw new IO.CsvFormatException(table.Source, 0, 0, Guard.Text($"needs 2 columns (recoil in keVnr, {quantity}) for {key}, found {table.Columns.Count}."));
            }

            return table.Build(t => Create(t.Column(0), t.Column(1), "table " + t.Source));
        }

        var recoils = Numbers(e.GetProperty("recoilsKeV"), key + ".recoilsKeV", 100_000);
        var values = Numbers(e.GetProperty("values"), key + ".values", 100_000);
        return Build(() => Create(recoils, values, "tabulated " + quantity), new Dictionary<string, string>
        {
            ["recoilsKiloelectronvolts"] = key + ".recoilsKeV",
            ["quenchingFactors"] = key + ".values",
            ["electronEquivalentKiloelectronvolts"] = key + ".values",
        });
    }

    private IResolution Resolution(JsonElement e)
    {
        string key = responseKey + ".resolution";
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
                Object(e, key, required: ["type", "squareRootCoefficient"], optional: ["constant"]);
                double a = Number(e.GetProperty("squareRootCoefficient"), key + ".squareRootCoefficient");
                double c = e.TryGetProperty("constant", out var ce) ? Number(ce, key + ".constant") : 0;
                return Build(() => new GaussianResolution(a, c), new Dictionary<string, string>
                {
                    ["squareRootCoefficient"] = key + ".squareRootCoefficient",
                    ["constantWidth"] = key + ".constant",
                });
            default:
                Object(e, key, required: ["type", "lightYield", "shapeCoefficient"], optional: []);
                double ly = Number(e.GetProperty("lightYield"), key + ".lightYield"), beta = Number(e.GetProperty("shapeCoefficient"), key + ".shapeCoefficient");
                return Build(() => new GammaPhotoelectrons(ly, beta), new Dictionary<string, string> { ["lightYield"] = key + ".lightYield", ["shapeCoefficient"] = key + ".shapeCoefficient" });
        }
    }

    private IAcceptance Efficiency(JsonElement e, string key)
    {
        string type = Type(e, key, ["perfect", "coherent2017", "coherent2017BinCentres", "table", "logistic", "exponentialTail"]);
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
            case "exponentialTail":
                Object(e, key, required: ["type", "onset", "decayRate"], optional: []);
                double onset = Number(e.GetProperty("onset"), key + ".onset"), rate = Number(e.GetProperty("decayRate"), key + ".decayRate");
                return Build(() => new ExponentialTailEfficiency(onset, rate), new Dictionary<string, string> { ["onset"] = key + ".onset", ["decayRate"] = key + ".decayRate" });
            default:
                bool fromFile = e.TryGetProperty("file", out _);
                string[] names = ["amplitude", "slope", "midpoint", "offset"];
                Object(e, key, required: fromFile ? ["type", "file", "row"] : ["type", .. names], optional: []);
                double[] p = fromFile ? CoefficientRow(e, key, columns: 4) : names.Select(n => Number(e.GetProperty(n), key + "." + n)).ToArray();
                return Build(() => new LogisticEfficiency(p[0], p[1], p[2], p[3]), names.ToDictionary(n => n, n => fromFile ? key + ".row" : key + "." + n));
        }
    }

    // The coefficients of one data row (counted from 0, comment and blank lines not counted) of a table file: every
    // column of the row, or exactly `columns` of them when columns > 0.
    private double[] CoefficientRow(JsonElement e, string key, int columns)
    {
        var table = Table(e.GetProperty("file"), key + ".file");
        double v = Number(e.GetProperty("row"), key + ".row");
        if (!(v == Math.Round(v) && v >= 0 && v < table.RowCount))
        {
            throw Error(key + ".row", Guard.Text($"must be a data-row index in [0, {table.RowCount - 1}] of {table.Source} (counted from 0, comments not counted), got {v}."));
        }

        if (columns > 0 && table.Columns.Count != columns)
        {
            throw new IO.CsvFormatException(table.Source, 0, 0, Guard.Text($"needs {columns} columns for {key}, found {table.Columns.Count}."));
        }

        int row = (int)v;
        return Enumerable.Range(0, table.Columns.Count).Select(c => table.Column(c)[row]).ToArray();
    }
}
