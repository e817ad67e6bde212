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

    // Builds the matrix of a chain over node grids, one per distinct recoil array.
    internal static ResponseMatrix Build(ResponseChain response, object origin, double[][] recoilPerIsotope)
    {
        int bins = response.Axis.Count;
        var grids = new List<double[]>();
        var gridOfIsotope = new int[recoilPerIsotope.Length];
        for (int i = 0; i < recoilPerIsotope.Length; i++)
        {
            int g = grids.FindIndex(x => ReferenceEquals(x, recoilPerIsotope[i]));
            if (g < 0)
            {
                grids.Add(recoilPerIsotope[i]);
                g = grids.Count - 1;
            }

            gridOfIsotope[i] = g;
        }

        var columns = new double[grids.Count][];
        for (int g = 0; g < grids.Count; g++)
        {
            double[] t = grids[g];
            var m = columns[g] = new double[t.Length * bins];
            for (int k = 0; k < t.Length; k++)
            {
                try
                {
                    response.Fill(t[k], m.AsSpan(k * bins, bins));
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException(Guard.Text($"The response '{response.Quenching.Name}; {response.Resolution.Name}' cannot map the recoil node at T = {t[k]} MeV: {e.Message}"), "response", e);
                }
            }
        }

        return new ResponseMatrix(response, origin, columns, gridOfIsotope);
    }
}
