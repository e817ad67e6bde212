namespace CoherentScattering.Numerics;

// <summary>Gauss–Legendre rules on [−1, 1] (nodes and weights from MathNet.Numerics), mapped to any interval.</summary>
internal sealed class GaussLegendre
{
    private readonly double[] nodes;
    private readonly double[] weights;

    public GaussLegendre(int order)
    {
        Guard.InRange(order, 1, 1024);
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, order);
        nodes = rule.Abscissas;
        weights = rule.Weights;
    }

    public int Order => nodes.Length;

    public double Node(int i) => nodes[i];

    public double Weight(int i) => weights[i];

    // <summary>∫_a^b f(x) dx.</summary>
    public double Integrate(Func<double, double> f, double a, double b)
    {
        double half = 0.5 * (b - a), mid = 0.5 * (a + b), sum = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            sum += weights[i] * f(mid + half * nodes[i]);
        }

        return sum * half;
    }
}
