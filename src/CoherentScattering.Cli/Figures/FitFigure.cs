namespace CoherentScattering.Cli.Figures;

/// <summary>One spectral fit drawn as projections (see <see cref="FitFigures"/>).</summary>
internal sealed record FitFigure(string Stem, string Title, string Experiment, string Signal, IReadOnlyList<string> AxisStems, IReadOnlyDictionary<string, string> Names);
