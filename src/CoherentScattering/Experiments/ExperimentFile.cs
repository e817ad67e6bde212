using System.Text.Json;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Experiments;

/// <summary>
/// Reads experiments from JSON. Keys (all others are errors):
/// <code>
/// name                          string
/// source.type                   "pionDecayAtRest" | "reactor" | "tabulated" | "monoenergetic"
/// pion decay at rest:
///   source.protonsOnTarget      number &gt; 0
///   source.neutrinosPerFlavorPerProton number &gt; 0
///   source.baselineMeters       number &gt; 0
/// reactor (docs/reactor-sources.md):
///   source.thermalPowerMegawatts number &gt; 0
///   source.fissionFractions     { "U235", "U238", "Pu239", "Pu241": number in [0, 1] }, sum 1 ± 1e-3
///   source.baselineMeters       number &gt; 0
///   source.liveDays             number &gt; 0 (the live time of the fluence)
///   source.spectrumModel        optional: "huberMueller2to8" (default) | "huberMuellerExtrapolated"
///   source.energiesPerFissionMeV optional: { "U235", "U238", "Pu239", "Pu241": number in [180, 230] }; default Ma 2013
/// tabulated (fluxes at the detector, absolute):
///   source.baselineMeters       number &gt; 0 (for reports)
///   source.exposureDays         number &gt; 0
///   source.components           [{ "flavor": "nu_e" | "nu_mu" | "nu_tau" | "nu_e_bar" | "nu_mu_bar" | "nu_tau_bar",
///                                  then "energiesMeV": […], "fluxPerCm2PerSecondPerMeV": […]
///                                  or "file": two columns E [MeV], flux density [cm⁻² s⁻¹ MeV⁻¹] (relative to the JSON file)
///                                  or "lineMeV": E, "fluxPerCm2PerSecond": Φ;
///                                  optional "label" }, …]
/// monoenergetic: source.flavor, source.energyMeV, source.fluxPerCm2PerSecond, source.baselineMeters, source.exposureDays
/// liveDays                      optional number &gt; 0; it must equal source.liveDays (reactor) or source.exposureDays (tabulated)
/// detector.massKilograms        number &gt; 0
/// detector.composition          [{ "nucleus": catalogue key, "atoms": number &gt; 0 } | { "element": symbol, "atoms": number &gt; 0 }, …];
///                               optional "spin": "shellModel" (spin excesses of Nuclear.ShellModelSpins for the axial term)
/// detector.formFactor           optional: "helm" (default) | "kleinNystrand" | "symmetrizedFermi" | "unity"
/// detector.acceptance           "perfect" | "coherent2017" | "coherent2017BinCentres"
/// either (recoil-energy detector; acceptance as above)
///   detector.recoilWindowKeV    [low, high]
///   detector.binWidthKeV        optional; default: 10 equal bins
/// or (photoelectron detector)
///   detector.photoelectronsPerKeV number &gt; 0
///   detector.roiPhotoelectrons  [low, high]
///   detector.binWidthPhotoelectrons number &gt; 0
/// or (reconstructed-energy detector: a response chain, no acceptance key)
///   detector.recoilPanelsKeV    { low, high, width }: the true recoils integrated (keVnr)
///   detector.response           { quenching, resolution, efficiency, optional unitsPerKeVee }, as in spectral files
///   detector.bins               { name, unit, low, high, width } or { name, unit, edges }: the reconstructed bins
/// measurement                   optional: observedEvents, beamOnBackground, steadyStateBackground,
///                               signalUncertainty, backgroundUncertainty
/// </code>
/// Every error names the file and the key: unknown, missing and duplicate keys, wrong types, values out of range, and
/// set-ups whose derived exposure leaves the double range or whose region of interest holds no expected events
/// (checked at load time with the Standard-Model rate).
/// </summary>
public static class ExperimentFile
{
    /// <summary>Names of the presets embedded in the package.</summary>
    public static IReadOnlyList<string> Presets { get; } = ["coherent-2017-csi", "dresden-ii-ge", "conus-plus-ge"];

    /// <summary>Loads an experiment from a JSON file.</summary>
    /// <param name="path">File path.</param>
    /// <exception cref="ExperimentFormatException">Invalid content (file and key named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">A directory or an unreadable path.</exception>
    /// <exception cref="IO.CsvFormatException">A source table file with a bad row (file and line named).</exception>
    public static Experiment Load(string path)
    {
        string json = IO.InputFile.ReadAllText(path, nameof(path));
        return Parse(json, IO.InputFile.DisplayName(path), Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Loads an embedded preset by name (see <see cref="Presets"/>).</summary>
    /// <param name="name">Preset name, e.g. <c>coherent-2017-csi</c>.</param>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static Experiment LoadPreset(string name) => Parse(PresetJson(name), name + ".json");

    /// <summary>The JSON text of an embedded preset (a template for new set-ups).</summary>
    /// <param name="name">Preset name.</param>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static string PresetJson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Presets.Contains(name, StringComparer.Ordinal)
            ? EmbeddedResources.ReadAll($"CoherentScattering.Experiments.{name}.json")
            : throw new ArgumentException($"Unknown preset '{Guard.Excerpt(name)}'. Valid: {string.Join(", ", Presets)}.", nameof(name));
    }

    /// <summary>Parses an experiment from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <exception cref="ExperimentFormatException">Invalid content (file and key named).</exception>
    public static Experiment Parse(string json, string fileName) => Parse(json, fileName, null);

    /// <summary>Parses an experiment from JSON text whose source tables (<c>source.components[i].file</c>) are files
    /// relative to a folder.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <param name="baseDirectory">Folder of relative table paths (null: no table files may be named).</param>
    /// <exception cref="ExperimentFormatException">Invalid content (file and key named).</exception>
    /// <exception cref="IO.CsvFormatException">A table file with a bad row (file and line named).</exception>
    public static Experiment Parse(string json, string fileName, string? baseDirectory) =>
        ExperimentReader.Read(json, fileName, baseDirectory, "no table files can be named when the JSON is not read from a file", (reader, root, open) => reader.Experiment(root, open));
}
