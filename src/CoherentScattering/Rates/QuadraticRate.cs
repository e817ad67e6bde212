namespace CoherentScattering.Rates;

/// <summary>
/// An event count that is exactly quadratic in one parameter, N(x) = c₀ + c₁x + c₂x², determined from three full
/// evaluations and verified at two more. Every Table I parameter enters this way (a weak-charge shift or an incoherent
/// term linear in ε, sin²θ_W, ⟨r²⟩, μ², g²), so after the fit each scan point costs a few flops.
/// </summary>
/// <remarks>The fit is exact algebra, not an approximation: <see cref="Fit"/> throws when the verification points
/// disagree by more than 1e-9 of the largest |N|, i.e. when the dependence is not quadratic.</remarks>
public sealed class QuadraticRate
{
    private const double Tolerance = 1e-9;

    private QuadraticRate(double c0, double c1, double c2)
    {
        Constant = c0;
        Linear = c1;
        Quadratic = c2;
    }

    /// <summary>c₀.</summary>
    public double Constant { get; }

    /// <summary>c₁.</summary>
    public double Linear { get; }

    /// <summary>c₂.</summary>
    public double Quadratic { get; }

    /// <summary>N(x).</summary>
    /// <param name="x">The parameter, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">x not finite, or N(x) beyond the double range.</exception>
    public double Evaluate(double x) => Guard.FiniteResult(Value(Guard.Finite(x)), nameof(x), "N(x)");

    private double Value(double x) => Constant + x * (Linear + x * Quadratic);

    /// <summary>Fits through three distinct points and verifies at the two midpoints.</summary>
    /// <param name="rate">N(x): a full event-count evaluation.</param>
    /// <param name="x0">First node.</param>
    /// <param name="x1">Second node.</param>
    /// <param name="x2">Third node.</param>
    /// <exception cref="ArgumentException">Nodes not distinct or not finite; a rate that is not finite at a node, or not
    /// quadratic in x (verification failed; <c>ParamName</c> = <c>rate</c>).</exception>
    public static QuadraticRate Fit(Func<double, double> rate, double x0, double x1, double x2)
    {
        ArgumentNullException.ThrowIfNull(rate);
        Guard.Finite(x0);
        Guard.Finite(x1);
        Guard.Finite(x2);
        if (x0 == x1 || x1 == x2 || x0 == x2)
        {
            throw new ArgumentException("The three fit nodes must be distinct.", nameof(x1));
        }

        double Rate(double x)
        {
            double v = rate(x);
            return double.IsFinite(v) ? v : throw new ArgumentException(Guard.Text($"The rate is not finite at {x} (got {v})."), nameof(rate));
        }

        double f0 = Rate(x0), f1 = Rate(x1), f2 = Rate(x2);
        // Newton divided differences, then expand to monomials.
        double d01 = (f1 - f0) / (x1 - x0), d12 = (f2 - f1) / (x2 - x1), d012 = (d12 - d01) / (x2 - x0);
        double c2 = d012, c1 = d01 - d012 * (x0 + x1), c0 = f0 - x0 * d01 + d012 * x0 * x1;
        if (!double.IsFinite(c0) || !double.IsFinite(c1) || !double.IsFinite(c2))
        {
            throw new ArgumentException("The fit coefficients leave the double range: choose nodes closer to the scanned range.", nameof(x1));
        }

        var fit = new QuadraticRate(c0, c1, c2);
        double scale = Math.Max(Math.Abs(f0), Math.Max(Math.Abs(f1), Math.Abs(f2)));
        foreach (double x in new[] { 0.5 * (x0 + x1), 0.5 * (x1 + x2) })
        {
            double direct = Rate(x), fitted = fit.Value(x);
            if (!(Math.Abs(direct - fitted) <= Tolerance * Math.Max(scale, Math.Abs(direct))))
            {
                throw new ArgumentException(Guard.Text($"The rate is not quadratic in the parameter: at {x} the fit gives {fitted}, the full calculation {direct}."), nameof(rate));
            }
        }

        return fit;
    }

    /// <summary>Fits N(x) on x ≥ 0 through 0, s and 2s with the scale s chosen so that the quadratic term is comparable
    /// to the constant one (well conditioned whatever the range later scanned): s starts at <paramref name="initialScale"/>
    /// and is rescaled once to √(|c₀/c₂|) if needed.</summary>
    /// <param name="rate">N(x).</param>
    /// <param name="initialScale">A first guess of the parameter scale, &gt; 0.</param>
    /// <exception cref="ArgumentException">N is not finite or not quadratic in x (<c>ParamName</c> = <c>rate</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scale outside [1e-100, 1e100].</exception>
    public static QuadraticRate FitFromOrigin(Func<double, double> rate, double initialScale)
    {
        double s = Guard.InRange(initialScale, 1e-100, 1e100);
        var fit = Fit(rate, 0, s, 2 * s);
        // Rescale only when the quadratic term is real, not rounding noise of an (exactly) linear rate.
        bool quadratic = Math.Abs(fit.Quadratic) * s * s > 1e-8 * (Math.Abs(fit.Constant) + Math.Abs(fit.Linear) * s);
        if (quadratic && fit.Constant != 0)
        {
            double natural = Math.Sqrt(Math.Abs(fit.Constant / fit.Quadratic));
            if ((natural > 10 * s || natural < 0.1 * s) && natural is > 1e-100 and < 1e100)
            {
                fit = Fit(rate, 0, natural, 2 * natural);
            }
        }

        return fit;
    }
}
