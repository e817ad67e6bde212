using System.Collections.Immutable;
using CoherentScattering.CrossSections;

namespace CoherentScattering.Models;

/// <summary>
/// The Standard Model combined with any number of new-physics effects: coherent charge shifts add inside the
/// amplitude, incoherent terms add to the cross section,
/// dσ/dT = (G_F² M/π) F² [(Q_V + Σ δQ)² (1 − MT/2E²) + Q_A²(1 + MT/2E²)] + Σ terms.
/// </summary>
/// <remarks>
/// Immutable: <see cref="With(IVectorChargeShift)"/> and <see cref="With(IIncoherentTerm)"/> return new models. With no
/// effects (or all couplings zero) it equals <see cref="StandardModel"/> exactly. Oscillation acts on the flux instead
/// (<see cref="SterileOscillation"/>). Every term has the kinematic form, so the fast path always applies.
/// </remarks>
public sealed class NewPhysicsModel : ISeparableCrossSection
{
    /// <summary>Creates a model.</summary>
    /// <param name="standardModel">The Standard-Model part (sin²θ_W, axial term); the paper's when null.</param>
    /// <param name="shifts">Coherent charge shifts (an effect that is also an incoherent term is used as both).</param>
    /// <param name="terms">Incoherent terms (an effect that is also a charge shift is used as both).</param>
    /// <exception cref="ArgumentException">Two magnetic-moment or two scalar-mediator instances (combine their couplings).</exception>
    public NewPhysicsModel(StandardModel? standardModel = null, IEnumerable<IVectorChargeShift>? shifts = null, IEnumerable<IIncoherentTerm>? terms = null)
    {
        StandardModel = standardModel ?? StandardModel.Paper;
        var effects = Normalise(Guard.NoNulls(shifts ?? [], nameof(shifts)).Cast<object>().Concat(Guard.NoNulls(terms ?? [], nameof(terms))));
        Shifts = effects.OfType<IVectorChargeShift>().ToImmutableArray();
        Terms = effects.OfType<IIncoherentTerm>().ToImmutableArray();
        IsSeparable = Shifts.All(s => s.IsRecoilIndependent) && Terms.All(t => t is ISeparableTerm);
        ResolvesNucleonFormFactors = Shifts.All(s => s.SplitsByNucleon);
        var basis = new List<IBasisForm> { StandardBasis.Vector, StandardBasis.Axial };
        termBasis = new int[Terms.Length];
        for (int t = 0; t < Terms.Length; t++)
        {
            if (Terms[t] is ISeparableTerm separable)
            {
                int index = basis.IndexOf(separable.Basis);
                termBasis[t] = index >= 0 ? index : basis.Count;
                if (index < 0)
                {
                    basis.Add(separable.Basis);
                }
            }
        }

        this.basis = basis.ToArray();
        readOnlyBasis = Array.AsReadOnly(this.basis);
    }

    private readonly IBasisForm[] basis;
    private readonly IReadOnlyList<IBasisForm> readOnlyBasis;
    private readonly int[] termBasis;

    // One list of distinct effects in which couplings that add in the amplitude are merged: several VectorNsi (or
    // TensorNsi) become one whose couplings are the sums, so flavour-changing and tensor charges are summed before they
    // are squared. Two magnetic-moment or scalar-mediator instances are refused: their amplitudes would interfere, which
    // separate incoherent terms cannot express.
    private static List<object> Normalise(IEnumerable<object> effects)
    {
        var list = new List<object>();
        foreach (var effect in effects)
        {
            ArgumentNullException.ThrowIfNull(effect, nameof(effects));
            if (!list.Any(e => ReferenceEquals(e, effect)))
            {
                list.Add(effect);
            }
        }

        Merge<VectorNsi>(list, (a, b) => a.Plus(b));
        Merge<TensorNsi>(list, (a, b) => a.Plus(b));
        foreach (var type in new[] { typeof(MagneticMoment), typeof(ScalarMediator) })
        {
            if (list.Count(e => e.GetType() == type) > 1)
            {
                throw new ArgumentException($"A model may hold one {type.Name}: put all its couplings into one instance (their amplitudes add before squaring).", "terms");
            }
        }

        return list;
    }

