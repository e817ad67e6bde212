using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>An immutable 3×3 matrix of couplings indexed by lepton flavours (α, β) ∈ {e, μ, τ}², symmetric (ε_αβ = ε_βα, real couplings).</summary>
public sealed class FlavorMatrix
{
    private readonly double[] values = new double[9];

    private FlavorMatrix() { }

    /// <summary>All couplings zero.</summary>
    public static FlavorMatrix Zero { get; } = new();

    /// <summary>The coupling ε_αβ.</summary>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour.</exception>
    public double this[LeptonFlavor alpha, LeptonFlavor beta] => values[Index(Guard.Defined(alpha), Guard.Defined(beta))];

    /// <summary>Returns a copy with ε_αβ = ε_βα = value.</summary>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <param name="value">Coupling, |value| ≤ 1e6.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flavour, or the value out of range.</exception>
    public FlavorMatrix With(LeptonFlavor alpha, LeptonFlavor beta, double value)
    {
        Guard.Defined(alpha);
        Guard.Defined(beta);
        Guard.Magnitude(value, CouplingLimits.Dimensionless);
        var copy = new FlavorMatrix();
        values.CopyTo(copy.values, 0);
        copy.values[Index(alpha, beta)] = value;
        copy.values[Index(beta, alpha)] = value;
        return copy;
    }

    /// <summary>Element-wise sum (couplings of two effects that add in the amplitude).</summary>
    /// <param name="other">The other matrix.</param>
    public FlavorMatrix Plus(FlavorMatrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = new FlavorMatrix();
        for (int i = 0; i < 9; i++)
        {
            sum.values[i] = values[i] + other.values[i];
        }

        return sum;
    }

    /// <summary>True when every coupling is zero.</summary>
    public bool IsZero => values.All(v => v == 0);

    private static int Index(LeptonFlavor a, LeptonFlavor b) => 3 * (int)a + (int)b;
}
