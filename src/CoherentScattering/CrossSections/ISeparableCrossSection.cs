using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.CrossSections;

/// <summary>
/// A cross section that separates into parameter-free basis forms times coefficients that depend only on the flavour
/// and the nucleus: dσ/dT = Σ_j c_j(ν, nucleus) · b_j(T, E). The SM is Q_V² · b_V + Q_A² · b_A; vector NSI and charge
/// radii change only the coefficient of b_V; tensor NSI and magnetic moments add their own basis forms.
/// </summary>
/// <remarks>With it the engine integrates each basis form once and every further event count costs a handful of
/// multiplications (<see cref="Rates.EventRateCalculator.Total(ICrossSectionModel)"/>), with the same result as the general path.</remarks>
public interface ISeparableCrossSection : ICrossSectionModel
{
    /// <summary>Whether this instance is separable (a composite model may be separable or not depending on its parts);
    /// when false the engine uses the kinematic-form path.</summary>
    bool IsSeparable => true;

    /// <summary>The basis forms (a stable list: the same instance on every call).</summary>
    IReadOnlyList<IBasisForm> Basis { get; }

    /// <summary>Writes c_j(ν, nucleus) for every basis form into <paramref name="coefficients"/> (length ≥ Basis.Count).</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Nucleus.</param>
    /// <param name="coefficients">Destination.</param>
    void GetCoefficients(NeutrinoFlavor flavor, Nucleus nucleus, Span<double> coefficients);
}
