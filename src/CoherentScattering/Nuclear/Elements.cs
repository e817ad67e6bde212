using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CoherentScattering.Nuclear;

/// <summary>Natural elements with their representative isotopic compositions, keyed by chemical symbol as in experiment
/// files (<c>{"element": "Ge", "atoms": 1}</c>).</summary>
/// <remarks>
/// <para>Atom fractions: the IUPAC (CIAAW) representative isotopic compositions of an ordinary terrestrial sample, to the
/// digits printed (each element's fractions sum to 1 within 1e-5). Germanium follows the 2013 evaluation (J. Meija et
/// al., Isotopic compositions of the elements 2013 (IUPAC Technical Report), Pure Appl. Chem. 88, 293 (2016), after the
/// ratios of Yang &amp; Meija, Anal. Chem. 82, 4188 (2010)), which changed it from the 2009 table; every other element
/// follows M. Berglund and M. E. Wieser, Isotopic compositions of the elements 2009 (IUPAC Technical Report), Pure Appl.
/// Chem. 83, 397 (2011). For H, C, O, Si and Ar the CIAAW now publishes intervals; the 2009 representative values lie
/// inside them. This file is the single place these numbers live.</para>
/// <para>A real detector's germanium or xenon may be enriched or depleted; build such an <see cref="Element"/> with its own
/// fractions.</para>
/// </remarks>
public static class Elements
{
    /// <summary>Hydrogen: ¹H 0.999885, ²H 0.000115.</summary>
    public static readonly Element Hydrogen = new("H", [new(Nuclei.H1, 0.999885), new(Nuclei.H2, 0.000115)]);

    /// <summary>Carbon: ¹²C 0.9893, ¹³C 0.0107.</summary>
    public static readonly Element Carbon = new("C", [new(Nuclei.C12, 0.9893), new(Nuclei.C13, 0.0107)]);

    /// <summary>Oxygen: ¹⁶O 0.99757, ¹⁷O 0.00038, ¹⁸O 0.00205.</summary>
    public static readonly Element Oxygen = new("O", [new(Nuclei.O16, 0.99757), new(Nuclei.O17, 0.00038), new(Nuclei.O18, 0.00205)]);

    /// <summary>Fluorine: ¹⁹F only.</summary>
    public static readonly Element Fluorine = new("F", [new(Nuclei.F19, 1)]);

    /// <summary>Sodium: ²³Na only.</summary>
    public static readonly Element Sodium = new("Na", [new(Nuclei.Na23, 1)]);

    /// <summary>Aluminium: ²⁷Al only.</summary>
    public static readonly Element Aluminium = new("Al", [new(Nuclei.Al27, 1)]);

    /// <summary>Silicon: ²⁸Si 0.92223, ²⁹Si 0.04685, ³⁰Si 0.03092.</summary>
    public static readonly Element Silicon = new("Si", [new(Nuclei.Si28, 0.92223), new(Nuclei.Si29, 0.04685), new(Nuclei.Si30, 0.03092)]);

    /// <summary>Argon (atmospheric): ³⁶Ar 0.003336, ³⁸Ar 0.000629, ⁴⁰Ar 0.996035. Underground argon is almost pure ⁴⁰Ar.</summary>
    public static readonly Element Argon = new("Ar", [new(Nuclei.Ar36, 0.003336), new(Nuclei.Ar38, 0.000629), new(Nuclei.Ar40, 0.996035)]);

    /// <summary>Calcium: ⁴⁰Ca 0.96941, ⁴²Ca 0.00647, ⁴³Ca 0.00135, ⁴⁴Ca 0.02086, ⁴⁶Ca 0.00004, ⁴⁸Ca 0.00187.</summary>
    public static readonly Element Calcium = new("Ca", [
        new(Nuclei.Ca40, 0.96941), new(Nuclei.Ca42, 0.00647), new(Nuclei.Ca43, 0.00135), new(Nuclei.Ca44, 0.02086), new(Nuclei.Ca46, 0.00004), new(Nuclei.Ca48, 0.00187)]);

