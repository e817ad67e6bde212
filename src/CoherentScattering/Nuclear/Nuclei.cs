using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CoherentScattering.Nuclear;

/// <summary>Catalogue of the target isotopes CEvNS experiments use, keyed as in experiment files (<c>Cs133</c>, <c>Ge76</c>…).</summary>
/// <remarks>Masses follow the convention of <see cref="Nucleus"/> (M = A·u).</remarks>
public static class Nuclei
{
    /// <summary>¹³³Cs (Z = 55, N = 78), COHERENT CsI[Na].</summary>
    public static readonly Nucleus Cs133 = new("Cs133", 55, 78);
    /// <summary>¹²⁷I (Z = 53, N = 74), COHERENT CsI[Na].</summary>
    public static readonly Nucleus I127 = new("I127", 53, 74);
    /// <summary>²³Na (Z = 11, N = 12), NaI and the CsI dopant.</summary>
    public static readonly Nucleus Na23 = new("Na23", 11, 12);
    /// <summary>⁴⁰Ar (Z = 18, N = 22), COHERENT LAr.</summary>
    public static readonly Nucleus Ar40 = new("Ar40", 18, 22);
    /// <summary>⁷⁰Ge.</summary>
    public static readonly Nucleus Ge70 = new("Ge70", 32, 38);
    /// <summary>⁷²Ge.</summary>
    public static readonly Nucleus Ge72 = new("Ge72", 32, 40);
    /// <summary>⁷³Ge.</summary>
    public static readonly Nucleus Ge73 = new("Ge73", 32, 41);
    /// <summary>⁷⁴Ge.</summary>
    public static readonly Nucleus Ge74 = new("Ge74", 32, 42);
    /// <summary>⁷⁶Ge.</summary>
    public static readonly Nucleus Ge76 = new("Ge76", 32, 44);
    /// <summary>¹²⁴Xe.</summary>
    public static readonly Nucleus Xe124 = new("Xe124", 54, 70);
    /// <summary>¹²⁶Xe.</summary>
    public static readonly Nucleus Xe126 = new("Xe126", 54, 72);
    /// <summary>¹²⁸Xe.</summary>
    public static readonly Nucleus Xe128 = new("Xe128", 54, 74);
    /// <summary>¹²⁹Xe.</summary>
    public static readonly Nucleus Xe129 = new("Xe129", 54, 75);
    /// <summary>¹³⁰Xe.</summary>
    public static readonly Nucleus Xe130 = new("Xe130", 54, 76);
    /// <summary>¹³¹Xe.</summary>
    public static readonly Nucleus Xe131 = new("Xe131", 54, 77);
    /// <summary>¹³²Xe.</summary>
    public static readonly Nucleus Xe132 = new("Xe132", 54, 78);
    /// <summary>¹³⁴Xe.</summary>
    public static readonly Nucleus Xe134 = new("Xe134", 54, 80);
    /// <summary>¹³⁶Xe.</summary>
    public static readonly Nucleus Xe136 = new("Xe136", 54, 82);
    /// <summary>¹²C, for organic scintillators.</summary>
    public static readonly Nucleus C12 = new("C12", 6, 6);
    /// <summary>¹⁶O.</summary>
    public static readonly Nucleus O16 = new("O16", 8, 8);
    /// <summary>²⁸Si.</summary>
    public static readonly Nucleus Si28 = new("Si28", 14, 14);

