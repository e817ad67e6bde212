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

    /// <summary>The options of one parsed command: the values as typed, checked against each other here (the grammar
    /// itself, the commands and the option names, is <see cref="CommandTree"/>'s).</summary>
    public static Options Create(string? command, bool json, IReadOnlyList<string>? experiments = null, string? output = null, string? signal = null,
        string? timing = null, bool systematics = false, IReadOnlyList<string>? parameters = null, IReadOnlyList<string>? rangeTexts = null, string? pointsText = null,
        string? feldmanCousinsText = null, string? seedText = null, string? shardText = null, bool spectral = false, IReadOnlyList<string>? files = null)
    {
        experiments ??= [];
        parameters ??= [];
        rangeTexts ??= [];
        files ??= [];
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        int? points = pointsText is null ? null
            : int.TryParse(pointsText, System.Globalization.NumberStyles.None, culture, out int np) && np is >= MinPoints and <= MaxPoints
                ? np : throw new UsageException($"--points needs the grid points per parameter, an integer in [{MinPoints}, {MaxPoints}].");
        int? feldmanCousins = feldmanCousinsText is null ? null
            : int.TryParse(feldmanCousinsText, System.Globalization.NumberStyles.None, culture, out int n) && n is >= 10 and <= 100_000
                ? n : throw new UsageException("--feldman-cousins needs the pseudo-experiments per grid point, an integer in [10, 100000].");
        int seed = seedText is null ? 1
            : int.TryParse(seedText, System.Globalization.NumberStyles.AllowLeadingSign, culture, out int sd) ? sd : throw new UsageException("--seed needs an integer.");
        (int, int)? shard = shardText is null ? null
            : ParseShard(shardText) ?? throw new UsageException("--shard needs i/N with N in [1, 100000] and i in [0, N − 1].");
        var ranges = rangeTexts.Select(r => ParseRange(r) ?? throw new UsageException("--range needs LOW,HIGH: two finite numbers with LOW < HIGH.")).ToList();
        if (parameters.Count > 2 || ranges.Count > parameters.Count && parameters.Count > 0)
        {
            throw new UsageException("fit takes one --parameter (a profile) or two (a 2-D region), and at most one --range per parameter, in their order.");
        }

        if (parameters.Count == 2 && parameters[0] == parameters[1])
        {
            throw new UsageException($"the two --parameter keys of a region must differ, got '{Short(parameters[0])}' twice.");
        }

        string? parameter = parameters.Count > 0 ? parameters[0] : null;
        if (experiments.Count > 1 && !(command == "fit" && parameter is not null))
        {
            throw new UsageException("more than one --experiment is a joint fit: fit --experiment A --experiment B --parameter KEY.");
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

        if (spectral && experiments.Count > 0)
        {
            throw new UsageException("--spectral belongs to table1 (the presets' spectral fits): table1 --spectral [--json].");
        }

        return new Options(command, json, experiments, output, signal ?? "model", timing ?? "release", systematics, parameter, feldmanCousins, seed, shard, files,
            ranges.Count > 0 ? ranges[0] : null, spectral, parameters.Count > 1 ? parameters[1] : null, ranges.Count > 1 ? ranges[1] : null, points);
    }

    // An argument shown in a message: at most 40 characters.
    public static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

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
