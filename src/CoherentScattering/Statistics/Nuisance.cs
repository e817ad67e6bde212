namespace CoherentScattering.Statistics;

/// <summary>
/// A named nuisance parameter: a central value, a Gaussian constraint (asymmetric widths allowed) or none (free), and
/// bounds. Its penalty in −2 ln L is ((x − c)/σ)², with σ the lower width below the centre and the upper one above.
/// </summary>
public sealed record Nuisance
{
    private readonly double lowerWidth, upperWidth, lowerBound, upperBound; // ∞ where absent

    /// <summary>Creates a nuisance parameter.</summary>
    /// <param name="name">Name (1–64 characters).</param>
    /// <param name="central">Central value, |c| ≤ 1e100.</param>
    /// <param name="lowerWidth">1σ width below the centre, in [1e-50, 1e250]; null for no constraint below.</param>
    /// <param name="upperWidth">1σ width above the centre, in [1e-50, 1e250]; null for no constraint above.</param>
    /// <param name="lowerBound">Smallest allowed value (≤ central, finite); null for none.</param>
    /// <param name="upperBound">Largest allowed value (≥ central, finite); null for none.</param>
    /// <exception cref="ArgumentException">A value out of range.</exception>
    public Nuisance(string name, double central, double? lowerWidth, double? upperWidth, double? lowerBound = null, double? upperBound = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Length <= 64 ? name : throw new ArgumentException("name must have at most 64 characters.", nameof(name));
        Central = Guard.Magnitude(central, Limit);
        this.lowerWidth = lowerWidth is { } lw ? Guard.InRange(lw, 1e-50, 1e250, nameof(lowerWidth)) : double.PositiveInfinity;
        this.upperWidth = upperWidth is { } uw ? Guard.InRange(uw, 1e-50, 1e250, nameof(upperWidth)) : double.PositiveInfinity;
        this.lowerBound = lowerBound is { } lb ? (Math.Abs(lb) <= Limit && lb <= central ? lb
            : throw new ArgumentOutOfRangeException(nameof(lowerBound), Guard.Text($"lowerBound must be within ±1e100 and ≤ the central value {central}, got {lb}."))) : double.NegativeInfinity;
        this.upperBound = upperBound is { } ub ? (Math.Abs(ub) <= Limit && ub >= central ? ub
            : throw new ArgumentOutOfRangeException(nameof(upperBound), Guard.Text($"upperBound must be within ±1e100 and ≥ the central value {central}, got {ub}."))) : double.PositiveInfinity;
    }

    /// <summary>A Gaussian constraint of one width.</summary>
    /// <param name="name">Name.</param>
    /// <param name="central">Central value.</param>
    /// <param name="width">1σ width, &gt; 0.</param>
    /// <param name="lowerBound">Smallest allowed value, or null.</param>
    public static Nuisance Gaussian(string name, double central, double width, double? lowerBound = null) =>
        new(name, central, Guard.InRange(width, 1e-50, 1e250), width, lowerBound);

    /// <summary>An unconstrained parameter (no penalty).</summary>
    /// <param name="name">Name.</param>
    /// <param name="start">Starting value.</param>
    /// <param name="lowerBound">Smallest allowed value, or null.</param>
    public static Nuisance Free(string name, double start, double? lowerBound = null) => new(name, Guard.Magnitude(start, Limit), null, null, lowerBound);

    /// <summary>The largest magnitude of a central value, a bound or an evaluated value (penalties stay finite).</summary>
    public const double Limit = 1e100;

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>Central value.</summary>
    public double Central { get; private init; }

    // The same constraint about another centre (a redrawn auxiliary measurement, which may lie outside the bounds: only
    // the parameter is bounded; fits start from the centre clamped into them).
    internal Nuisance WithCentral(double central) => this with { Central = Math.Clamp(central, -Limit, Limit) };

    /// <summary>1σ below the centre; null when unconstrained below.</summary>
    public double? LowerWidth => double.IsFinite(lowerWidth) ? lowerWidth : null;

    /// <summary>1σ above the centre; null when unconstrained above.</summary>
    public double? UpperWidth => double.IsFinite(upperWidth) ? upperWidth : null;

    /// <summary>Smallest allowed value; null when unbounded below.</summary>
    public double? LowerBound => double.IsFinite(lowerBound) ? lowerBound : null;

    /// <summary>Largest allowed value; null when unbounded above.</summary>
    public double? UpperBound => double.IsFinite(upperBound) ? upperBound : null;

    /// <summary>True when neither side is constrained.</summary>
    public bool IsFree => double.IsPositiveInfinity(lowerWidth) && double.IsPositiveInfinity(upperWidth);

    internal double Low => lowerBound;

    internal double High => upperBound;

    /// <summary>The penalty ((x − c)/σ)² added to −2 ln L.</summary>
    /// <param name="value">x, |x| ≤ 1e100.</param>
    public double Penalty(double value)
    {
        double z = (Guard.Magnitude(value, Limit) - Central) / (value < Central ? lowerWidth : upperWidth);
        return z * z;
    }

    // <summary>d(penalty)/dx and d²(penalty)/dx² at x.</summary>
    internal (double First, double Second) PenaltyDerivatives(double value)
    {
        double sigma = value < Central ? lowerWidth : upperWidth;
        return double.IsPositiveInfinity(sigma) ? (0, 0) : (2 * (value - Central) / (sigma * sigma), 2 / (sigma * sigma));
    }

    /// <inheritdoc />
    public override string ToString() => IsFree ? Guard.Text($"{Name} (free)") : Guard.Text($"{Name} = {Central} −{lowerWidth} +{upperWidth}");
}