    /// <summary>¹H, hydrogen of organic scintillators and water.</summary>
    public static readonly Nucleus H1 = new("H1", 1, 0);
    /// <summary>²H (deuterium).</summary>
    public static readonly Nucleus H2 = new("H2", 1, 1);
    /// <summary>¹³C.</summary>
    public static readonly Nucleus C13 = new("C13", 6, 7);
    /// <summary>¹⁷O.</summary>
    public static readonly Nucleus O17 = new("O17", 8, 9);
    /// <summary>¹⁸O.</summary>
    public static readonly Nucleus O18 = new("O18", 8, 10);
    /// <summary>¹⁹F, CaF₂ and C₃F₈ targets.</summary>
    public static readonly Nucleus F19 = new("F19", 9, 10);
    /// <summary>²⁷Al, Al₂O₃ (sapphire) targets.</summary>
    public static readonly Nucleus Al27 = new("Al27", 13, 14);
    /// <summary>²⁹Si.</summary>
    public static readonly Nucleus Si29 = new("Si29", 14, 15);
    /// <summary>³⁰Si.</summary>
    public static readonly Nucleus Si30 = new("Si30", 14, 16);
    /// <summary>³⁶Ar.</summary>
    public static readonly Nucleus Ar36 = new("Ar36", 18, 18);
    /// <summary>³⁸Ar.</summary>
    public static readonly Nucleus Ar38 = new("Ar38", 18, 20);
    /// <summary>⁴⁰Ca, CaWO₄ and CaF₂ targets.</summary>
    public static readonly Nucleus Ca40 = new("Ca40", 20, 20);
    /// <summary>⁴²Ca.</summary>
    public static readonly Nucleus Ca42 = new("Ca42", 20, 22);
    /// <summary>⁴³Ca.</summary>
    public static readonly Nucleus Ca43 = new("Ca43", 20, 23);
    /// <summary>⁴⁴Ca.</summary>
    public static readonly Nucleus Ca44 = new("Ca44", 20, 24);
    /// <summary>⁴⁶Ca.</summary>
    public static readonly Nucleus Ca46 = new("Ca46", 20, 26);
    /// <summary>⁴⁸Ca.</summary>
    public static readonly Nucleus Ca48 = new("Ca48", 20, 28);
    /// <summary>¹⁸⁰W, CaWO₄ targets.</summary>
    public static readonly Nucleus W180 = new("W180", 74, 106);
    /// <summary>¹⁸²W.</summary>
    public static readonly Nucleus W182 = new("W182", 74, 108);
    /// <summary>¹⁸³W.</summary>
    public static readonly Nucleus W183 = new("W183", 74, 109);
    /// <summary>¹⁸⁴W.</summary>
    public static readonly Nucleus W184 = new("W184", 74, 110);
    /// <summary>¹⁸⁶W.</summary>
    public static readonly Nucleus W186 = new("W186", 74, 112);

    private static readonly FrozenDictionary<string, Nucleus> ByKey = new[]
    {
        Cs133, I127, Na23, Ar40, Ge70, Ge72, Ge73, Ge74, Ge76,
        Xe124, Xe126, Xe128, Xe129, Xe130, Xe131, Xe132, Xe134, Xe136, C12, O16, Si28,
        H1, H2, C13, O17, O18, F19, Al27, Si29, Si30, Ar36, Ar38, Ca40, Ca42, Ca43, Ca44, Ca46, Ca48, W180, W182, W183, W184, W186,
    }.ToFrozenDictionary(n => n.Key, StringComparer.Ordinal);

    /// <summary>All catalogue entries.</summary>
    public static IReadOnlyCollection<Nucleus> All => ByKey.Values;

    /// <summary>Looks up a nucleus by key.</summary>
    /// <param name="key">A catalogue key such as <c>Cs133</c> (case-sensitive).</param>
    /// <exception cref="ArgumentException">The key is not in the catalogue; the message lists the valid keys.</exception>
    public static Nucleus Get(string key) => TryGet(Guard.NotNull(key), out var n) ? n
        : throw new ArgumentException($"Unknown nucleus '{Guard.Excerpt(key)}'. Valid keys: {string.Join(", ", ByKey.Keys.Order(StringComparer.Ordinal))}.", nameof(key));

    /// <summary>Looks up a nucleus by key without throwing.</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="nucleus">The nucleus when found.</param>
    /// <returns>True when the key exists.</returns>
    public static bool TryGet(string key, [NotNullWhen(true)] out Nucleus? nucleus)
    {
        nucleus = null;
        return key is not null && ByKey.TryGetValue(key, out nucleus);
    }
}
