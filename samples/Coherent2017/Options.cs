namespace Coherent2017;

/// <summary>Command-line options: an optional subcommand, --json, --experiment FILE, --out DIR, and the fit's --signal,
/// --timing and --systematics.</summary>
internal sealed record Options(string? Command, bool Json, string? ExperimentFile, string? OutputDirectory, string Signal = "model", string Timing = "release", bool Systematics = false)
{
    public static Options Parse(string[] args)
    {
        string? command = null, experiment = null, output = null;
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
                    experiment = i + 1 < args.Length ? args[++i] : throw new UsageException("--experiment needs a file name.");
                    break;
                case "--signal":
                    signal = i + 1 < args.Length ? args[++i] : throw new UsageException("--signal needs 'model' or 'release'.");
                    break;
                case "--timing":
                    timing = i + 1 < args.Length ? args[++i] : throw new UsageException("--timing needs 'release' or 'analytic'.");
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

        return new Options(command, json, experiment, output, signal, timing, systematics);
    }
}
