namespace CoherentScattering.Statistics;

/// <summary>How a shape systematic with only a +1σ alternative template is continued to θ &lt; 0.</summary>
public enum OneSidedShape
{
    /// <summary>The alternative is mirrored about the central template (t̂⁻ = 2t̂ − t̂⁺): the shift θ (t̂⁺ − t̂) is linear
    /// for every θ, so the likelihood stays smooth at θ = 0 and the data may pull either way. The default: a single
    /// alternative (a shifted timing mean, a changed width) usually stands for a ±1σ uncertainty whose sign is unknown.</summary>
    Mirror,

    /// <summary>θ is bounded below by 0: only the given direction is allowed (the alternative as an upper envelope).</summary>
    PositiveOnly,
}

/// <summary>
/// A shape systematic of one template component: a named nuisance parameter θ with a standard-normal prior
/// (penalty (θ − a)² in −2 ln L, a = 0 unless an auxiliary value is given), and the component's alternative templates at
/// θ = +1 and (optionally) θ = −1. The component's normalised shape is interpolated vertically, piecewise linearly in θ
/// (HistFactory "histosys", interpolation code 0: Cranmer et al., CERN-OPEN-2012-016, §4.1):
/// t̂(θ) = t̂ + θ (t̂⁺ − t̂) for θ ≥ 0 and t̂ + θ (t̂ − t̂⁻) for θ &lt; 0, with t̂, t̂⁺, t̂⁻ each normalised to one, so t̂(θ)
/// keeps summing to one and the component's normalisation stays its total events. Several systematics on one component
/// add their shifts; a systematic of the same name on several components shares one θ.
/// </summary>
/// <remarks>Only the alternatives' shapes matter (their totals are divided out). Far beyond ±1 the interpolated shape may
/// become negative in bins where the alternatives differ strongly; a bin whose expectation is then ≤ 0 while it holds counts
/// makes the likelihood zero, which the fit steps back from. Immutable.</remarks>
public sealed class ShapeSystematic
{
    /// <summary>The bound |θ| ≤ 5 of every shape parameter (the interpolation is not trusted further out).</summary>
    public const double Bound = 5;

    private readonly double[] upShape, downShape; // t̂⁺ and t̂⁻, each summing to one

    /// <summary>Creates a shape systematic.</summary>
    /// <param name="name">Name of its parameter θ (1–64 characters); shared by every component that carries a systematic of this name.</param>
    /// <param name="up">The component's template at θ = +1 (binned as the component's template, total &gt; 0).</param>
    /// <param name="down">The template at θ = −1, binned as <paramref name="up"/>; null for a one-sided systematic.</param>
    /// <param name="oneSided">How a one-sided systematic continues below θ = 0 (ignored when <paramref name="down"/> is given).</param>
    /// <param name="auxiliary">The auxiliary measurement a of the prior (θ − a)², 0 for the standard normal; in the allowed
    /// range of θ (for example the value at which an Asimov data set was built).</param>
    /// <exception cref="ArgumentException">A bad name, an alternative without events, the two alternatives binned
    /// differently, an undefined convention or an auxiliary value outside the range of θ.</exception>
    public ShapeSystematic(string name, Histogram up, Histogram? down = null, OneSidedShape oneSided = OneSidedShape.Mirror, double auxiliary = 0)
    {
        Name = Guard.Name(name);
        if (Name.Length > 64)
        {
            throw new ArgumentException("name must have at most 64 characters.", nameof(name));
        }

        Up = Guard.NotNull(up);
        Down = down;
        Convention = Guard.Defined(oneSided);
        upShape = Normalised(up, nameof(up));
        downShape = down is null ? upShape : Normalised(down, nameof(down));
        if (down is not null && !down.SameBinning(up))
        {
            throw new ArgumentException(Guard.Text(
                $"The −1σ template of '{Name}' ({string.Join(" × ", down.Axes)}) is not binned as its +1σ template ({string.Join(" × ", up.Axes)})."), nameof(down));
        }

        LowerBound = down is null && oneSided == OneSidedShape.PositiveOnly ? 0 : -Bound;
        Auxiliary = auxiliary >= LowerBound && auxiliary <= UpperBound ? auxiliary
            : throw new ArgumentOutOfRangeException(nameof(auxiliary), Guard.Text($"auxiliary must lie in [{LowerBound}, {UpperBound}] (the range of θ), got {auxiliary}."));
    }

