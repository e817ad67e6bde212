namespace CoherentScattering.Rates;

/// <summary>Quadrature settings of the recoil integral of Eq. (4).</summary>
/// <remarks>The recoil range is cut into panels at every bin edge, every acceptance discontinuity and every recoil
/// endpoint T_max(E_s) of a spectral singularity (the prompt line, the Michel endpoint, tabulation knots); each panel is
/// split into <see cref="Subdivisions"/> equal parts with a Gauss–Legendre rule of <see cref="NodesPerPanel"/> nodes.
/// The integrand is smooth inside every panel, so the defaults converge to ~1e-10 relative on COHERENT CsI
/// (doubling both settings changes the total by less than 1e-6, tested).</remarks>
public sealed record RateIntegration
{
    /// <summary>The defaults: 8 Gauss–Legendre nodes, 1 subdivision per panel.</summary>
    public static RateIntegration Default { get; } = new();

    /// <summary>Gauss–Legendre nodes per panel, in [1, 256].</summary>
    public int NodesPerPanel { get; init; } = 8;

    /// <summary>Equal subdivisions of each panel, in [1, 1000].</summary>
    public int Subdivisions { get; init; } = 1;

    /// <summary>Doubles both settings (for convergence checks).</summary>
    public RateIntegration Refined() => new() { NodesPerPanel = 2 * NodesPerPanel, Subdivisions = 2 * Subdivisions };

    internal void Validate()
    {
        Guard.InRange(NodesPerPanel, 1, 256);
        Guard.InRange(Subdivisions, 1, 1000);
    }
}
