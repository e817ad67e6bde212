namespace CoherentScattering.Cli;

/// <summary>Command-line options: an optional subcommand, --json, --experiment FILE (repeatable for a joint fit), --out
/// DIR (or FILE for a Feldman–Cousins slice), the fit's --signal, --timing, --systematics, --parameter (once for a
/// profile, twice for a 2-D region), --range (once per parameter, in their order), --points N, --feldman-cousins N,
/// --seed S and --shard i/N, and the files of <c>merge</c>.</summary>
internal sealed record Options(string? Command, bool Json, IReadOnlyList<string> Experiments, string? OutputDirectory, string Signal = "model", string Timing = "release",
    bool Systematics = false, string? Parameter = null, int? FeldmanCousins = null, int Seed = 1, (int Index, int Count)? Shard = null, IReadOnlyList<string>? Files = null,
    (double Low, double High)? Range = null, bool Spectral = false, string? SecondParameter = null, (double Low, double High)? SecondRange = null, int? Points = null)
{
    /// <summary>Grid points per parameter accepted by --points.</summary>
    public const int MinPoints = 3, MaxPoints = 100_001;

    /// <summary>The first (for every command but a parameter fit, the only) --experiment.</summary>
    public string? ExperimentFile => Experiments.Count > 0 ? Experiments[0] : null;

    public static Options Parse(string[] args)
    {
        string? command = null, output = null;
        var parameters = new List<string>();
        var ranges = new List<(double, double)>();
        int? points = null;
        var experiments = new List<string>();
        var files = new List<string>();
        int? feldmanCousins = null;
        int seed = 1;
        (int, int)? shard = null;
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
                    parameters.Add(i + 1 < args.Length ? args[++i] : throw new UsageException($"--parameter needs a key ({string.Join(", ", ModelParameter.Keys)})."));
                    break;
                case "--points":
                    points = i + 1 < args.Length && int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int np) && np is >= MinPoints and <= MaxPoints
                        ? np : throw new UsageException($"--points needs the grid points per parameter, an integer in [{MinPoints}, {MaxPoints}].");
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
                    ranges.Add(i + 1 < args.Length && ParseRange(args[++i]) is { } rg ? rg : throw new UsageException("--range needs LOW,HIGH: two finite numbers with LOW < HIGH."));
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

        if (parameters.Count > 2 || ranges.Count > parameters.Count && parameters.Count > 0)
        {
            throw new UsageException("fit takes one --parameter (a profile) or two (a 2-D region), and at most one --range per parameter, in their order.");
        }

        if (parameters.Count == 2 && parameters[0] == parameters[1])
        {
            throw new UsageException($"the two --parameter keys of a region must differ, got '{(parameters[0].Length > 40 ? parameters[0][..40] + "…" : parameters[0])}' twice.");
        }

        string? parameter = parameters.Count > 0 ? parameters[0] : null;
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

        if ((ranges.Count > 0 || points is not null) && parameter is null)
        {
            throw new UsageException("--range and --points belong to a parameter fit: fit --experiment A --parameter KEY [--range LOW,HIGH] [--points N].");
        }

        if (spectral && (command != "table1" || experiments.Count > 0))
        {
            throw new UsageException("--spectral belongs to table1 (the presets' spectral fits): table1 --spectral [--json].");
        }

        return new Options(command, json, experiments, output, signal, timing, systematics, parameter, feldmanCousins, seed, shard, files,
            ranges.Count > 0 ? ranges[0] : null, spectral, parameters.Count > 1 ? parameters[1] : null, ranges.Count > 1 ? ranges[1] : null, points);
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
