namespace CoherentScattering.Detector;

/// <summary>
/// A quenching tabulated at recoil knots T_i (keVnr), either as quenching factors QF_i or as electron-equivalent
/// energies E_ee,i (keVee), and interpolated linearly in T in the tabulated quantity.
/// </summary>
/// <remarks>
/// <para>Between knots: QF(T) = QF_i + (QF_{i+1} − QF_i)(T − T_i)/(T_{i+1} − T_i) for a QF table (then E_ee = QF·T is
/// quadratic on each interval), E_ee(T) = E_i + (E_{i+1} − E_i)(T − T_i)/(T_{i+1} − T_i) for an E_ee table.</para>
/// <para>Outside the table the quenching factor is constant: QF(T) = QF_1 for T &lt; T_1 (so E_ee = QF_1·T runs linearly
/// from the origin to the first knot) and QF(T) = QF_n for T &gt; T_n. E_ee is continuous everywhere.</para>
/// <para>E_ee must increase strictly: an E_ee table needs strictly increasing values; a QF table needs
/// dE_ee/dT = QF_i + s_i(2T − T_i) &gt; 0 on each interval (s_i its QF slope), which, being linear in T, is checked at
/// both ends: QF_i + s_i T_i &gt; 0 and QF_{i+1} + s_i T_{i+1} &gt; 0.</para>
/// </remarks>
public sealed class TabulatedQuenching : IQuenching
{
    private readonly double[] recoils;
    private readonly double[] factors;
    private readonly double[] energies;

    private TabulatedQuenching(double[] recoils, double[] factors, double[] energies, TabulatedQuenchingQuantity quantity, string name)
    {
        this.recoils = recoils;
        this.factors = factors;
        this.energies = energies;
        Quantity = quantity;
        Name = name;
    }

    /// <summary>A table of quenching factors, QF interpolated linearly in T.</summary>
    /// <param name="recoilsKiloelectronvolts">At least two strictly increasing knots T_i in (0, 1e6] keVnr.</param>
    /// <param name="quenchingFactors">QF_i at the knots, each in (0, 2]; E_ee = QF·T must increase on every interval.</param>
    /// <param name="name">Name for reports.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">Fewer than two knots, unequal lengths, knots not increasing or out of range, a
    /// QF out of range, or an interval where E_ee would not increase.</exception>
    public static TabulatedQuenching FromQuenchingFactors(IReadOnlyList<double> recoilsKiloelectronvolts, IReadOnlyList<double> quenchingFactors, string name = "tabulated QF")
    {
        var t = Knots(recoilsKiloelectronvolts);
        var q = Values(quenchingFactors, t.Length);
        for (int i = 0; i < q.Length; i++)
        {
            if (!(q[i] > 0 && q[i] <= 2))
            {
                throw new ArgumentException(Guard.Text($"quenchingFactors[{i}] = {q[i]} must lie in (0, 2]."), nameof(quenchingFactors));
            }
        }

        for (int i = 0; i + 1 < q.Length; i++)
        {
            double s = (q[i + 1] - q[i]) / (t[i + 1] - t[i]); // dQF/dT on [T_i, T_i+1]
            if (!(q[i] + s * t[i] > 0 && q[i + 1] + s * t[i + 1] > 0)) // dE_ee/dT at both ends of the interval
            {
                throw new ArgumentException(Guard.Text(
                    $"quenchingFactors: E_ee = QF·T would not increase between T = {t[i]} and {t[i + 1]} keVnr (QF {q[i]} → {q[i + 1]}); dE_ee/dT = QF + T dQF/dT must stay positive."), nameof(quenchingFactors));
            }
        }

        return new TabulatedQuenching(t, q, t.Select((ti, i) => q[i] * ti).ToArray(), TabulatedQuenchingQuantity.QuenchingFactor, Guard.NotNull(name));
    }

