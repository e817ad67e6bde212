namespace Coherent2017;

/// <summary>Command-line options: an optional subcommand, --json, --experiment FILE (repeatable for a joint fit), --out
/// DIR, and the fit's --signal, --timing, --systematics and --parameter.</summary>
internal sealed record Options(string? Command, bool Json, IReadOnlyList<string> Experiments, string? OutputDirectory, string Signal = "model", string Timing = "release",
    bool Systematics = false, string? Parameter = null)
{
    /// <summary>The first (for every command but a parameter fit, the only) --experiment.</summary>
    public string? ExperimentFile => Experiments.Count > 0 ? Experiments[0] : null;

    public static Options Parse(string[] args)
    {
        string? command = null, output = null, parameter = null;
        var experiments = new List<string>();
        string signal = "model", timing = "release";
        bool json = false, systematics = false;
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
                case "--systematics":
                    systematics = true;
                    break;
                case "--out":
                    output = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a directory.");
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{(a.Length > 40 ? a[..40] + "…" : a)}'.");
                default:
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

        return new Options(command, json, experiments, output, signal, timing, systematics, parameter);
    }
}
