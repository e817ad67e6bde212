using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

/// <summary>
/// Expected CEvNS events in a reconstructed observable (keVee, photoelectrons…): Eq. (4) evaluated at recoil quadrature
/// nodes over the true-recoil panels, then folded through a <see cref="ResponseChain"/> (quenching, smearing, efficiency
/// in the reconstructed observable), N_b = Σ_k n_k M[k, b], resolved by flux component, isotope and reconstructed bin.
/// </summary>
/// <remarks>
/// <para>The response matrix M[k, b] is built once; a model evaluation integrates the cross sections at the nodes
/// (separable models reuse cached basis integrals) and multiplies. The recoil panels bound the true recoils that are
/// integrated: recoils outside them are not counted even if smearing would carry them into a bin, so the panels must
/// reach below the recoil whose quenched energy lies a few widths under the lowest bin.</para>
/// <para>Accuracy: as <see cref="SpectralPrediction"/> (smooth responses to the quadrature's accuracy; without smearing
/// exact when the jump recoils are panel edges).</para>
/// </remarks>
public sealed class ReconstructedRateCalculator
{
    private readonly ResponseMatrix matrix;
    private readonly FluxComponent[] components;

    /// <summary>Prepares the calculation.</summary>
    /// <param name="flux">The flux at the detector.</param>
    /// <param name="target">The target material.</param>
    /// <param name="mass">The target mass, &gt; 0.</param>
    /// <param name="recoilPanelEdgesKev">Strictly increasing true-recoil panel edges in keVnr (≥ 0). Where the chain has no
    /// smearing, the recoils at which its columns jump are added as edges, so that the fold is exact.</param>
    /// <param name="response">The response chain to the reconstructed bins.</param>
    /// <param name="integration">Quadrature settings (defaults when null).</param>
    /// <exception cref="ArgumentException">Invalid panels, mass or target, an exposure outside the double range, or a
    /// chain that cannot map a node's recoil.</exception>
    public ReconstructedRateCalculator(NeutrinoFlux flux, TargetMaterial target, Mass mass, IEnumerable<double> recoilPanelEdgesKev, ResponseChain response, RateIntegration? integration = null)
    {
        Response = Guard.NotNull(response);
        Prediction = new SpectralPrediction(flux, target, mass, WithJumps(Guard.NotNull(recoilPanelEdgesKev).ToArray(), response), integration);
        matrix = Prediction.Matrix(response);
        components = [.. flux.Components];
        isotopeKeys = target.Isotopes.Select(i => i.Nucleus.Key).ToArray();
    }

    private readonly string[] isotopeKeys;

    // The panel edges plus the recoils where a response without smearing jumps (a bin edge or an efficiency step
    // crossed), so that the fold is exact for it too. Invalid edges are left for SpectralPrediction to refuse.
    private static double[] WithJumps(double[] edges, ResponseChain response)
    {
        bool valid = edges.Length >= 2 && double.IsFinite(edges[0]);
        for (int i = 1; i < edges.Length && valid; i++)
        {
            valid = edges[i] > edges[i - 1] && double.IsFinite(edges[i]);
        }

        return valid ? response.PanelEdgesWithJumpsKev(edges) : edges;
    }

    /// <summary>The prediction at the recoil nodes.</summary>
    public SpectralPrediction Prediction { get; }

    /// <summary>The response chain.</summary>
    public ResponseChain Response { get; }

    /// <summary>Expected events per flux component, isotope and reconstructed bin.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model cannot be integrated on this set-up (invalid values, or a divergence
    /// at zero recoil inside the panels).</exception>
    public ExpectedEvents Compute(ICrossSectionModel model)
    {
        var events = Prediction.NodeEvents(Guard.NotNull(model));
        int bins = matrix.Axis.Count;
        var result = new double[components.Length, isotopeKeys.Length, bins];
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < isotopeKeys.Length; i++)
            {
                var n = events.Events(c, i);
                var columns = matrix.Columns(matrix.GridOfIsotope[i]); // node-major: columns[k · bins + b]
                for (int k = 0; k < n.Count; k++)
                {
                    for (int b = 0; b < bins; b++)
                    {
                        result[c, i, b] += n[k] * columns[k * bins + b]; // N_b = Σ_k n_k M[k, b]
                    }
                }
            }
        }

        return new ExpectedEvents(result, components, isotopeKeys, [.. matrix.Axis.Edges], matrix.Axis.Unit);
    }

    /// <summary>Total expected events in the reconstructed bins.</summary>
    /// <param name="model">The cross-section model.</param>
    /// <exception cref="ArgumentException">The model cannot be integrated on this set-up.</exception>
    public double Total(ICrossSectionModel model) => Prediction.Fold(Prediction.NodeEvents(Guard.NotNull(model)), matrix).Total;
}