    /// <summary>A table of electron-equivalent energies, E_ee interpolated linearly in T.</summary>
    /// <param name="recoilsKiloelectronvolts">At least two strictly increasing knots T_i in (0, 1e6] keVnr.</param>
    /// <param name="electronEquivalentKiloelectronvolts">E_ee,i in keVee, strictly increasing, with E_ee,i/T_i in (0, 2].</param>
    /// <param name="name">Name for reports.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">Fewer than two knots, unequal lengths, knots not increasing or out of range,
    /// E_ee not strictly increasing, or a quenching factor E_ee/T outside (0, 2].</exception>
    public static TabulatedQuenching FromElectronEquivalent(IReadOnlyList<double> recoilsKiloelectronvolts, IReadOnlyList<double> electronEquivalentKiloelectronvolts, string name = "tabulated E_ee")
    {
        var t = Knots(recoilsKiloelectronvolts);
        var e = Values(electronEquivalentKiloelectronvolts, t.Length);
        for (int i = 0; i < e.Length; i++)
        {
            if (!(e[i] > 0 && e[i] <= 2 * t[i]))
            {
                throw new ArgumentException(Guard.Text($"electronEquivalentKiloelectronvolts[{i}] = {e[i]} must lie in (0, 2·T] = (0, {2 * t[i]}] keVee (a quenching factor in (0, 2])."), nameof(electronEquivalentKiloelectronvolts));
            }

            if (i > 0 && !(e[i] > e[i - 1]))
            {
                throw new ArgumentException(Guard.Text($"electronEquivalentKiloelectronvolts must be strictly increasing: element {i} = {e[i]} follows {e[i - 1]}."), nameof(electronEquivalentKiloelectronvolts));
            }
        }

        return new TabulatedQuenching(t, t.Select((ti, i) => e[i] / ti).ToArray(), e, TabulatedQuenchingQuantity.ElectronEquivalent, Guard.NotNull(name));
    }

    /// <summary>The tabulated (and linearly interpolated) quantity.</summary>
    public TabulatedQuenchingQuantity Quantity { get; }

    /// <summary>The knots T_i in keVnr.</summary>
    public IReadOnlyList<double> Recoils => Array.AsReadOnly(recoils);

    /// <summary>QF at the knots.</summary>
    public IReadOnlyList<double> QuenchingFactors => Array.AsReadOnly(factors);

    /// <summary>E_ee at the knots, keVee.</summary>
    public IReadOnlyList<double> ElectronEquivalents => Array.AsReadOnly(energies);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>QF(T) = E_ee(T)/T; the first knot's value at T = 0.</summary>
    /// <param name="recoilKiloelectronvolts">T in keVnr, in [0, 1e6].</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite or above 1e6 keVnr.</exception>
    public double QuenchingFactor(double recoilKiloelectronvolts)
    {
        double t = Guard.InRange(recoilKiloelectronvolts, 0.0, 1e6);
        if (t <= recoils[0])
        {
            return factors[0]; // constant QF below the table
        }

        if (t >= recoils[^1])
        {
            return factors[^1]; // constant QF beyond the table
        }

        int i = Interval(t);
        double u = (t - recoils[i]) / (recoils[i + 1] - recoils[i]);
        return Quantity == TabulatedQuenchingQuantity.QuenchingFactor
            ? factors[i] + u * (factors[i + 1] - factors[i])
            : (energies[i] + u * (energies[i + 1] - energies[i])) / t;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">T negative, not finite or above 1e6 keVnr.</exception>
    public double ElectronEquivalentKiloelectronvolts(double recoilKiloelectronvolts)
    {
        double t = Guard.InRange(recoilKiloelectronvolts, 0.0, 1e6);
        if (Quantity == TabulatedQuenchingQuantity.ElectronEquivalent && t > recoils[0] && t < recoils[^1])
        {
            int i = Interval(t);
            double u = (t - recoils[i]) / (recoils[i + 1] - recoils[i]);
            return energies[i] + u * (energies[i + 1] - energies[i]); // linear in E_ee between knots
        }

        return QuenchingFactor(t) * t;
    }

    // The interval [T_i, T_i+1) holding t, for T_1 < t < T_n.
    private int Interval(double t)
    {
        int i = Array.BinarySearch(recoils, t);
        return Math.Min(i >= 0 ? i : ~i - 1, recoils.Length - 2);
    }

    private static double[] Knots(IReadOnlyList<double> recoilsKiloelectronvolts, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(recoilsKiloelectronvolts))] string? name = null)
    {
        var t = Guard.Increasing(recoilsKiloelectronvolts, 2, name);
        if (!(t[0] > 0 && t[^1] <= 1e6))
        {
            throw new ArgumentException(Guard.Text($"{name} must lie in (0, 1e6] keVnr, got [{t[0]}, {t[^1]}]."), name);
        }

        return t;
    }

    private static double[] Values(IReadOnlyList<double> values, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? name = null)
    {
        var v = Guard.FiniteArray(values, name);
        return v.Length == count ? v
            : throw new ArgumentException(Guard.Text($"{name} needs one value per recoil knot ({count}), got {v.Length}."), name);
    }
}
