using CoherentScattering.IO;

namespace CoherentScattering.Detector;

/// <summary>
/// An acceptance tabulated at observable knots and interpolated linearly: zero below the first knot, the last value
/// beyond the last. Reads the library's CSV format (header, then columns x, a(x); <c>#</c> comments).
/// </summary>
public sealed class TabulatedAcceptance : IAcceptance
{
    private readonly double[] x;
    private readonly double[] a;

    /// <summary>Creates the acceptance.</summary>
    /// <param name="observables">Strictly increasing knots in [−1e300, 1e300] (at least two).</param>
    /// <param name="acceptances">a(x) at the knots, each in [0, 1].</param>
    /// <param name="name">Name for reports.</param>
    /// <exception cref="ArgumentException">Fewer than two knots, unequal lengths, knots not increasing, a value outside [0, 1].</exception>
    public TabulatedAcceptance(IReadOnlyList<double> observables, IReadOnlyList<double> acceptances, string name = "tabulated")
    {
        ArgumentNullException.ThrowIfNull(observables);
        ArgumentNullException.ThrowIfNull(acceptances);
        ArgumentNullException.ThrowIfNull(name);
        if (observables.Count < 2 || observables.Count != acceptances.Count)
        {
            throw new ArgumentException($"A tabulated acceptance needs at least two knots and one value per knot (got {observables.Count} knots, {acceptances.Count} values).", nameof(observables));
        }

        x = observables.ToArray();
        a = acceptances.ToArray();
        for (int i = 0; i < x.Length; i++)
        {
            if (!(Math.Abs(x[i]) <= 1e300) || (i > 0 && !(x[i] > x[i - 1])))
            {
                throw TableRow.Error(Guard.Text($"observables[{i}] = {x[i]} must lie in [-1e300, 1e300] and be strictly increasing."), nameof(observables), i, 0);
            }

            if (!(a[i] >= 0 && a[i] <= 1))
            {
                throw TableRow.Error(Guard.Text($"acceptances[{i}] = {a[i]} must lie in [0, 1]."), nameof(acceptances), i, 1);
            }
        }

        Name = name;
    }

    /// <summary>Reads an acceptance from CSV: header, then columns observable, acceptance.</summary>
    /// <param name="path">File path.</param>
    /// <exception cref="CsvFormatException">Malformed file or values that do not form an acceptance (file, line, column named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static TabulatedAcceptance Load(string path)
    {
        var table = CsvTable.Load(path, expectedColumns: 2);
        return table.Build(t => new TabulatedAcceptance(t.Column(0), t.Column(1), t.Source));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<double> Discontinuities => x;

    /// <inheritdoc />
    public double Evaluate(double observable)
    {
        if (double.IsNaN(observable))
        {
            throw new ArgumentOutOfRangeException(nameof(observable), "observable must be a number, got NaN.");
        }

        if (!(observable >= x[0]))
        {
            return 0.0;
        }

        if (observable >= x[^1])
        {
            return a[^1];
        }

        int i = Array.BinarySearch(x, observable);
        i = i >= 0 ? i : ~i - 1;
        double t = (observable - x[i]) / (x[i + 1] - x[i]);
        return a[i] + t * (a[i + 1] - a[i]);
    }

    /// <summary>Writes the table as CSV (round-trips exactly through <see cref="Load"/>).</summary>
    /// <param name="writer">Destination.</param>
    public void WriteCsv(TextWriter writer) => CsvTable.Write(writer, ["observable", "acceptance"], [x, a], [Name]);
}
