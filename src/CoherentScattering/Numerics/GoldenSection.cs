namespace CoherentScattering.Numerics;

// <summary>Golden-section minimisation of a unimodal function on a bracket (Numerical Recipes §10.2).</summary>
// <remarks>Stops when the bracket is below the tolerance, when it stops shrinking (the tolerance is below the spacing
// of doubles there), or after 200 steps (a factor 1e-42); checks the cancellation token at every step.</remarks>
internal static class GoldenSection
{
    private const int MaxSteps = 200;

    public static double Minimize(Func<double, double> f, double a, double b, double tolerance, CancellationToken cancellationToken = default)
    {
        double invPhi = (Math.Sqrt(5) - 1) / 2;
        double floor = Math.Max(tolerance, 4 * Math.Max(Math.BitIncrement(Math.Abs(a)) - Math.Abs(a), Math.BitIncrement(Math.Abs(b)) - Math.Abs(b)));
        double c = b - invPhi * (b - a), d = a + invPhi * (b - a);
        double fc = f(c), fd = f(d);
        for (int step = 0; step < MaxSteps && Math.Abs(b - a) > floor; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double width = b - a;
            if (fc < fd)
            {
                b = d; d = c; fd = fc; c = b - invPhi * (b - a); fc = f(c);
            }
            else
            {
                a = c; c = d; fc = fd; d = a + invPhi * (b - a); fd = f(d);
            }

            if (!(b - a < width))
            {
                break; // no progress: the bracket is a few ULPs wide
            }
        }

        return 0.5 * (a + b);
    }
}
