namespace CoherentScattering.Rates;

/// <summary>The events one basis form produces per unit coefficient: per (component, isotope, bin) and per (component, isotope).</summary>
internal sealed class BasisIntegral(double[] perBin, double[] total)
{
    /// <summary>[(c · isotopes + i) · bins + b].</summary>
    public double[] PerBin { get; } = perBin;

    /// <summary>[c · isotopes + i].</summary>
    public double[] Total { get; } = total;
}