    private static void Merge<T>(List<object> list, Func<T, T, T> plus)
    {
        var items = list.OfType<T>().ToList();
        if (items.Count > 1)
        {
            int first = list.FindIndex(e => e is T);
            list.RemoveAll(e => e is T);
            list.Insert(first, items.Aggregate(plus)!);
        }
    }

    /// <inheritdoc />
    /// <remarks>True when the model holds a non-zero magnetic moment (its Vogel–Engel term grows as 1/T).</remarks>
    public bool DivergesAtZeroRecoil => Terms.Any(t => t is MagneticMoment { IsZero: false });

    /// <inheritdoc />
    /// <remarks>True when every charge shift splits by nucleon (<see cref="IVectorChargeShift.SplitsByNucleon"/>: all of the
    /// library's do). The vector amplitude is then (Q_p + Σ δQ_p) F_p + (Q_n + Σ δQ_n) F_n at a point with nucleon form
    /// factors; the axial and incoherent terms use the point's F² (the nucleon-number average), except the flavour-changing
    /// vector NSI channels, which are vector amplitudes and split alike.</remarks>
    public bool ResolvesNucleonFormFactors { get; }

    /// <summary>True when every shift is recoil-independent and every term separable (all effects but Z′ and φ).</summary>
    public bool IsSeparable { get; }

    /// <inheritdoc />
    public IReadOnlyList<IBasisForm> Basis => readOnlyBasis;

    /// <inheritdoc />
    public void GetCoefficients(Sources.NeutrinoFlavor flavor, Nuclear.Nucleus nucleus, Span<double> coefficients)
    {
        if (!IsSeparable)
        {
            throw new InvalidOperationException($"{Name} depends on the recoil energy through a propagator and is not separable.");
        }

        Guard.NotNull(nucleus);
        if (coefficients.Length < basis.Length)
        {
            throw new ArgumentException(Guard.Text($"coefficients needs room for the {basis.Length} basis forms, got {coefficients.Length}."), nameof(coefficients));
        }

        double q = StandardModel.VectorWeakCharge(nucleus), qa = StandardModel.AxialWeakCharge(nucleus);
        foreach (var shift in Shifts)
        {
            q += shift.ChargeShift(flavor, nucleus, 0.0);
        }

        coefficients[..basis.Length].Clear();
        coefficients[0] = q * q;
        coefficients[1] = qa * qa;
        for (int t = 0; t < Terms.Length; t++)
        {
            coefficients[termBasis[t]] += ((ISeparableTerm)Terms[t]).Coefficient(flavor, nucleus);
        }
    }

    /// <summary>The paper's SM with no new physics.</summary>
    public static NewPhysicsModel Paper { get; } = new();

    /// <summary>The Standard-Model part.</summary>
    public StandardModel StandardModel { get; }

    /// <summary>Coherent charge shifts.</summary>
    public ImmutableArray<IVectorChargeShift> Shifts { get; }

    /// <summary>Incoherent terms.</summary>
    public ImmutableArray<IIncoherentTerm> Terms { get; }

    /// <inheritdoc />
    public string Name => Shifts.Length + Terms.Length == 0
        ? StandardModel.Name
        : $"{StandardModel.Name} + {string.Join(" + ", Shifts.Select(s => s.ToString()).Concat(Terms.Select(t => t.ToString())))}";

