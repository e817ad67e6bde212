using System.CommandLine;

namespace CoherentScattering.Cli;

/// <summary>The grammar of <c>cevns</c> on System.CommandLine: the commands, their options and help texts. Values are
/// taken as typed text and checked against each other by <see cref="Options.Create"/>, whose messages name the valid
/// range; every command then runs through <see cref="CommandLine.Dispatch"/>.</summary>
internal static class CommandTree
{
    public const string ExperimentHelp = "An experiment: a JSON file or a preset name (coherent-2017-csi, dresden-ii-ge, conus-plus-ge; for fit also coherent-2020-lar, coherent-2017-csi-spectral, coherent-2021-csi). Default: the COHERENT 2017 CsI preset.";

    // The options; each command adds those it takes. Multiple-value options are repeated (--experiment A --experiment B).
    private static Option<string[]> Experiments() => new("--experiment") { Description = ExperimentHelp, HelpName = "FILE|PRESET", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    private static Option<bool> Json() => new("--json") { Description = "Machine-readable output (a JSON document with \"schemaVersion\" and the units of every quantity)." };

    private static Option<string> Text(string name, string help, string helpName) => new(name) { Description = help, HelpName = helpName };

    /// <summary>The version printed by <c>--version</c>: the tool assembly's informational version (the package version,
    /// with the commit after a '+').</summary>
    public static string Version =>
        typeof(CommandTree).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    // The root is a plain command named cevns (a RootCommand takes its name and version from the host process), with
    // --help and --version of its own.
    public static Command Build(Func<Options, int> dispatch, TextWriter output)
    {
        var root = new Command("cevns", "cevns: coherent elastic neutrino–nucleus scattering. With no command: the Papoulias & Kosmas (PRD 97, 033003 (2018)) analysis of COHERENT CsI — events, sin²θ_W, Table I, Figs. 1–9 and the spectral fits of the COHERENT releases.");
        var rootExperiment = Experiments();
        var rootOut = Text("--out", "The folder of the figures (default: figures).", "DIR");
        var version = new Option<bool>("--version") { Description = "Show the version." };
        root.Options.Add(rootExperiment);
        root.Options.Add(rootOut);
        root.Options.Add(version);
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.SetAction(r =>
        {
            if (r.GetValue(version))
            {
                output.WriteLine(Version);
                return 0;
            }

            return dispatch(Options.Create(null, json: false, r.GetValue(rootExperiment), r.GetValue(rootOut)));
        });

        root.Subcommands.Add(Simple("events", "Standard-Model expected events in total, per flavour, per isotope and per bin.", dispatch));
        root.Subcommands.Add(Simple("sin2w", "The Δχ² profile of sin²θ_W and its 90 % C.L. interval (paper Fig. 2, Table I row 1).", dispatch));
        root.Subcommands.Add(Table1(dispatch));
        root.Subcommands.Add(Figures(dispatch));
        root.Subcommands.Add(Fit(dispatch));
        root.Subcommands.Add(Merge(dispatch));
        foreach (var command in root.Subcommands)
        {
            command.Options.Add(new System.CommandLine.Help.HelpOption());
        }
        return root;
    }

    private static Command Simple(string name, string description, Func<Options, int> dispatch)
    {
        var experiment = Experiments();
        var json = Json();
        var command = new Command(name, description) { experiment, json };
        command.SetAction(r => dispatch(Options.Create(name, r.GetValue(json), r.GetValue(experiment))));
        return command;
    }

    private static Command Table1(Func<Options, int> dispatch)
    {
        var experiment = Experiments();
        var json = Json();
        var spectral = new Option<bool>("--spectral") { Description = "Table I on the spectral and joint fits of the presets (CsI 2017, CsI 2021, CENNS-10) beside the counting analysis." };
        var command = new Command("table1", "All 15 rows of the paper's Table I: 90 % C.L. intervals of every model, beside the paper's.") { experiment, json, spectral };
        command.SetAction(r => dispatch(Options.Create("table1", r.GetValue(json), r.GetValue(experiment), spectral: r.GetValue(spectral))));
        return command;
    }

    private static Command Figures(Func<Options, int> dispatch)
    {
        var experiment = Experiments();
        var json = Json();
        var output = Text("--out", "The folder of the figures (default: figures).", "DIR");
        var command = new Command("figures", "Figs. 1–9 of the paper as PNG, SVG and CSV.") { experiment, json, output };
        command.SetAction(r => dispatch(Options.Create("figures", r.GetValue(json), r.GetValue(experiment), r.GetValue(output))));
        return command;
    }

    private static Command Fit(Func<Options, int> dispatch)
    {
        var experiment = Experiments();
        var json = Json();
        var signal = Text("--signal", "The CEvNS template of a spectral fit: model (this library's, default) or release (the data release's).", "model|release");
        var timing = Text("--timing", "CENNS-10 arrival times: release (the release's PDFs, default) or analytic (π-DAR with the pulse mean profiled).", "release|analytic");
        var systematics = new Option<bool>("--systematics") { Description = "Profile the CENNS-10 release's shape systematics." };
        var parameter = new Option<string[]>("--parameter") { Description = "A model parameter: once for a profile and its intervals, twice for a 2-D region. Keys: " + string.Join(", ", ModelParameter.Keys) + ".", HelpName = "KEY", Arity = ArgumentArity.OneOrMore };
        var range = new Option<string[]>("--range") { Description = "The scan range LOW,HIGH of each --parameter, in their order.", HelpName = "LOW,HIGH", Arity = ArgumentArity.OneOrMore };
        var points = Text("--points", "Grid points per parameter, in [3, 100001].", "N");
        var feldmanCousins = Text("--feldman-cousins", "Feldman–Cousins intervals with N pseudo-experiments per grid point, in [10, 100000].", "N");
        var seed = Text("--seed", "Seed of the pseudo-experiments (default 1).", "S");
        var shard = Text("--shard", "Compute slice i of N of a Feldman–Cousins construction into --out (merge them with merge).", "i/N");
        var output = Text("--out", "The slice file of --shard.", "FILE");
        var command = new Command("fit", "A spectral fit of a COHERENT release (--experiment PRESET|FILE), or a model parameter on one or more experiments (--parameter).")
        {
            experiment, json, signal, timing, systematics, parameter, range, points, feldmanCousins, seed, shard, output,
        };
        command.SetAction(r => dispatch(Options.Create("fit", r.GetValue(json), r.GetValue(experiment), r.GetValue(output), r.GetValue(signal), r.GetValue(timing),
            r.GetValue(systematics), r.GetValue(parameter), r.GetValue(range), r.GetValue(points), r.GetValue(feldmanCousins), r.GetValue(seed), r.GetValue(shard))));
        return command;
    }

    private static Command Merge(Func<Options, int> dispatch)
    {
        var json = Json();
        var files = new Argument<string[]>("FILE") { Description = "The slice files of a sharded Feldman–Cousins construction (fit … --shard i/N --out FILE).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("merge", "Merge the slices of a sharded Feldman–Cousins interval or region.") { json, files };
        command.SetAction(r => dispatch(Options.Create("merge", r.GetValue(json), files: r.GetValue(files))));
        return command;
    }
}
