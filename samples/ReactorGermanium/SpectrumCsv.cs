using System.Globalization;
using CoherentScattering.Rates;

namespace ReactorGermanium;

/// <summary>Writes binned spectra as CSV: one row per bin with its edges and its expected events (invariant culture,
/// edges to 12 digits, events with round-trip digits, so the rows sum back to the total).</summary>
internal static class SpectrumCsv
{
    /// <summary>One spectrum: columns low_UNIT, high_UNIT, events.</summary>
    public static void Write(ExpectedEvents events, TextWriter writer)
    {
        writer.WriteLine($"low_{events.ObservableUnit},high_{events.ObservableUnit},events");
        foreach (var bin in events.Bins)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bin.Low:G12},{bin.High:G12},{bin.Events:R}"));
        }
    }

    /// <summary>Two spectra on the same bins: columns low_UNIT, high_UNIT, then one column per spectrum.</summary>
    public static void WriteComparison(ExpectedEvents first, string firstName, ExpectedEvents second, string secondName, TextWriter writer)
    {
        if (first.Bins.Count != second.Bins.Count)
        {
            throw new ArgumentException("the two spectra have different bins", nameof(second));
        }

        writer.WriteLine($"low_{first.ObservableUnit},high_{first.ObservableUnit},{firstName},{secondName}");
        for (int b = 0; b < first.Bins.Count; b++)
        {
            var bin = first.Bins[b];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bin.Low:G12},{bin.High:G12},{bin.Events:R},{second.Bins[b].Events:R}"));
        }
    }

    /// <summary>Reads back the events column (the last but one for comparisons: <paramref name="column"/>) of a CSV
    /// written above.</summary>
    public static double[] ReadColumn(TextReader reader, int column = 2)
    {
        var values = new List<double>();
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            values.Add(double.Parse(line.Split(',')[column], CultureInfo.InvariantCulture));
        }

        return [.. values];
    }
}
