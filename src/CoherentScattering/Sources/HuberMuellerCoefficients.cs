namespace CoherentScattering.Sources;

// The published coefficients of the reactor ν̄_e spectra per fission, S_i(E) = exp(Σ_{k=0}^{5} a_k E^k) in ν̄/(MeV·fission),
// E in MeV, fitted over 2–8 MeV. The only place these numbers live.
//   ²³⁵U, ²³⁹Pu, ²⁴¹Pu: P. Huber, Phys. Rev. C 84, 024617 (2011), Table III, arXiv:1106.0687.
//   ²³⁸U:              Th. A. Mueller et al., Phys. Rev. C 83, 054615 (2011), Table VI (ab initio ²³⁸U), arXiv:1101.2663.
// Verified: the four sets agree digit for digit in several independent public codes that cite these tables (for example
// the reactor-flux code of the ERNIE project and the Huber–Mueller tables of reactor-oscillation analysis scripts);
// see docs/reactor-sources.md. Not checked against the journal pages themselves (table numbers as those codes cite them).
internal static class HuberMuellerCoefficients
{
    // Huber (2011), Table III, ²³⁵U: a_0 … a_5.
    private static readonly double[] U235 = [4.367, -4.577, 2.100, -5.294e-1, 6.186e-2, -2.777e-3];

    // Mueller et al. (2011), Table VI, ²³⁸U.
    private static readonly double[] U238 = [4.833e-1, 1.927e-1, -1.283e-1, -6.762e-3, 2.233e-3, -1.536e-4];

    // Huber (2011), Table III, ²³⁹Pu.
    private static readonly double[] Pu239 = [4.757, -5.392, 2.563, -6.596e-1, 7.820e-2, -3.536e-3];

    // Huber (2011), Table III, ²⁴¹Pu.
    private static readonly double[] Pu241 = [2.990, -2.882, 1.278, -3.343e-1, 3.905e-2, -1.754e-3];

    // The fitted range of both papers, MeV.
    public const double FitLowMev = 2.0;
    public const double FitHighMev = 8.0;

    // S_i(E) = exp(Σ a_k E^k), the fit form of both papers; Horner's scheme for the polynomial.
    public static double SpectrumPerFission(FissionIsotope isotope, double energyMev)
    {
        double[] a = isotope switch
        {
            FissionIsotope.U235 => U235,
            FissionIsotope.U238 => U238,
            FissionIsotope.Pu239 => Pu239,
            _ => Pu241,
        };
        double p = a[^1];
        for (int k = a.Length - 2; k >= 0; k--)
        {
            p = p * energyMev + a[k];
        }

        return Math.Exp(p);
    }
}
