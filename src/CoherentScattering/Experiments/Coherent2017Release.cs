using CoherentScattering.IO;

namespace CoherentScattering.Experiments;

/// <summary>
/// The COHERENT 2017 CsI[Na] data release (Akimov et al., Science 357, 1123, arXiv:1708.01294; release arXiv:1804.09459,
/// Zenodo 10.5281/zenodo.1228631), embedded in the package with its README (provenance of every file).
/// </summary>
/// <remarks>Histograms: 25 photoelectron bins of 2 PE (0–50) × 24 arrival-time bins of 0.5 µs (0–12 µs). "Coincidence"
/// is the window after the POT trigger; "anti-coincidence" the window before it (steady-state background).</remarks>
public static class Coherent2017Release
{
    private const string Prefix = "CoherentScattering.Data.coherent-2017-csi.";

    /// <summary>The release README (provenance and citation), verbatim.</summary>
    public static string Readme => EmbeddedResources.ReadAll(Prefix + "README.md");

    /// <summary>Beam-on residual counts (coincidence minus anti-coincidence) per 2-PE bin, for arrival times below a cut.</summary>
    /// <param name="maxArrivalMicroseconds">Arrival-time cut in µs, in (0, 12]; COHERENT 2017 used 6 µs.</param>
    /// <returns>25 bins from 0 to 50 PE with their residual counts.</returns>
    public static IReadOnlyList<Rates.BinEvents> BeamOnResiduals(double maxArrivalMicroseconds = 6.0)
    {
        Guard.InRange(maxArrivalMicroseconds, 1e-9, 12.0);
        var on = Histogram("data_coincidence_beamOn.txt", maxArrivalMicroseconds);
        var anti = Histogram("data_anticoincidence_beamOn.txt", maxArrivalMicroseconds);
        return on.Select((c, i) => new Rates.BinEvents(2.0 * i, 2.0 * i + 2, c - anti[i])).ToArray();
    }

    /// <summary>Counts per 2-PE bin (0–50 PE) of one release histogram, for arrival times below a cut.</summary>
    /// <param name="file">One of <c>data_coincidence_beamOn.txt</c>, <c>data_anticoincidence_beamOn.txt</c>,
    /// <c>data_coincidence_beamOff.txt</c>, <c>data_anticoincidence_beamOff.txt</c>.</param>
    /// <param name="maxArrivalMicroseconds">Arrival-time cut in µs.</param>
    /// <exception cref="ArgumentException">Unknown file.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cut outside (0, 12] µs or NaN.</exception>
    public static double[] Histogram(string file, double maxArrivalMicroseconds = 6.0)
    {
        ArgumentNullException.ThrowIfNull(file);
        Guard.InRange(maxArrivalMicroseconds, 1e-9, 12.0);
        string[] valid = ["data_coincidence_beamOn.txt", "data_anticoincidence_beamOn.txt", "data_coincidence_beamOff.txt", "data_anticoincidence_beamOff.txt"];
        if (!valid.Contains(file, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown release histogram '{Guard.Excerpt(file)}'. Valid: {string.Join(", ", valid)}.", nameof(file));
        }

        using var reader = EmbeddedResources.Open(Prefix + file);
        var table = CsvTable.Parse(reader, file, expectedColumns: 3, headerOptional: true);
        double[] pe = table.Column(0), time = table.Column(1), counts = table.Column(2);
        var result = new double[25];
        for (int r = 0; r < table.RowCount; r++)
        {
            int bin = (int)Math.Floor(pe[r] / 2.0);
            if (bin is < 0 or >= 25)
            {
                throw new CsvFormatException(file, r + 1, 1, Guard.Text($"photoelectron bin centre {pe[r]} outside 0–50 PE."));
            }

            if (time[r] < maxArrivalMicroseconds)
            {
                result[bin] += counts[r];
            }
        }

        return result;
    }
}
