namespace Coherent2017;

/// <summary>Command-line options: an optional subcommand, --json, --experiment FILE, --out DIR.</summary>
internal sealed record Options(string? Command, bool Json, string? ExperimentFile, string? OutputDirectory)
{
    public static Options Parse(string[] args)
    {
        string? command = null, experiment = null, output = null;
        bool json = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--experiment":
                    experiment = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--experiment needs a file name.");
                    break;
                case "--out":
                    output = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--out needs a directory.");
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"Unknown option '{a}'.");
                default:
                    command = command is null ? args[i] : throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                    break;
            }
        }

        return new Options(command, json, experiment, output);
    }
}
