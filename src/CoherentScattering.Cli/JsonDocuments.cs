using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoherentScattering.Cli;

// The JSON documents of the tool as typed records, serialised by the source-generated CliJsonContext (Native AOT
// safe) with camel-case keys in declaration order. Every document starts with SchemaVersion and Units
// (JsonOutput.SchemaVersion; the unit of each quantity by key, "1" for a dimensionless number). Keys whose names carry
// a unit (the events' lowPE/lowKeV/lowKeVee) or a label (flavours, isotopes, nuisances, fits) are ordered dictionaries.

/// <summary><c>events --json</c>.</summary>
internal sealed record EventsDocument(int SchemaVersion, OrderedDictionary<string, string> Units, double Total, string? BinUnit,
    OrderedDictionary<string, double> ByFlavor, OrderedDictionary<string, double> ByIsotope, IReadOnlyList<OrderedDictionary<string, double>> Bins);

/// <summary><c>sin2w --json</c>.</summary>
internal sealed record WeakMixingAngleDocument(int SchemaVersion, OrderedDictionary<string, string> Units, string Parameter, double BestFit, double Chi2Min,
    double ConfidenceLevel, double[][] Intervals, double[][] Profile);

/// <summary>One row of <c>table1 --json</c>.</summary>
internal sealed record Table1RowDocument(string Parameter, string Unit, double[][] Intervals, double[][] Paper);

/// <summary><c>table1 --json</c>.</summary>
internal sealed record Table1Document(int SchemaVersion, OrderedDictionary<string, string> Units, IReadOnlyList<Table1RowDocument> Rows);

/// <summary>One row of <c>table1 --spectral --json</c>: per fit its intervals [[low, high], …] or why it failed.</summary>
internal sealed record SpectralTable1RowDocument(string Parameter, string Unit, OrderedDictionary<string, JsonNode?> Fits);

/// <summary><c>table1 --spectral --json</c>.</summary>
internal sealed record SpectralTable1Document(int SchemaVersion, OrderedDictionary<string, string> Units, double ConfidenceLevel, string Method,
    IReadOnlyList<SpectralTable1RowDocument> Rows);

/// <summary><c>fit --experiment PRESET --json</c>: a spectral fit's CEvNS signal.</summary>
internal sealed record SpectralFitDocument(int SchemaVersion, OrderedDictionary<string, string> Units, string Experiment, double PredictedSignal, double BestFitSignal,
    double[] SignalInterval1Sigma, double[] SignalInterval90, double DeltaChi2AtZeroSignal, OrderedDictionary<string, double> Nuisances, double[][] Profile);

/// <summary><c>fit --parameter KEY --json</c>: a 1-D interval (Wilks or Feldman–Cousins).</summary>
internal sealed record ParameterFitDocument(int SchemaVersion, OrderedDictionary<string, string> Units, IReadOnlyList<string> Experiments, string Parameter,
    double BestFit, double[][] Intervals, double ConfidenceLevel, string Method, double[][] Profile);

/// <summary>A slice file of a sharded 1-D Feldman–Cousins construction.</summary>
internal sealed record IntervalSliceDocument(int SchemaVersion, OrderedDictionary<string, string> Units, string Format, IReadOnlyList<string> Experiments,
    string Parameter, double ConfidenceLevel, int PseudoExperiments, int Seed, IReadOnlyList<double> Grid, IReadOnlyList<double> DeltaChiSquared,
    IReadOnlyList<double?> CriticalValues);

/// <summary><c>fit --parameter X --parameter Y --json</c>: a 2-D region; Δχ² and acceptance as rows of x, the boundary as
/// segments (the key fixed by the first region output) and as ordered polylines.</summary>
internal sealed record RegionDocument(int SchemaVersion, OrderedDictionary<string, string> Units, IReadOnlyList<string> Experiments, IReadOnlyList<string> Parameters,
    double[] BestFit, double ConfidenceLevel, string Method, IReadOnlyList<double> X, IReadOnlyList<double> Y, double[][] DeltaChiSquared,
    double?[][]? CriticalValues, bool[][] Allowed, double[][] Boundary, double[][][] BoundaryLines);

/// <summary>A slice file of a sharded Feldman–Cousins region (values x-major).</summary>
internal sealed record RegionSliceDocument(int SchemaVersion, OrderedDictionary<string, string> Units, string Format, IReadOnlyList<string> Experiments,
    IReadOnlyList<string> Parameters, double ConfidenceLevel, int PseudoExperiments, int Seed, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double> DeltaChiSquared, IReadOnlyList<double?> CriticalValues);

/// <summary>The source-generated serialiser of the documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventsDocument))]
[JsonSerializable(typeof(WeakMixingAngleDocument))]
[JsonSerializable(typeof(Table1Document))]
[JsonSerializable(typeof(SpectralTable1Document))]
[JsonSerializable(typeof(SpectralFitDocument))]
[JsonSerializable(typeof(ParameterFitDocument))]
[JsonSerializable(typeof(IntervalSliceDocument))]
[JsonSerializable(typeof(RegionDocument))]
[JsonSerializable(typeof(RegionSliceDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
