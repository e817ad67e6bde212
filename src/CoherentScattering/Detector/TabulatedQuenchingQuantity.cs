namespace CoherentScattering.Detector;

/// <summary>Which quantity a <see cref="TabulatedQuenching"/> tabulates, and so interpolates linearly in T.</summary>
public enum TabulatedQuenchingQuantity
{
    /// <summary>The quenching factor QF = E_ee/T.</summary>
    QuenchingFactor,

    /// <summary>The electron-equivalent energy E_ee in keVee.</summary>
    ElectronEquivalent,
}
