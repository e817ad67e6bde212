using CoherentScattering.Statistics;

namespace CoherentScattering.Detector;

/// <summary>
/// A response chain evaluated at fixed recoil nodes: M[k, b], the probability that the recoil of node k is reconstructed
/// in bin b and accepted. Built by <see cref="Rates.SpectralPrediction.Matrix"/>; folding node events through it is a
/// matrix–vector product, so a model scan with a fixed response never rebuilds it, and a change of a response parameter
/// rebuilds only this matrix.
/// </summary>
public sealed class ResponseMatrix
{
    private readonly double[][] columns; // [distinct recoil grid][node · bins + b]

    internal ResponseMatrix(ResponseChain response, object origin, double[][] columns, int[] gridOfIsotope)
    {
        Response = response;
        Origin = origin;
        this.columns = columns;
        GridOfIsotope = gridOfIsotope;
    }

    /// <summary>The chain the matrix was built from.</summary>
    public ResponseChain Response { get; }

    /// <summary>The reconstructed bins.</summary>
    public HistogramAxis Axis => Response.Axis;

    internal object Origin { get; }

    // Isotope i uses grid GridOfIsotope[i] (isotopes with shared nodes share one grid).
    internal int[] GridOfIsotope { get; }

    internal double[] Columns(int grid) => columns[grid];

    internal int GridCount => columns.Length;

    // The distinct recoil arrays (isotopes with shared nodes share one) and each isotope's grid.
    internal static int[] Grids(double[][] recoilPerIsotope, out double[][] grids)
    {
        var list = new List<double[]>();
        var gridOfIsotope = new int[recoilPerIsotope.Length];
        for (int i = 0; i < recoilPerIsotope.Length; i++)
        {
            int g = list.FindIndex(x => ReferenceEquals(x, recoilPerIsotope[i]));
            if (g < 0)
            {
                list.Add(recoilPerIsotope[i]);
                g = list.Count - 1;
            }

            gridOfIsotope[i] = g;
        }

        grids = list.ToArray();
        return gridOfIsotope;
    }

    // One node's column, with the error naming the chain and the recoil.
    internal static void FillColumn(ResponseChain response, double recoilMev, Span<double> column)
    {
        try
        {
            response.Fill(recoilMev, column);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(Guard.Text($"The response '{response.Quenching.Name}; {response.Resolution.Name}' cannot map the recoil node at T = {recoilMev} MeV: {e.Message}"), "response", e);
        }
    }

    // The columns of one grid's nodes (node-major); an error names the chain and the first recoil it cannot map.
    internal static void FillColumns(ResponseChain response, double[] recoilMev, Span<double> columns)
    {
        try
        {
            response.FillMany(recoilMev, columns);
        }
        catch (ArgumentException)
        {
            int bins = response.Axis.Count;
            for (int k = 0; k < recoilMev.Length; k++)
            {
                FillColumn(response, recoilMev[k], columns.Slice(k * bins, bins));
            }

            throw;
        }
    }

    // Builds the matrix of a chain over node grids, one per distinct recoil array.
    internal static ResponseMatrix Build(ResponseChain response, object origin, double[][] recoilPerIsotope)
    {
        int bins = response.Axis.Count;
        var gridOfIsotope = Grids(recoilPerIsotope, out var grids);
        var columns = new double[grids.Length][];
        for (int g = 0; g < grids.Length; g++)
        {
            columns[g] = new double[grids[g].Length * bins];
            FillColumns(response, grids[g], columns[g]);
        }

        return new ResponseMatrix(response, origin, columns, gridOfIsotope);
    }
}