    /// <summary>Germanium (IUPAC 2013): ⁷⁰Ge 0.2052, ⁷²Ge 0.2745, ⁷³Ge 0.0776, ⁷⁴Ge 0.3652, ⁷⁶Ge 0.0775.</summary>
    public static readonly Element Germanium = new("Ge", [
        new(Nuclei.Ge70, 0.2052), new(Nuclei.Ge72, 0.2745), new(Nuclei.Ge73, 0.0776), new(Nuclei.Ge74, 0.3652), new(Nuclei.Ge76, 0.0775)]);

    /// <summary>Iodine: ¹²⁷I only.</summary>
    public static readonly Element Iodine = new("I", [new(Nuclei.I127, 1)]);

    /// <summary>Xenon: ¹²⁴Xe 0.000952, ¹²⁶Xe 0.000890, ¹²⁸Xe 0.019102, ¹²⁹Xe 0.264006, ¹³⁰Xe 0.040710, ¹³¹Xe 0.212324,
    /// ¹³²Xe 0.269086, ¹³⁴Xe 0.104357, ¹³⁶Xe 0.088573.</summary>
    public static readonly Element Xenon = new("Xe", [
        new(Nuclei.Xe124, 0.000952), new(Nuclei.Xe126, 0.000890), new(Nuclei.Xe128, 0.019102), new(Nuclei.Xe129, 0.264006), new(Nuclei.Xe130, 0.040710),
        new(Nuclei.Xe131, 0.212324), new(Nuclei.Xe132, 0.269086), new(Nuclei.Xe134, 0.104357), new(Nuclei.Xe136, 0.088573)]);

    /// <summary>Caesium: ¹³³Cs only.</summary>
    public static readonly Element Caesium = new("Cs", [new(Nuclei.Cs133, 1)]);

    /// <summary>Tungsten: ¹⁸⁰W 0.0012, ¹⁸²W 0.2650, ¹⁸³W 0.1431, ¹⁸⁴W 0.3064, ¹⁸⁶W 0.2843.</summary>
    public static readonly Element Tungsten = new("W", [
        new(Nuclei.W180, 0.0012), new(Nuclei.W182, 0.2650), new(Nuclei.W183, 0.1431), new(Nuclei.W184, 0.3064), new(Nuclei.W186, 0.2843)]);

    private static readonly FrozenDictionary<string, Element> BySymbol = new[]
    {
        Hydrogen, Carbon, Oxygen, Fluorine, Sodium, Aluminium, Silicon, Argon, Calcium, Germanium, Iodine, Xenon, Caesium, Tungsten,
    }.ToFrozenDictionary(e => e.Symbol, StringComparer.Ordinal);

    /// <summary>All catalogue elements, ordered by Z.</summary>
    public static IReadOnlyList<Element> All { get; } = BySymbol.Values.OrderBy(e => e.AtomicNumber).ToArray();

    /// <summary>Looks up an element by chemical symbol.</summary>
    /// <param name="symbol">A symbol such as <c>Ge</c> (case-sensitive).</param>
    /// <exception cref="ArgumentException">Not in the catalogue; the message lists the valid symbols.</exception>
    public static Element Get(string symbol) => TryGet(Guard.NotNull(symbol), out var e) ? e
        : throw new ArgumentException($"Unknown element '{Guard.Excerpt(symbol)}'. Valid symbols: {Symbols}.", nameof(symbol));

    /// <summary>Looks up an element without throwing.</summary>
    /// <param name="symbol">A chemical symbol.</param>
    /// <param name="element">The element when found.</param>
    /// <returns>True when the symbol is in the catalogue.</returns>
    public static bool TryGet(string symbol, [NotNullWhen(true)] out Element? element)
    {
        element = null;
        return symbol is not null && BySymbol.TryGetValue(symbol, out element);
    }

    // The valid symbols, by Z, for error messages.
    internal static string Symbols => string.Join(", ", All.Select(e => e.Symbol));
}
