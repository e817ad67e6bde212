namespace CoherentScattering.Rates;

// <summary>The events one basis form produces per unit coefficient: per (component, isotope, bin), per (component, isotope) and per recoil node.</summary>
internal sealed class BasisIntegral
{
    private readonly Func<(double[] PerBin, double[][] PerNode)>? resolve;
    private Resolved? resolved;

    // <summary>An integral whose bin and node events are known.</summary>
    public BasisIntegral(double[] perBin, double[] total, double[][] perNode)
    {
        Total = total;
        resolved = new Resolved(perBin, perNode);
    }

    // <summary>An integral whose bin and node events are computed on first use (a pure function: any thread may run
    // it, one result is kept).</summary>
    public BasisIntegral(double[] total, Func<(double[] PerBin, double[][] PerNode)> resolve)
    {
        Total = total;
        this.resolve = resolve;
    }

    // <summary>[c · isotopes + i][node]: the events of each recoil node.</summary>
    public double[][] PerNode => Resolve().PerNode;

    // <summary>[(c · isotopes + i) · bins + b].</summary>
    public double[] PerBin => Resolve().PerBin;

    // <summary>[c · isotopes + i].</summary>
    public double[] Total { get; }

    private Resolved Resolve()
    {
        if (Volatile.Read(ref resolved) is { } known)
        {
            return known;
        }

        var (perBin, perNode) = resolve!();
        return Interlocked.CompareExchange(ref resolved, new Resolved(perBin, perNode), null) ?? resolved!;
    }

    private sealed record Resolved(double[] PerBin, double[][] PerNode);
}
