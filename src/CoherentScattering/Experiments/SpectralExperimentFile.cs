using System.Text.Json;

namespace CoherentScattering.Experiments;

/// <summary>
/// Reads spectral fits from JSON (<see cref="SpectralExperiment"/>). Keys (all others are errors naming file and key):
/// <code>
/// name, description             string (description optional)
/// source                        as in ExperimentFile: type "pionDecayAtRest", protonsOnTarget,
///                               neutrinosPerFlavorPerProton, baselineMeters
/// target.massKilograms          number &gt; 0
/// target.composition            [{ "nucleus": catalogue key, "atoms": number &gt; 0 }, …]
/// target.formFactor             optional: "helm" (default) | "kleinNystrand" | "symmetrizedFermi" | "unity"
/// recoilPanelsKeV               { low, high, width }: the recoil quadrature panels (keVnr)
/// response.quenching            { "type": "linear", constant, slopePerKeV? } | { "type": "lindhard", k, z }
///                               | { "type": "polynomial", coefficientsMeV: [c1, …] } (E_ee = Σ c_k T^k, MeV)
///                               | { "type": "polynomial", file, row }: c1 … cn are the columns of data row
///                               `row` (from 0; comments not counted) of a table, e.g. scintRespCoefficients.txt
/// response.unitsPerKeVee        optional (1): observable units per keVee (a light yield for PE)
/// response.resolution           { "type": "none" | "poissonPhotoelectrons" } | { "type": "gaussian",
///                               squareRootCoefficient, constant? } (σ² = constant² + squareRootCoefficient² x) |
///                               { "type": "gammaPhotoelectrons", lightYield, shapeCoefficient }
/// response.efficiency           { "type": "perfect" | "coherent2017" | "coherent2017BinCentres" } | { "type": "table",
///                               file, xColumn, valueColumn } | { "type": "logistic", amplitude, slope, midpoint, offset }
///                               | { "type": "logistic", file, row } (a, b, c, d from the four columns of data row `row`,
///                               e.g. effCoefficients.txt) | { "type": "exponentialTail", onset, decayRate } (1 before
///                               the onset, exp(−rate (x − onset)) after; the CsI 2021 timing efficiency)
/// axes                          [{ name, unit, low, high, width } | { name, unit, edges: [e0, e1, …] }, …]: the
///                               reconstructed observable first (1–3 axes); edges give non-uniform bins
/// arrivalTime                   optional: { "type": "tables", axis, prompt: file, delayed: file, efficiency? }
///                               | { "type": "pionDecayAtRest", axis, pulseMeanNs, pulseWidthNs, efficiency? }; the
///                               optional efficiency (any response.efficiency form, in the time axis's unit) weights
///                               the arrival times: ∫_bin p(t) ε(t) dt (tables: each row times ε at its x)
/// data                          file: rows of bin centres (one per axis) and counts
///                               | { "type": "events", file, columns: [one per axis], scale?: [one per axis] }:
///                               unbinned events, one per row, column × scale binned into the axes, each bin
///                               [low, high); events outside the axes are skipped
/// signal.uncertainty            fractional 1σ of the CEvNS normalisation in the model likelihood
/// signal.spreadLike             optional file: each observable bin spread over the other axes with this table's shape
///                               (the arrival times then give the fraction inside the time axis)
/// backgrounds                   [{ name, template, uncertainty (fraction | "poisson") or events and width }, …]
///   template                    { "type": "table", file } | { "type": "product", spectrum: file, distribution: file,
///                               scale?, efficiency?, distributionEfficiency? } | { "type": "uniformBeyondFirstAxis", file }
///                               | { "type": "events", file, columns, scale? } (binned as data); product rows are summed
///                               into the bin holding their x, so a finely tabulated spectrum fills wide bins
/// </code>
/// Files: <c>release:coherent-2017-csi/…</c>, <c>release:coherent-2020-lar/Data/…</c> and
/// <c>release:coherent-2021-csi/…</c> name the data releases embedded in the package; other names are paths relative to
/// the JSON file. Tables are comma- or whitespace-separated with <c>#</c> comments; rows outside the axes are outside the
/// fit region and skipped, a row inside must sit on a bin centre (a misbinned template is an error naming it and the data
/// file), and no bin may appear twice.
/// </summary>
public static class SpectralExperimentFile
{
    /// <summary>Names of the spectral-fit presets embedded in the package: CsI 2017 in PE × time, CENNS-10, and the CsI
    /// full data set of 2021 (<c>coherent-2021-csi</c>, which contains the 2017 exposure: a joint fit with
    /// <c>coherent-2017-csi-spectral</c> counts those events twice).</summary>
    public static IReadOnlyList<string> Presets { get; } = ["coherent-2017-csi-spectral", "coherent-2020-lar", "coherent-2021-csi"];

    /// <summary>Loads a spectral fit from a JSON file; relative data paths are relative to its folder.</summary>
    /// <param name="path">File path.</param>
    /// <exception cref="ExperimentFormatException">Invalid content (file and key named).</exception>
    /// <exception cref="IO.CsvFormatException">A data or template file with a bad row (file and line named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">A directory or an unreadable path.</exception>
    public static SpectralExperiment Load(string path)
    {
        string json = IO.InputFile.ReadAllText(path, nameof(path));
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(json, IO.InputFile.DisplayName(path), folder);
    }

    /// <summary>Loads an embedded preset (see <see cref="Presets"/>).</summary>
    /// <param name="name">Preset name.</param>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static SpectralExperiment LoadPreset(string name) => Parse(PresetJson(name), name + ".json", baseDirectory: null);

    /// <summary>The JSON text of an embedded preset (a template for new fits).</summary>
    /// <param name="name">Preset name.</param>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public static string PresetJson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Presets.Contains(name, StringComparer.Ordinal)
            ? EmbeddedResources.ReadAll($"CoherentScattering.Experiments.{name}.json")
            : throw new ArgumentException($"Unknown spectral preset '{Guard.Excerpt(name)}'. Valid: {string.Join(", ", Presets)}.", nameof(name));
    }

    /// <summary>Parses a spectral fit from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <param name="baseDirectory">Folder of relative data paths (null: only embedded release files may be named).</param>
    /// <exception cref="ExperimentFormatException">Invalid content (file and key named).</exception>
    /// <exception cref="IO.CsvFormatException">A data or template file with a bad row (file and line named).</exception>
    public static SpectralExperiment Parse(string json, string fileName, string? baseDirectory) =>
        ExperimentReader.Read(json, fileName, baseDirectory, "only embedded release files (release:…) can be named when the JSON is not read from a file",
            (reader, root, open) => reader.SpectralExperiment(root, open));
}
