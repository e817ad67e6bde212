using CoherentScattering.Detector;
using CoherentScattering.IO;

namespace CoherentScattering.Experiments;

// <summary>The two embedded files of the COHERENT CsI[Na] 2021 release (Akimov et al., PRL 129, 081801 (2022),
// arXiv:2110.07730): the scintillation-response and efficiency coefficients, read from the package, never retyped.</summary>
internal static class Coherent2021CsIRelease
{
    private const string Prefix = "CoherentScattering.Data.coherent-2021-csi.";

    // <summary>The README of the embedded copy (provenance, citation, format).</summary>
    public static string Readme => EmbeddedResources.ReadAll(Prefix + "README.md");

    private static readonly Lazy<double[][]> Scintillation = new(() => Read("scintRespCoefficients.txt", 5));
    private static readonly Lazy<double[][]> Efficiency = new(() => Read("effCoefficients.txt", 3));

    // <summary>a, b, c, d of E_ee = a x + b x² + c x³ + d x⁴ (x in MeVnr, E_ee in MeVee) for one curve; a copy.</summary>
    public static double[] ScintillationCoefficients(Coherent2021CsIQuenchingCurve curve) =>
        (double[])Scintillation.Value[(int)Guard.Defined(curve)].Clone();

    // <summary>a, b, c, d of eff(x) = a/(1 + exp(−b(x − c))) + d (x in PE) for one curve; a copy.</summary>
    public static double[] EfficiencyCoefficients(Coherent2021CsIEfficiencyCurve curve) =>
        (double[])Efficiency.Value[(int)Guard.Defined(curve)].Clone();

    private static double[][] Read(string file, int rows)
    {
        using var reader = EmbeddedResources.Open(Prefix + file);
        var table = CsvTable.ParseWhitespace(reader, file, expectedColumns: 4);
        if (table.RowCount != rows)
        {
            throw new CsvFormatException(file, 0, 0, Guard.Text($"expected {rows} coefficient rows, found {table.RowCount}."));
        }

        var columns = Enumerable.Range(0, 4).Select(table.Column).ToArray();
        return Enumerable.Range(0, rows).Select(r => columns.Select(c => c[r]).ToArray()).ToArray();
    }
}
