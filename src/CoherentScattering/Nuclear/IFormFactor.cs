namespace CoherentScattering.Nuclear;

/// <summary>A nuclear form factor F(q²), normalised to F(0) = 1, with |F| ≤ 1.</summary>
/// <remarks>Implementations are immutable and thread-safe. The rate engine evaluates them once per
/// quadrature node and isotope and caches F².</remarks>
public interface IFormFactor
{
    /// <summary>Short name for reports (e.g. "Helm").</summary>
    string Name { get; }

    /// <summary>F(q) for the given nucleus.</summary>
    /// <param name="nucleus">The nucleus whose radius parameters are used.</param>
    /// <param name="momentumTransferMev">q = √(2MT) in MeV, ≥ 0.</param>
    /// <returns>The dimensionless form factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">q negative or not finite.</exception>
    double Evaluate(Nucleus nucleus, double momentumTransferMev);
}
