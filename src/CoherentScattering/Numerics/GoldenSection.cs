namespace CoherentScattering.Numerics;

/// <summary>Golden-section minimisation of a unimodal function on a bracket (Numerical Recipes §10.2).</summary>
internal static class GoldenSection
{
    public static double Minimize(Func<double, double> f, double a, double b, double tolerance)
    {
        double invPhi = (Math.Sqrt(5) - 1) / 2;
        double c = b - invPhi * (b - a), d = a + invPhi * (b - a);
        double fc = f(c), fd = f(d);
        while (Math.Abs(b - a) > tolerance)
        {
            if (fc < fd)
            {
                b = d; d = c; fd = fc; c = b - invPhi * (b - a); fc = f(c);
            }
            else
            {
                a = c; c = d; fc = fd; d = a + invPhi * (b - a); fd = f(d);
            }
        }

        return 0.5 * (a + b);
    }
}
