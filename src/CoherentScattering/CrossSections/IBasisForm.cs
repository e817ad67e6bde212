namespace CoherentScattering.CrossSections;

/// <summary>
/// A parameter-free kinematic form b(T, E) = F²[a(T) + b(T)/E + c(T)/E²] that a separable model multiplies by a
/// parameter-dependent coefficient (see <see cref="ISeparableCrossSection"/>).
/// </summary>
/// <remarks>The rate engine integrates each basis form once per (flux, detector) and caches the result under
/// <see cref="CacheKey"/>; two basis forms with the same key must be the same function. A null key disables caching
/// (for forms that depend on a continuous parameter, such as a mediator mass).</remarks>
public interface IBasisForm
{
    /// <summary>Identity of the function for caching, or null.</summary>
    string? CacheKey { get; }

    /// <summary>The form's coefficients at a scattering point.</summary>
    /// <param name="point">Flavour, nucleus, recoil and F².</param>
    KinematicForm Evaluate(in ScatteringPoint point);
}
