namespace CoherentScattering;

/// <summary>
/// Physical constants in natural units (MeV, fm), each with its source and edition.
/// The single place where measured numbers live; kernels read them from here.
/// </summary>
/// <remarks>Measured values are <c>static readonly</c> rather than <c>const</c> so that a later
/// edition does not stay baked into compiled callers.</remarks>
public static class PhysicalConstants
{
    /// <summary>Fermi coupling constant G_F in MeV⁻² (PDG 2022: 1.1663788(6)e-5 GeV⁻²; reference calculation R1 in docs/physics.md uses 1.1663787e-5).</summary>
    public static readonly double FermiCouplingPerMev2 = 1.1663787e-11;

    /// <summary>Fine-structure constant α (CODATA 2018: 1/137.035999084).</summary>
    public static readonly double FineStructure = 1.0 / 137.035999084;

    /// <summary>Reduced Planck constant times c, ħc, in MeV·fm (CODATA 2018, exact in SI 2019 digits quoted).</summary>
    public static readonly double HbarCMevFm = 197.3269804;

    /// <summary>ħc in MeV·cm (derived from <see cref="HbarCMevFm"/>; 1 fm = 1e-13 cm).</summary>
    public static readonly double HbarCMevCm = HbarCMevFm * 1e-13;

    /// <summary>Electron mass m_e in MeV (CODATA 2018).</summary>
    public static readonly double ElectronMassMev = 0.51099895000;

    /// <summary>Atomic mass unit u in MeV (CODATA 2018).</summary>
    public static readonly double AtomicMassUnitMev = 931.49410242;

    /// <summary>Avogadro constant N_A in mol⁻¹ (SI 2019, exact).</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>Charged-pion mass m_π± in MeV (PDG 2022).</summary>
    public static readonly double ChargedPionMassMev = 139.57039;

    /// <summary>Charged-pion mean lifetime τ_π± in ns (PDG 2022: 2.6033(5)e-8 s).</summary>
    public static readonly double ChargedPionLifetimeNs = 26.033;

    /// <summary>Muon mean lifetime τ_μ in ns (PDG 2022: 2.1969811(22)e-6 s).</summary>
    public static readonly double MuonLifetimeNs = 2196.9811;

    /// <summary>Muon mass m_μ in MeV (CODATA 2018).</summary>
    public static readonly double MuonMassMev = 105.6583755;

    /// <summary>Weak mixing angle sin²θ_W used by Papoulias &amp; Kosmas (2018), Sec. II (low-energy value 0.2312).</summary>
    public static readonly double WeakMixingAnglePaper = 0.2312;

    /// <summary>rms charge radius of ¹³³Cs in fm (Angeli &amp; Marinova, At. Data Nucl. Data Tables 99, 69 (2013): 4.8041(46) fm).</summary>
    public static readonly double ChargeRadiusCs133Fm = 4.8041;

    /// <summary>rms charge radius of ¹²⁷I in fm (Angeli &amp; Marinova, At. Data Nucl. Data Tables 99, 69 (2013): 4.7500(81) fm).</summary>
    public static readonly double ChargeRadiusI127Fm = 4.7500;

    /// <summary>rms charge radius of ⁴⁰Ar in fm (Angeli &amp; Marinova, At. Data Nucl. Data Tables 99, 69 (2013): 3.4274(26) fm).</summary>
    public static readonly double ChargeRadiusAr40Fm = 3.4274;

    /// <summary>rms charge radius of the proton in fm (CODATA 2018: 0.8414(19) fm).</summary>
    public static readonly double ProtonChargeRadiusFm = 0.8414;

    /// <summary>Mean-square charge radius of the neutron in fm² (PDG 2022: −0.1161(22) fm²).</summary>
    public static readonly double NeutronMeanSquareChargeRadiusFm2 = -0.1161;

    /// <summary>Surface thickness s of the Helm nucleon distributions in fm: 0.9 fm, the value fitted to electron-scattering
    /// charge densities (Friedrich &amp; Voegler, Nucl. Phys. A 373, 192 (1982)) and used by Lewin &amp; Smith, Astropart. Phys. 6,
    /// 87 (1996), and by Cadeddu et al., PRL 120, 072501 (2018), for the proton and neutron form factors.</summary>
    public static readonly double HelmNucleonSkinThicknessFm = 0.9;

    /// <summary>Bohr magneton μ_B = e/(2 m_e) in natural units (MeV⁻¹, with e = √(4πα)).</summary>
    public static double BohrMagnetonPerMev => Math.Sqrt(4 * Math.PI * FineStructure) / (2 * ElectronMassMev);

    /// <summary>Conversion from eV²·m/MeV to the dimensionless oscillation phase Δm²L/(4E): 1/(4ħc) = 1.26693 (in eV²·m/MeV units).</summary>
    /// <remarks>Δm²[MeV²] = 1e-12 Δm²[eV²]; L[MeV⁻¹] = L[m] / (ħc[MeV·m]); so the factor is 1e-12 / (4 ħc[MeV·m]).</remarks>
    public static double OscillationPhasePerEv2MeterPerMev => 1e-12 / (4 * HbarCMevFm * 1e-15);

    /// <summary>One MeV in joules (SI 2019: e = 1.602176634e-19 C exactly, so 1 MeV = 1.602176634e-13 J).</summary>
    public const double MegaelectronvoltJoules = 1.602176634e-13;

    /// <summary>Energy released per ²³⁵U fission in MeV (Ma et al., PRC 88, 014605 (2013), Table: 202.36 MeV).</summary>
    public static readonly double FissionEnergyU235Mev = 202.36;

    /// <summary>Energy released per ²³⁸U fission in MeV (Ma et al., PRC 88, 014605 (2013): 205.99 MeV).</summary>
    public static readonly double FissionEnergyU238Mev = 205.99;

    /// <summary>Energy released per ²³⁹Pu fission in MeV (Ma et al., PRC 88, 014605 (2013): 211.12 MeV).</summary>
    public static readonly double FissionEnergyPu239Mev = 211.12;

    /// <summary>Energy released per ²⁴¹Pu fission in MeV (Ma et al., PRC 88, 014605 (2013): 214.26 MeV).</summary>
    public static readonly double FissionEnergyPu241Mev = 214.26;
}
