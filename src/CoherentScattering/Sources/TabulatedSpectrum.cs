using CoherentScattering.IO;
using CoherentScattering.Numerics;

namespace CoherentScattering.Sources;

/// <summary>
/// A spectrum tabulated at energy knots and interpolated linearly, normalised to one on construction.
/// Moments use exact integrals of each linear segment, accumulated once from the top of the table, so a threshold
/// query costs one binary search.
/// </summary>
public sealed class TabulatedSpectrum : INeutrinoSpectrum
{
    private static readonly GaussLegendre Rule = new(32);
    private readonly double[] energies;
    private readonly double[] densities;
    private readonly SpectrumMoments[] cumulativeAbove; // ∫_{E_i}^{E_max}, k = 0..2

    /// <summary>Creates a tabulated spectrum; the densities are rescaled so that ∫λ dE = 1.</summary>
    /// <param name="energiesMev">Strictly increasing energies, each 0 or in [1e-9, 1e6] MeV (at least two).</param>
    /// <param name="densities">Non-negative densities at those energies (any normalisation, positive integral).</param>
    /// <param name="name">Description for reports.</param>
    /// <exception cref="ArgumentException">Fewer than two points, unequal lengths, non-increasing energies, negative or
    /// non-finite values, or a zero integral (not normalisable).</exception>
    public TabulatedSpectrum(IReadOnlyList<double> energiesMev, IReadOnlyList<double> densities, string name = "tabulated")
    {
        ArgumentNullException.ThrowIfNull(energiesMev);
        ArgumentNullException.ThrowIfNull(densities);
        ArgumentNullException.ThrowIfNull(name);
        if (energiesMev.Count < 2 || energiesMev.Count != densities.Count)
        {
            throw new ArgumentException($"A tabulated spectrum needs at least two points and as many densities as energies (got {energiesMev.Count} energies, {densities.Count} densities).", nameof(energiesMev));
        }

        energies = energiesMev.ToArray();
        double[] lambda = densities.ToArray();
        for (int i = 0; i < energies.Length; i++)
        {
            if (!(energies[i] == 0 || (energies[i] >= MinimumTableEnergyMev && energies[i] <= MaximumTableEnergyMev)) || (i > 0 && !(energies[i] > energies[i - 1])))
            {
                throw TableRow.Error(Guard.Text($"energiesMev[{i}] = {energies[i]} must be 0 or lie in [{MinimumTableEnergyMev}, {MaximumTableEnergyMev}] MeV, strictly increasing."), nameof(energiesMev), i, 0);
            }

            if (!(lambda[i] >= 0) || !double.IsFinite(lambda[i]))
            {
                throw TableRow.Error(Guard.Text($"densities[{i}] = {lambda[i]} must be finite and non-negative."), nameof(densities), i, 1);
            }
        }

        double norm = Trapezoid(energies, lambda, 1.0);
        if (double.IsFinite(norm) && norm > 1e-290)
        {
            this.densities = lambda.Select(l => l / norm).ToArray();
            TableIntegral = norm;
        }
        else
        {
            // Overflow (densities near 1e308) or underflow (subnormal densities): normalise in two steps, λ/λ_max first;
            // the trapezoid sum of numbers ≤ 1 over a range of at most 1e6 MeV neither overflows nor underflows.
            double peak = lambda.Max();
            double scaled = peak > 0 ? Trapezoid(energies, lambda, peak) : 0;
            if (!(scaled > 0) || !double.IsFinite(1 / scaled))
            {
                throw new ArgumentException(Guard.Text($"The spectrum integrates to zero (or to {scaled} of its peak density, too little to normalise): it cannot be normalised."), nameof(densities));
            }

            this.densities = lambda.Select(l => l / peak / scaled).ToArray();
            TableIntegral = peak * scaled; // may be +∞ when the table's integral exceeds the double range
        }
        Name = name;
        cumulativeAbove = new SpectrumMoments[energies.Length];
        // From the top; a table starting at E = 0 has no E⁻¹ moment from 0 (cumulativeAbove[0] is then unused).
        for (int i = energies.Length - 2; i >= (energies[0] > 0 ? 0 : 1); i--)
        {
            cumulativeAbove[i] = cumulativeAbove[i + 1] + SegmentMoments(i, energies[i]);
        }
    }

