using CoherentScattering.Nuclear;

namespace CoherentScattering.CrossSections;

/// <summary>The two basis forms of Eq. (1): vector (G_F²M/π) F² (1 − MT/2E²) and axial (G_F²M/π) F² (1 + MT/2E²).</summary>
public static class StandardBasis
{
    /// <summary>The vector form, coefficient Q_V².</summary>
    public static IBasisForm Vector { get; } = new Form("sm.vector", vector: true);

    /// <summary>The axial form, coefficient Q_A².</summary>
    public static IBasisForm Axial { get; } = new Form("sm.axial", vector: false);

    private sealed class Form(string key, bool vector) : IBasisForm, IFlavorIndependentForm, IBatchBasisForm
    {
        public string? CacheKey => key;

        public bool IsFlavorIndependent => true; // Eq. (1) is flavour blind

        public KinematicForm Evaluate(in ScatteringPoint point) =>
            StandardModel.Form(point, vector ? 1.0 : 0.0, vector ? 0.0 : 1.0);

        // StandardModel.Form at every node of one nucleus, operation for operation: (G_F² M/π) once, then
        // k = (G_F² M/π) F², A = k (Q_V² + Q_A²), C = k (M T/2) (Q_A² − Q_V²) (Eq. 1).
        public void Evaluate(Nucleus nucleus, ReadOnlySpan<double> recoilMev, ReadOnlySpan<double> formFactorSquared, Span<KinematicForm> forms)
        {
            double gf = PhysicalConstants.FermiCouplingPerMev2, mass = nucleus.MassMev;
            double perF2 = gf * gf * mass / Math.PI;
            double qv2 = vector ? 1.0 : 0.0, qa2 = vector ? 0.0 : 1.0;
            for (int k = 0; k < recoilMev.Length; k++)
            {
                double prefactor = perF2 * formFactorSquared[k];
                double halfMT = 0.5 * mass * recoilMev[k];
                forms[k] = new KinematicForm(prefactor * (qv2 + qa2), 0.0, prefactor * halfMT * (qa2 - qv2));
            }
        }

        public override string ToString() => key;
    }
}
