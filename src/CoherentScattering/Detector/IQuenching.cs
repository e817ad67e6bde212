namespace CoherentScattering.Detector;

/// <summary>The first step of a response chain: the electron-equivalent energy E_ee (keVee) of a nuclear recoil T (keVnr),
/// increasing in T. Parameters are exposed so that a fit can treat them as nuisances (each change rebuilds only the
/// response matrix, never the cross-section integrals).</summary>
public interface IQuenching
{
    /// <summary>Name for reports.</summary>
    string Name { get; }

    /// <summary>E_ee in keVee for a recoil T in keVnr (≥ 0).</summary>
    /// <param name="recoilKiloelectronvolts">T in keVnr, ≥ 0.</param>
    double ElectronEquivalentKiloelectronvolts(double recoilKiloelectronvolts);
}
