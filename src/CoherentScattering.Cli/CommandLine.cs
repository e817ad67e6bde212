using CoherentScattering.Experiments;

namespace CoherentScattering.Cli;

/// <summary>Parses the command line and dispatches to the subcommands. Every failure is one line on stderr: exit code 2
/// for a usage error (unknown command or option), 1 for any other error; no stack trace reaches the user.</summary>
internal static class CommandLine
{
    public const string DefaultFigureDirectory = "figures";

    /// <summary>Longest error message printed (input is never echoed in full).</summary>
    public const int MaxMessageLength = 600;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var root = CommandTree.Build(options => Dispatch(options, output), output);
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                throw new UsageException(ParseErrorMessage(result));
            }

            return result.Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"usage error: {OneLine(e.Message)}");
            return 2;
        }
        catch (Exception e)
        {
            error.WriteLine($"error: {OneLine(Innermost(e).Message)}");
            return 1;
        }
    }

    // The first parse error as one line that never echoes a long token: an unknown option, an unknown command (with the
    // list of commands), or System.CommandLine's own message (a missing value).
    private static string ParseErrorMessage(System.CommandLine.ParseResult result)
    {
        if (result.UnmatchedTokens.Count > 0)
        {
            string token = result.UnmatchedTokens[0];
            return token.StartsWith('-') ? $"unknown option '{Options.Short(token)}' (see --help)."
                : $"unknown command or argument '{Options.Short(token)}'. {Commands}";
        }

        return result.Errors[0].Message + " (see --help)";
    }

    private const string Commands = "Commands: events, sin2w, table1, figures --out DIR (each with --json and --experiment FILE), fit --experiment coherent-2020-lar|coherent-2017-csi-spectral|coherent-2021-csi|FILE.json [--signal model|release] [--timing release|analytic] [--systematics], fit --experiment A [--experiment B] --parameter KEY [--parameter KEY2] [--range LOW,HIGH]… [--points N] [--feldman-cousins N [--seed S] [--shard i/N --out FILE]], merge FILE….";

    // Runs one parsed command; usage errors found here (a key, a combination) are UsageExceptions.
    public static int Dispatch(Options options, TextWriter output)
    {
        if (options.Command == "fit" && options.Parameter is not null)
        {
            if (options.Experiments.Count == 0)
            {
                throw new UsageException("fit --parameter needs at least one --experiment.");
            }

            if (options.SecondParameter is not null)
            {
                RegionFitCommand.Run(options, output);
            }
            else if (options.FeldmanCousins is not null)
            {
                ParameterFitCommand.RunFeldmanCousins(options, output);
            }
            else
            {
                ParameterFitCommand.Run(options.Experiments, options.Parameter, options.Json, output, options.Range, options.Points);
            }

            return 0;
        }

        if (options.Command == "merge")
        {
            ParameterFitCommand.RunMerge(options.Files ?? [], options.Json, output);
            return 0;
        }

        if (options.Command == "fit")
        {
            FitCommand.Run(options.ExperimentFile ?? throw new UsageException("fit needs --experiment (available: coherent-2020-lar, coherent-2017-csi-spectral, coherent-2021-csi)."), options.Signal, options.Timing, options.Systematics, options.Json, output);
            return 0;
        }

        var experiment = options.ExperimentFile is null ? Experiment.Coherent2017
            : ExperimentFile.Presets.Contains(options.ExperimentFile, StringComparer.Ordinal) && !File.Exists(options.ExperimentFile) ? ExperimentFile.LoadPreset(options.ExperimentFile)
            : ExperimentFile.Load(options.ExperimentFile);
        switch (options.Command)
        {
            case null:
                Summary.Write(experiment, isCoherent2017Preset: options.ExperimentFile is null, output);
                Summary.WriteNewPhysics(() => new PaperAnalysis(experiment, options.ExperimentFile is null), experiment, options.OutputDirectory ?? DefaultFigureDirectory, output);
                if (options.ExperimentFile is null)
                {
                    output.WriteLine();
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.LarPreset, "model")));
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.LarPreset, "model", "analytic", false)));
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.LarPreset, "release")));
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.LarPreset, "release", "release", true)));
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.CsiPreset, "model")));
                    output.WriteLine(FitCommand.Describe(FitCommand.Compute(FitCommand.Csi2021Preset, "model")));
                }

                return 0;
            case "events":
                EventsCommand.Run(experiment, options.Json, output);
                return 0;
            case "sin2w":
                WeakMixingAngleCommand.Run(experiment, options.Json, output);
                return 0;
            case "table1" when options.Spectral:
                SpectralTable1Command.Run(options.Json, output);
                return 0;
            case "table1":
                Table1Command.Run(new PaperAnalysis(experiment, options.ExperimentFile is null), options.Json, output);
                return 0;
            case "figures":
            {
                var analysis = new PaperAnalysis(experiment, options.ExperimentFile is null);
                FiguresCommand.Run(analysis, Table1Command.Compute(analysis), options.OutputDirectory ?? DefaultFigureDirectory, output);
                return 0;
            }
            default:
                throw new UsageException($"unknown command '{Options.Short(options.Command)}'. {Commands}");
        }
    }

    // The failure itself, not the wrapper of a parallel query or a reflection call.
    private static Exception Innermost(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: > 0 } a => Innermost(a.Flatten().InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Innermost(inner),
        _ => e,
    };

    private static string OneLine(string message)
    {
        string flat = string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= MaxMessageLength ? flat : flat[..MaxMessageLength] + "…";
    }
}

/// <summary>A malformed command line (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
