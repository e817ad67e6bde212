using CoherentScattering.Experiments;

namespace Coherent2017;

/// <summary>Parses the command line and dispatches to the subcommands.</summary>
internal static class CommandLine
{
    public const string DefaultFigureDirectory = "figures";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var options = Options.Parse(args);
            var experiment = options.ExperimentFile is null ? Experiment.Coherent2017 : ExperimentFile.Load(options.ExperimentFile);
            switch (options.Command)
            {
                case null:
                    Summary.Write(experiment, isCoherent2017Preset: options.ExperimentFile is null, output);
                    Summary.WriteNewPhysics(() => new PaperAnalysis(experiment, options.ExperimentFile is null), experiment, options.OutputDirectory ?? DefaultFigureDirectory, output);
                    return 0;
                case "events":
                    EventsCommand.Run(experiment, options.Json, output);
                    return 0;
                case "sin2w":
                    WeakMixingAngleCommand.Run(experiment, options.Json, output);
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
                    error.WriteLine($"Unknown command '{options.Command}'. Commands: events, sin2w, table1, figures --out DIR (each with --json and --experiment FILE).");
                    return 2;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidOperationException or KeyNotFoundException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
