namespace CoherentScattering.Rates;

/// <summary>The events one basis form produces per unit coefficient: per (component, isotope, bin), per (component, isotope) and per recoil node.</summary>
internal sealed class BasisIntegral(double[] perBin, double[] total, double[][] perNode)
{
    /// <summary>[c · isotopes + i][node]: the events of each recoil node.</summary>
    public double[][] PerNode { get; } = perNode;

    /// <summary>[(c · isotopes + i) · bins + b].</summary>
    public double[] PerBin { get; } = perBin;

    /// <summary>[c · isotopes + i].</summary>
    public double[] Total { get; } = total;
}