    private static double Trapezoid(double[] x, double[] y, double divisor)
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            sum += 0.5 * (y[i] / divisor + y[i + 1] / divisor) * (x[i + 1] - x[i]);
        }

        return sum;
    }

    /// <summary>Smallest non-zero tabulation energy accepted, MeV (1 meV).</summary>
    public const double MinimumTableEnergyMev = 1e-9;

    /// <summary>Largest tabulation energy accepted, MeV (1 TeV: far above any CEvNS source).</summary>
    public const double MaximumTableEnergyMev = 1e6;

    /// <summary>Reads a spectrum from a CSV file (see <see cref="CsvTable"/>): header, then columns energy [MeV], density.</summary>
    /// <param name="path">CSV path.</param>
    /// <exception cref="CsvFormatException">Malformed file or values that do not form a spectrum (file, line and column named).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static TabulatedSpectrum Load(string path)
    {
        var table = CsvTable.Load(path, expectedColumns: 2);
        return table.Build(t => new TabulatedSpectrum(t.Column(0), t.Column(1), t.Source));
    }

    /// <summary>Reads a spectrum from CSV text (header, then energy [MeV], density).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for error messages.</param>
    /// <exception cref="CsvFormatException">Malformed text or values that do not form a spectrum.</exception>
    public static TabulatedSpectrum Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var table = CsvTable.Parse(reader, source, expectedColumns: 2);
        return table.Build(t => new TabulatedSpectrum(t.Column(0), t.Column(1), t.Source));
    }

    /// <summary>Writes the (normalised) table as CSV: columns energy_MeV, density_per_MeV; round-trips through <see cref="Load"/>.</summary>
    /// <param name="writer">Destination.</param>
    public void WriteCsv(TextWriter writer) => CsvTable.Write(writer, ["energy_MeV", "density_per_MeV"], [energies, densities], [Name]);

    /// <summary>The integral of the densities as given, ∫ λ dE over the table (exact for the linear interpolation), in the
    /// densities' unit × MeV: the absolute normalisation the spectrum was rescaled from (a flux in ν cm⁻² s⁻¹ when the
    /// densities are ν cm⁻² s⁻¹ MeV⁻¹). +∞ when it exceeds the double range.</summary>
    public double TableIntegral { get; }

    /// <summary>The tabulation energies in MeV (copy).</summary>
    public IReadOnlyList<double> Energies => energies.ToArray();

    /// <summary>The normalised densities in MeV⁻¹ (copy).</summary>
    public IReadOnlyList<double> Densities => densities.ToArray();

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double MinimumEnergyMev => energies[0];

    /// <inheritdoc />
    public double MaximumEnergyMev => energies[^1];

    /// <inheritdoc />
    public IReadOnlyList<double> Singularities => energies;

    /// <inheritdoc />
    public double Density(double energyMev)
    {
        if (!(Guard.Finite(energyMev) >= energies[0]) || energyMev > energies[^1])
        {
            return 0.0;
        }

        int i = Segment(energyMev);
        double t = (energyMev - energies[i]) / (energies[i + 1] - energies[i]);
        return densities[i] + t * (densities[i + 1] - densities[i]);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">A negative threshold, or one so close to zero that the E⁻¹ or E⁻²
    /// moment diverges (the table starts at E = 0 with a non-zero density).</exception>
    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        if (Guard.NonNegative(minimumEnergyMev) <= energies[0])
        {
            return energies[0] > 0 ? cumulativeAbove[0] : cumulativeAbove[1] + SegmentMoments(0, minimumEnergyMev);
        }

        if (minimumEnergyMev >= energies[^1])
        {
            return default;
        }

        int i = Segment(minimumEnergyMev);
        return cumulativeAbove[i + 1] + SegmentMoments(i, minimumEnergyMev);
    }

    /// <inheritdoc />
    public double Integrate(Func<double, double> integrand, double minimumEnergyMev)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        Guard.NonNegative(minimumEnergyMev);
        double sum = 0;
        for (int i = minimumEnergyMev <= energies[0] ? 0 : Segment(minimumEnergyMev); i + 1 < energies.Length; i++)
        {
            double a = Math.Max(energies[i], minimumEnergyMev), b = energies[i + 1];
            if (a < b)
            {
                sum += Rule.Integrate(e => Density(e) * integrand(e), a, b);
            }
        }

        return Guard.FiniteResult(sum, nameof(integrand), "the integral");
    }

    private int Segment(double energyMev)
    {
        int i = Array.BinarySearch(energies, energyMev);
        i = i >= 0 ? i : ~i - 1;
        return Math.Clamp(i, 0, energies.Length - 2);
    }

    // Exact ∫_a^{E_{i+1}} (α + βE) E^{−k} dE on segment i, from a ≥ E_i.
    private SpectrumMoments SegmentMoments(int i, double a)
    {
        double e0 = energies[i], e1 = energies[i + 1];
        double beta = (densities[i + 1] - densities[i]) / (e1 - e0);
        double alpha = densities[i] - beta * e0;
        double b = e1;
        double m0 = alpha * (b - a) + beta * (b + a) * (b - a) / 2;
        // λ = α + βE: ∫E⁻¹ = α ln(b/a) + β(b − a), ∫E⁻² = α(1/a − 1/b) + β ln(b/a). A zero α or β contributes nothing
        // (its factor may be infinite at a → 0); a non-zero one at a → 0 makes the moment diverge: refused.
        double log = Math.Log(b) - Math.Log(a);
        double m1 = (alpha == 0 ? 0 : alpha * log) + beta * (b - a);
        double m2 = (alpha == 0 ? 0 : alpha * (1 / a - 1 / b)) + (beta == 0 ? 0 : beta * log);
        if (!double.IsFinite(m1) || !double.IsFinite(m2))
        {
            throw new ArgumentOutOfRangeException("minimumEnergyMev", Guard.Text(
                $"The E⁻¹/E⁻² moments of this spectrum diverge at the threshold {a} MeV (the density does not vanish as E → 0): use a threshold above zero."));
        }

        return new(m0, m1, m2);
    }
}
