using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests;

/// <summary>FsCheck generators for physical ranges.</summary>
internal static class Generators
{
    /// <summary>Uniform doubles in [low, high] on a grid of 10⁶ steps.</summary>
    public static Arbitrary<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(k => low + (high - low) * k / 1_000_000.0).ToArbitrary();

    /// <summary>Log-uniform doubles in [low, high] (low &gt; 0).</summary>
    public static Arbitrary<double> LogUniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(k => low * Math.Pow(high / low, k / 1_000_000.0)).ToArbitrary();

    /// <summary>Catalogue nuclei.</summary>
    public static Arbitrary<global::CoherentScattering.Nuclear.Nucleus> Nuclei() => Gen.Elements(global::CoherentScattering.Nuclear.Nuclei.All.ToArray()).ToArbitrary();
}
