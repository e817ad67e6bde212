namespace CoherentScattering.Models;

/// <summary>First-generation quarks, to which the NSI and Z′ couplings attach.</summary>
public enum Quark
{
    /// <summary>u.</summary>
    Up,
    /// <summary>d.</summary>
    Down,
}
