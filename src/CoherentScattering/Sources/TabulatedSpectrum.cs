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
    /// <param name="energiesMev">Strictly increasing, non-negative energies in MeV (at least two).</param>
    /// <param name="densities">Non-negative densities at those energies (any normalisation, positive integral).</param>
    /// <param name="name">Description for reports.</param>
    /// <exception cref="ArgumentException">Fewer than two points, unequal lengths, non-increasing energies, negative or
    /// non-finite values, or a zero integral (not normalisable).</exception>
    public TabulatedSpectrum(IReadOnlyList<double> energiesMev, IReadOnlyList<double> densities, string name = "tabulated")
    {
        ArgumentNullException.ThrowIfNull(energiesMev);
        ArgumentNullException.ThrowIfNull(densities);
        if (energiesMev.Count < 2 || energiesMev.Count != densities.Count)
        {
            throw new ArgumentException($"A tabulated spectrum needs at least two points and as many densities as energies (got {energiesMev.Count} energies, {densities.Count} densities).", nameof(energiesMev));
        }

        energies = energiesMev.ToArray();
        double[] lambda = densities.ToArray();
        for (int i = 0; i < energies.Length; i++)
        {
            if (!(energies[i] >= 0) || !double.IsFinite(energies[i]) || (i > 0 && !(energies[i] > energies[i - 1])))
            {
                throw new ArgumentException(Guard.Text($"energiesMev[{i}] = {energies[i]} must be finite, non-negative and strictly increasing."), nameof(energiesMev));
            }

            if (!(lambda[i] >= 0) || !double.IsFinite(lambda[i]))
            {
                throw new ArgumentException(Guard.Text($"densities[{i}] = {lambda[i]} must be finite and non-negative."), nameof(densities));
            }
        }

        double norm = 0;
        for (int i = 0; i + 1 < energies.Length; i++)
        {
            norm += 0.5 * (lambda[i] + lambda[i + 1]) * (energies[i + 1] - energies[i]);
        }

        if (!(norm > 0))
        {
            throw new ArgumentException("The spectrum integrates to zero: it cannot be normalised.", nameof(densities));
        }

        this.densities = lambda.Select(l => l / norm).ToArray();
        Name = name;
        cumulativeAbove = new SpectrumMoments[energies.Length];
        for (int i = energies.Length - 2; i >= 0; i--)
        {
            cumulativeAbove[i] = cumulativeAbove[i + 1] + SegmentMoments(i, energies[i]);
        }
    }

    /// <summary>Reads a spectrum from a CSV file (see <see cref="CsvTable"/>): header, then columns energy [MeV], density.</summary>
    /// <param name="path">CSV path.</param>
    /// <exception cref="CsvFormatException">Malformed file (file, line and column named).</exception>
    /// <exception cref="ArgumentException">Values that do not form a spectrum (the message names the row).</exception>
    public static TabulatedSpectrum Load(string path)
    {
        var table = CsvTable.Load(path, expectedColumns: 2);
        return new TabulatedSpectrum(table.Column(0), table.Column(1), Path.GetFileName(path));
    }

    /// <summary>Reads a spectrum from CSV text (header, then energy [MeV], density).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for error messages.</param>
    /// <exception cref="CsvFormatException">Malformed text.</exception>
    public static TabulatedSpectrum Parse(TextReader reader, string source)
    {
        var table = CsvTable.Parse(reader, source, expectedColumns: 2);
        return new TabulatedSpectrum(table.Column(0), table.Column(1), source);
    }

    /// <summary>Writes the (normalised) table as CSV: columns energy_MeV, density_per_MeV; round-trips through <see cref="Load"/>.</summary>
    /// <param name="writer">Destination.</param>
    public void WriteCsv(TextWriter writer) => CsvTable.Write(writer, ["energy_MeV", "density_per_MeV"], [energies, densities], [Name]);

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
    public SpectrumMoments InverseMoments(double minimumEnergyMev)
    {
        if (Guard.Finite(minimumEnergyMev) <= energies[0])
        {
            return cumulativeAbove[0];
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
        Guard.Finite(minimumEnergyMev);
        double sum = 0;
        for (int i = 0; i + 1 < energies.Length; i++)
        {
            double a = Math.Max(energies[i], minimumEnergyMev), b = energies[i + 1];
            if (a < b)
            {
                sum += Rule.Integrate(e => Density(e) * integrand(e), a, b);
            }
        }

        return sum;
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
        double m0 = alpha * (b - a) + beta * (b * b - a * a) / 2;
        if (a <= 0)
        {
            // λ(0) = α: the E⁻¹ and E⁻² moments diverge unless α = 0.
            double m1 = alpha == 0 ? beta * (b - a) : double.PositiveInfinity;
            double m2 = alpha == 0 && beta == 0 ? 0.0 : double.PositiveInfinity;
            return new(m0, m1, m2);
        }

        double log = Math.Log(b / a);
        return new(m0, alpha * log + beta * (b - a), alpha * (1 / a - 1 / b) + beta * log);
    }
}
