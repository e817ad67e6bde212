namespace CoherentScattering.Sources;

/// <summary>The four isotopes whose fissions make nearly all reactor antineutrinos.</summary>
public enum FissionIsotope
{
    /// <summary>²³⁵U.</summary>
    U235,
    /// <summary>²³⁸U.</summary>
    U238,
    /// <summary>²³⁹Pu.</summary>
    Pu239,
    /// <summary>²⁴¹Pu.</summary>
    Pu241,
}
