namespace Coherent2017;

/// <summary>Command-line options: an optional subcommand, --json, --experiment FILE (repeatable for a joint fit), --out
/// DIR (or FILE for a Feldman–Cousins slice), the fit's --signal, --timing, --systematics, --parameter,
/// --feldman-cousins N, --seed S and --shard i/N, and the files of <c>merge</c>.</summary>
internal sealed record Options(string? Command, bool Json, IReadOnlyList<string> Experiments, string? OutputDirectory, string Signal = "model", string Timing = "release",
    bool Systematics = false, string? Parameter = null, int? FeldmanCousins = null, int Seed = 1, (int Index, int Count)? Shard = null, IReadOnlyList<string>? Files = null,
    (double Low, double High)? Range = null, bool Spectral = false)
{
    /// <summary>The first (for every command but a parameter fit, the only) --experiment.</summary>
    public string? ExperimentFile => Experiments.Count > 0 ? Experiments[0] : null;

    public static Options Parse(string[] args)
    {
        string? command = null, output = null, parameter = null;
        var experiments = new List<string>();
        var files = new List<string>();
        int? feldmanCousins = null;
        int seed = 1;
        (int, int)? shard = null;
        (double, double)? range = null;
        string signal = "model", timing = "release";
        bool json = false, systematics = false, spectral = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--experiment":
                    experiments.Add(i + 1 < args.Length ? args[++i] : throw new UsageException("--experiment needs a file name."));
                    break;
                case "--signal":
                    signal = i + 1 < args.Length ? args[++i] : throw new UsageException("--signal needs 'model' or 'release'.");
                    break;
                case "--timing":
                    timing = i + 1 < args.Length ? args[++i] : throw new UsageException("--timing needs 'release' or 'analytic'.");
                    break;
                case "--parameter":
                    parameter = i + 1 < args.Length ? args[++i] : throw new UsageException($"--parameter needs a key ({string.Join(", ", ModelParameter.Keys)}).");
                    break;
                case "--feldman-cousins":
                    feldmanCousins = i + 1 < args.Length && int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is >= 10 and <= 100_000
                        ? n : throw new UsageException("--feldman-cousins needs the pseudo-experiments per grid point, an integer in [10, 100000].");
                    break;
                case "--seed":
                    seed = i + 1 < args.Length && int.TryParse(args[++i], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int sd)
                        ? sd : throw new UsageException("--seed needs an integer.");
                    break;
                case "--shard":
                    shard = i + 1 < args.Length && ParseShard(args[++i]) is { } sh ? sh : throw new UsageException("--shard needs i/N with N in [1, 100000] and i in [0, N − 1].");
                    break;
                case "--range":
                    range = i + 1 < args.Length && ParseRange(args[++i]) is { } rg ? rg : throw new UsageException("--range needs LOW,HIGH: two finite numbers with LOW < HIGH.");
                    break;
                case "--spectral":
                    spectral = true;
                    break;
                case "--systematics":
                    systematics = true;
                    break;
                case "--out":
                    output = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a directory.");
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{(a.Length > 40 ? a[..40] + "…" : a)}'.");
                default:
                    if (command == "merge")
                    {
                        files.Add(args[i]);
                        break;
                    }

                    command = command is null ? args[i] : throw new UsageException($"unexpected argument '{(args[i].Length > 40 ? args[i][..40] + "…" : args[i])}'.");
                    break;
            }
        }

        if (experiments.Count > 1 && !(command == "fit" && parameter is not null))
        {
            throw new UsageException("more than one --experiment is a joint fit: fit --experiment A --experiment B --parameter KEY.");
        }

        if (parameter is not null && command != "fit")
        {
            throw new UsageException("--parameter belongs to fit: fit --experiment A [--experiment B] --parameter KEY.");
        }

        if ((feldmanCousins is not null || shard is not null) && parameter is null)
        {
            throw new UsageException("--feldman-cousins and --shard belong to a parameter fit: fit --experiment A --parameter KEY --feldman-cousins N [--seed S] [--shard i/N --out FILE].");
        }

        if (shard is not null && (feldmanCousins is null || output is null))
        {
            throw new UsageException("--shard computes one slice of a Feldman–Cousins construction into a file: add --feldman-cousins N and --out FILE.");
        }

        if (range is not null && parameter is null)
        {
            throw new UsageException("--range belongs to a parameter fit: fit --experiment A --parameter KEY --range LOW,HIGH.");
        }

        if (spectral && (command != "table1" || experiments.Count > 0))
        {
            throw new UsageException("--spectral belongs to table1 (the presets' spectral fits): table1 --spectral [--json].");
        }

        return new Options(command, json, experiments, output, signal, timing, systematics, parameter, feldmanCousins, seed, shard, files, range, spectral);
    }

    private static (double, double)? ParseRange(string text)
    {
        var parts = text.Split(',');
        var style = System.Globalization.NumberStyles.Float;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return parts.Length == 2 && double.TryParse(parts[0], style, culture, out double low) && double.TryParse(parts[1], style, culture, out double high)
            && double.IsFinite(low) && double.IsFinite(high) && low < high && Math.Abs(low) <= 1e100 && Math.Abs(high) <= 1e100 ? (low, high) : null;
    }

    private static (int, int)? ParseShard(string text)
    {
        var parts = text.Split('/');
        var style = System.Globalization.NumberStyles.None;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return parts.Length == 2 && int.TryParse(parts[0], style, culture, out int index) && int.TryParse(parts[1], style, culture, out int count)
            && count is >= 1 and <= 100_000 && index < count ? (index, count) : null;
    }
}