    /// <summary>Adds a coherent effect (with its incoherent part, when it has one, as vector NSI with flavour-changing
    /// couplings). Several effects of one family are merged (see <see cref="NewPhysicsModel(StandardModel?, IEnumerable{IVectorChargeShift}?, IEnumerable{IIncoherentTerm}?)"/>).</summary>
    /// <param name="shift">The effect.</param>
    /// <exception cref="ArgumentException">The effect cannot join the model (a second magnetic moment or scalar).</exception>
    public NewPhysicsModel With(IVectorChargeShift shift) => Combine(() => new(StandardModel, Shifts.Add(Guard.NotNull(shift)), Terms), nameof(shift));

    /// <summary>Adds an incoherent effect (with its coherent part, when it has one).</summary>
    /// <param name="term">The effect.</param>
    /// <exception cref="ArgumentException">The effect cannot join the model (a second magnetic moment or scalar).</exception>
    public NewPhysicsModel With(IIncoherentTerm term) => Combine(() => new(StandardModel, Shifts, Terms.Add(Guard.NotNull(term))), nameof(term));

    // Builds a combined model; a refusal of the combination names the added effect.
    private static NewPhysicsModel Combine(Func<NewPhysicsModel> create, string parameter)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e) when (e.ParamName is "shifts" or "terms")
        {
            throw new ArgumentException(e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal), parameter, e);
        }
    }

    /// <summary>Adds an effect that is both coherent and incoherent (e.g. vector NSI with flavour-changing couplings).</summary>
    /// <param name="effect">The effect.</param>
    public NewPhysicsModel With<T>(T effect) where T : IVectorChargeShift, IIncoherentTerm =>
        Combine(() => new(StandardModel, Shifts.Add(effect ?? throw new ArgumentNullException(nameof(effect))), Terms), nameof(effect));

    /// <summary>Replaces the Standard-Model part (e.g. another sin²θ_W, as in Fig. 7).</summary>
    /// <param name="standardModel">The new SM part.</param>
    public NewPhysicsModel WithStandardModel(StandardModel standardModel) => new(standardModel ?? throw new ArgumentNullException(nameof(standardModel)), Shifts, Terms);

    /// <summary>The effective vector charge Q_V + Σ δQ at a point.</summary>
    /// <param name="point">The scattering point.</param>
    public double EffectiveVectorCharge(in ScatteringPoint point)
    {
        double q = StandardModel.VectorWeakCharge(point.Target);
        foreach (var shift in Shifts)
        {
            q += shift.ChargeShift(point.Flavor, point.Target, point.RecoilMev);
        }

        return q;
    }

    /// <summary>The effective vector charge split by nucleon, (Q_p + Σ δQ_p, Q_n + Σ δQ_n), at a point.</summary>
    /// <param name="point">The scattering point.</param>
    /// <exception cref="ArgumentException">A shift that does not split by nucleon (<see cref="ResolvesNucleonFormFactors"/> is
    /// false).</exception>
    public NucleonCharges EffectiveVectorCharges(in ScatteringPoint point)
    {
        if (!ResolvesNucleonFormFactors)
        {
            throw new ArgumentException(Guard.Text(
                $"{Name} cannot use separate proton and neutron form factors: the shift '{Shifts.First(s => !s.SplitsByNucleon)}' does not split by nucleon."), nameof(point));
        }

        var q = StandardModel.VectorWeakCharges(point.Target);
        foreach (var shift in Shifts)
        {
            q += shift.NucleonChargeShift(point.Flavor, point.Target, point.RecoilMev);
        }

        return q;
    }

    /// <inheritdoc />
    public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form)
    {
        form = point.HasNucleonFormFactors
            ? StandardModel.NucleonForm(point, EffectiveVectorCharges(point), StandardModel.AxialWeakCharge(point.Target))
            : StandardModel.Form(point, EffectiveVectorCharge(point), StandardModel.AxialWeakCharge(point.Target));
        foreach (var term in Terms)
        {
            form += term.Term(point);
        }

        return true;
    }

    /// <inheritdoc />
    public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev)
    {
        TryGetKinematicForm(point, out var form);
        return form.EvaluateAboveThreshold(point, neutrinoMev);
    }
}
