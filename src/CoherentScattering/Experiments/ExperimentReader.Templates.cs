using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.IO;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

// The tables of a spectral fit: data, background templates, arrival-time distributions, and the files they name.
internal sealed partial class ExperimentReader
{
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

            Histogram template;
            try
            {
                template = Template(item.GetProperty("template"), key + ".template", axes);
            }
            catch (ArgumentException ex)
            {
                // For example a scale that takes the expected events beyond 1e250.
                throw Error(key + ".template", ex.Message, ex);
            }

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
                width = u.ValueKind == JsonValueKind.String && AnyText(u, key + ".uncertainty") == "poisson" ? Math.Sqrt(central) : Positive(u, key + ".uncertainty") * central;
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
        string type = Type(e, key, ["table", "product", "uniformBeyondFirstAxis", "events"]);
        switch (type)
        {
            case "events":
                return Events(e, key, axes);
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
                Object(e, key, required: ["type", "spectrum", "distribution"], optional: ["scale", "efficiency", "distributionEfficiency"]);
                if (axes.Length != 2)
                {
                    throw Error(key, "a product template needs exactly two fit axes.");
                }

                double scale = e.TryGetProperty("scale", out var sc) ? Positive(sc, key + ".scale") : 1;
                var efficiency = e.TryGetProperty("efficiency", out var ef) ? Efficiency(ef, key + ".efficiency") : PerfectAcceptance.Instance;
                double[] spectrum = Sum1D(e.GetProperty("spectrum"), key + ".spectrum", axes[0], efficiency, scale);
                var distributionEfficiency = e.TryGetProperty("distributionEfficiency", out var de) ? Efficiency(de, key + ".distributionEfficiency") : PerfectAcceptance.Instance;
                double[] distribution = Sum1D(e.GetProperty("distribution"), key + ".distribution", axes[1], distributionEfficiency, 1);
                int times = axes[1].Count;
                return new Histogram(axes, Enumerable.Range(0, axes[0].Count * times).Select(j => spectrum[j / times] * distribution[j % times]));
            }
        }
    }

    // Unbinned events, one per row: the chosen columns (one per axis, each times its scale) binned into the fit axes, each
    // bin [low, high); events outside the axes are outside the fit region and skipped.
    private Histogram Events(JsonElement e, string key, HistogramAxis[] axes)
    {
        Type(e, key, ["events"]);
        Object(e, key, required: ["type", "file", "columns"], optional: ["scale"]);
        var columnsElement = e.GetProperty("columns");
        if (columnsElement.ValueKind != JsonValueKind.Array || columnsElement.GetArrayLength() != axes.Length)
        {
            throw Error(key + ".columns", Guard.Text($"must be an array of {axes.Length} column indices, one per axis ({string.Join(", ", axes.Select(a => a.Name))})."));
        }

        int[] columns = columnsElement.EnumerateArray().Select((c, i) => Column(c, Guard.Text($"{key}.columns[{i}]"))).ToArray();
        double[] scale = Enumerable.Repeat(1.0, axes.Length).ToArray();
        if (e.TryGetProperty("scale", out var sc))
        {
            if (sc.ValueKind != JsonValueKind.Array || sc.GetArrayLength() != axes.Length)
            {
                throw Error(key + ".scale", Guard.Text($"must be an array of {axes.Length} factors, one per axis."));
            }

            scale = sc.EnumerateArray().Select((x, i) => Positive(x, Guard.Text($"{key}.scale[{i}]"))).ToArray();
            if (scale.Any(f => f > 1e100))
            {
                throw Error(key + ".scale", "factors must lie in (0, 1e100].");
            }
        }

        var table = Table(e.GetProperty("file"), key + ".file");
        if (columns.Max() >= table.Columns.Count)
        {
            throw Error(key + ".columns", Guard.Text($"{table.Source} has {table.Columns.Count} columns; column indices count from 0."));
        }

        var values = columns.Select(table.Column).ToArray();
        var edges = axes.Select(a => a.Edges.ToArray()).ToArray();
        var counts = new double[axes.Aggregate(1, (c, a) => c * a.Count)];
        for (int r = 0; r < table.RowCount; r++)
        {
            int flat = 0;
            bool inside = true;
            for (int a = 0; a < axes.Length && inside; a++)
            {
                double x = values[a][r] * scale[a];
                int i = Array.BinarySearch(edges[a], x);
                int bin = i >= 0 ? i : ~i - 1;
                inside = bin >= 0 && bin < axes[a].Count;
                flat = flat * axes[a].Count + bin;
            }

            if (inside)
            {
                counts[flat]++;
            }
        }

        return new Histogram(axes, counts);
    }

    // A probability per time bin from a two-column table (x, p): rows, each times the efficiency at its x, summed into the
    // bin holding x.
    private double[] Distribution(JsonElement e, string key, HistogramAxis axis, IAcceptance efficiency)
    {
        var p = Sum1D(e, key, axis, efficiency, 1);
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

    private double[] Numbers(JsonElement e, string key, int maximumCount = 100)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() < 1 || e.GetArrayLength() > maximumCount)
        {
            throw Error(key, Guard.Text($"must be an array of 1 to {maximumCount} numbers."));
        }

        return e.EnumerateArray().Select((x, i) => Number(x, Guard.Text($"{key}[{i}]"))).ToArray();
    }
}
