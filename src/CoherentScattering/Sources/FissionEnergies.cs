using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>The energy released per fission of each isotope (the thermal energy of the core per fission).</summary>
public sealed record FissionEnergies
{
    /// <summary>Smallest accepted energy per fission, MeV.</summary>
    /// <remarks>The physical range [180, 230] MeV brackets every evaluation of the energy released per actinide fission
    /// (Ma et al., PRC 88, 014605 (2013): 202.36–214.26 MeV for the four isotopes); values outside it are input mistakes.</remarks>
    public const double MinimumMev = 180;

    /// <summary>Largest accepted energy per fission, MeV (see <see cref="MinimumMev"/>).</summary>
    public const double MaximumMev = 230;

    /// <summary>Ma et al., PRC 88, 014605 (2013): 202.36, 205.99, 211.12, 214.26 MeV for ²³⁵U, ²³⁸U, ²³⁹Pu, ²⁴¹Pu
    /// (values in <see cref="PhysicalConstants"/>).</summary>
    public static FissionEnergies Ma2013 { get; } = new(
        Energy.FromMegaelectronvolts(PhysicalConstants.FissionEnergyU235Mev), Energy.FromMegaelectronvolts(PhysicalConstants.FissionEnergyU238Mev),
        Energy.FromMegaelectronvolts(PhysicalConstants.FissionEnergyPu239Mev), Energy.FromMegaelectronvolts(PhysicalConstants.FissionEnergyPu241Mev));

    /// <summary>Creates the energies.</summary>
    /// <param name="u235">Energy per ²³⁵U fission, in [<see cref="MinimumMev"/>, <see cref="MaximumMev"/>] MeV.</param>
    /// <param name="u238">Energy per ²³⁸U fission, same range.</param>
    /// <param name="pu239">Energy per ²³⁹Pu fission, same range.</param>
    /// <param name="pu241">Energy per ²⁴¹Pu fission, same range.</param>
    /// <exception cref="ArgumentOutOfRangeException">An energy outside the range.</exception>
    public FissionEnergies(Energy u235, Energy u238, Energy pu239, Energy pu241)
    {
        U235 = Check(u235, nameof(u235));
        U238 = Check(u238, nameof(u238));
        Pu239 = Check(pu239, nameof(pu239));
        Pu241 = Check(pu241, nameof(pu241));
    }

    private static Energy Check(Energy e, string name)
    {
        Guard.InRange(e.Megaelectronvolts, MinimumMev, MaximumMev, name);
        return e;
    }

    /// <summary>Energy per ²³⁵U fission.</summary>
    public Energy U235 { get; }

    /// <summary>Energy per ²³⁸U fission.</summary>
    public Energy U238 { get; }

    /// <summary>Energy per ²³⁹Pu fission.</summary>
    public Energy Pu239 { get; }

    /// <summary>Energy per ²⁴¹Pu fission.</summary>
    public Energy Pu241 { get; }

    /// <summary>The energy per fission of one isotope.</summary>
    /// <param name="isotope">The isotope.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined isotope.</exception>
    public Energy Of(FissionIsotope isotope) => Guard.Defined(isotope) switch
    {
        FissionIsotope.U235 => U235,
        FissionIsotope.U238 => U238,
        FissionIsotope.Pu239 => Pu239,
        _ => Pu241,
    };

    /// <summary>The mean energy per fission Σ f_i E_i, MeV.</summary>
    /// <param name="fractions">The fission fractions.</param>
    /// <exception cref="ArgumentNullException">No fractions.</exception>
    public double MeanMev(FissionFractions fractions)
    {
        ArgumentNullException.ThrowIfNull(fractions);
        return Enum.GetValues<FissionIsotope>().Sum(i => fractions.Of(i) * Of(i).Megaelectronvolts);
    }

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"FissionEnergies {{ U235 = {U235}, U238 = {U238}, Pu239 = {Pu239}, Pu241 = {Pu241} }}");
}
