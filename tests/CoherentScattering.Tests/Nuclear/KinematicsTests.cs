using CoherentScattering.Nuclear;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Nuclear;

public class KinematicsTests
{
    [Test(Description = "T_max = 2E²/(M+2E) for Cs-133 (M = 133 u) at the 29.79 MeV prompt line: 14.32 keV (reference calculation R2 in docs/physics.md)")]
    public void MaxRecoil_CesiumPromptLine_Is14Point3KeV() =>
        Assert.That(Kinematics.MaxRecoilMev(29.792, Nuclei.Cs133.MassMev) * 1e3, Is.EqualTo(14.32).Within(0.01));

    [FsCheck.NUnit.Property]
    public Property MinNeutrinoEnergy_InvertsMaxRecoil() =>
        Prop.ForAll(Generators.LogUniform(1e-3, 300), Generators.Nuclei(), (e, nucleus) =>
        {
            double t = Kinematics.MaxRecoilMev(e, nucleus.MassMev);
            return Math.Abs(Kinematics.MinNeutrinoEnergyMev(t, nucleus.MassMev) - e) <= 1e-9 * e;
        });
}