    /// <summary>The name of the parameter θ.</summary>
    public string Name { get; }

    /// <summary>The template at θ = +1.</summary>
    public Histogram Up { get; }

    /// <summary>The template at θ = −1; null for a one-sided systematic.</summary>
    public Histogram? Down { get; }

    /// <summary>Whether only the +1σ alternative is given.</summary>
    public bool IsOneSided => Down is null;

    /// <summary>How a one-sided systematic continues below θ = 0.</summary>
    public OneSidedShape Convention { get; }

    /// <summary>The auxiliary measurement a of the prior (θ − a)² (0: the standard normal).</summary>
    public double Auxiliary { get; }

    /// <summary>Smallest allowed θ: −5, or 0 for a one-sided systematic with <see cref="OneSidedShape.PositiveOnly"/>.</summary>
    public double LowerBound { get; }

    /// <summary>Largest allowed θ, 5.</summary>
    public double UpperBound => Bound;

    // <summary>Whether the −1 side uses its own template (a kink of the interpolation at θ = 0 is possible).</summary>
    internal bool HasOwnDownSide => Down is not null;

    /// <summary>The penalty (θ − a)² of the standard-normal prior centred on the auxiliary value.</summary>
    /// <param name="theta">θ within [<see cref="LowerBound"/>, <see cref="UpperBound"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">θ outside its range.</exception>
    public double Penalty(double theta)
    {
        double z = Guard.InRange(theta, LowerBound, UpperBound) - Auxiliary;
        return z * z;
    }

    // <summary>Whether another systematic has the same parameter: name, bounds and prior.</summary>
    internal bool SameParameter(ShapeSystematic other) => Name == other.Name && LowerBound == other.LowerBound && Auxiliary == other.Auxiliary;

    // <summary>The shifts per unit θ of a component with the given normalised central shape: (t̂⁺ − t̂, t̂ − t̂⁻); for a
    // one-sided systematic both are t̂⁺ − t̂ (the mirror; with <see cref="OneSidedShape.PositiveOnly"/> the second is never used).</summary>
    internal (double[] Up, double[] Down) Shifts(double[] centralShape)
    {
        var up = new double[centralShape.Length];
        for (int i = 0; i < up.Length; i++)
        {
            up[i] = upShape[i] - centralShape[i]; // t̂⁺ − t̂ (CERN-OPEN-2012-016, code 0)
        }

        if (!HasOwnDownSide)
        {
            return (up, up); // mirror: t̂⁻ = 2t̂ − t̂⁺, so t̂ − t̂⁻ = t̂⁺ − t̂
        }

        var down = new double[centralShape.Length];
        for (int i = 0; i < down.Length; i++)
        {
            down[i] = centralShape[i] - downShape[i]; // t̂ − t̂⁻
        }

        return (up, down);
    }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"{Name} ({(IsOneSided ? "one-sided, " + Convention : "two-sided")}, θ in [{LowerBound}, {UpperBound}])");

    private double[] Normalised(Histogram template, string parameter)
    {
        double total = template.Total;
        if (!(total > 0 && double.IsFinite(total)))
        {
            throw new ArgumentException(Guard.Text($"The {(parameter == "up" ? "+1σ" : "−1σ")} template of shape systematic '{Name}' holds no events."), parameter);
        }

        var values = template.Values;
        var shape = new double[values.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = values[i] / total;
        }

        return shape;
    }
}
