using CoherentScattering;
using CoherentScattering.CrossSections;

namespace CustomDetector;

/// <summary>
/// A user-written plugin: the Standard-Model cross section with the recoil term that Eq. (1) of Papoulias &amp; Kosmas
/// drops, dσ/dT = (G_F² M/π) Q_V² (1 − T/E − MT/2E²) F² (Freedman 1974; e.g. Barranco, Miranda, Rashba, JHEP 12, 021, 2005).
/// </summary>
/// <remarks>It has the kinematic form A + B/E + C/E² with B = −k Q_V² T, so the engine integrates it exactly; it
/// uses only the public API (<see cref="StandardModel.Prefactor"/> and <see cref="KinematicForm"/>).</remarks>
internal sealed class FullKinematicsStandardModel(double weakMixingAngle) : ICrossSectionModel
{
    private readonly StandardModel standardModel = new(weakMixingAngle);

    public string Name => "SM with the T/E term";

    public bool TryGetKinematicForm(in ScatteringPoint point, out KinematicForm form)
    {
        double q = standardModel.VectorWeakCharge(point.Nucleus);
        double k = StandardModel.Prefactor(point) * q * q;
        form = new KinematicForm(k, -k * point.RecoilMev, -k * point.MassMev * point.RecoilMev / 2);
        return true;
    }

    public double DifferentialCrossSection(in ScatteringPoint point, double neutrinoMev)
    {
        TryGetKinematicForm(point, out var form);
        return form.EvaluateAboveThreshold(point, neutrinoMev);
    }
}
