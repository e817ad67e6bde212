using CoherentScattering.CrossSections;

namespace CoherentScattering.Models;

/// <summary>Parameter-free basis forms of the incoherent new-physics terms.</summary>
public static class NewPhysicsBasis
{
    /// <summary>Tensor NSI, Eq. (11)–(12): (G_F²M/π) F² (1 − MT/4E²); coefficient 4 Q_T².</summary>
    public static IBasisForm Tensor { get; } = new Form("nsi.tensor", static (in ScatteringPoint p) =>
    {
        double k = StandardModel.Prefactor(p);
        return new KinematicForm(k, 0.0, -k * p.TargetMassMev * p.RecoilMev / 4);
    });

    /// <summary>Magnetic moment (Vogel &amp; Engel 1989): (πα²/m_e²) Z² F² (1/T − 1/E); coefficient μ_ν² in μ_B².</summary>
    public static IBasisForm Magnetic { get; } = new Form("em.magnetic", static (in ScatteringPoint p) =>
    {
        double alpha = PhysicalConstants.FineStructure, me = PhysicalConstants.ElectronMassMev, z = p.Target.Protons;
        double k = Math.PI * alpha * alpha / (me * me) * z * z * p.FormFactorSquared;
        double overT = k / p.RecoilMev;
        return double.IsFinite(overT) || k == 0 ? new KinematicForm(k == 0 ? 0 : overT, -k, 0.0)
            : throw new ArgumentOutOfRangeException("point", Guard.Text($"The magnetic-moment cross section grows as 1/T and is infinite at T = {p.RecoilMev} MeV."));
    });

    private delegate KinematicForm Evaluator(in ScatteringPoint point);

    private sealed class Form(string key, Evaluator evaluate) : IBasisForm, IFlavorIndependentForm
    {
        public string? CacheKey => key;

        public bool IsFlavorIndependent => true; // both forms read only the nucleus, T and F²

        public KinematicForm Evaluate(in ScatteringPoint point) => evaluate(point);

        public override string ToString() => key;
    }
}
