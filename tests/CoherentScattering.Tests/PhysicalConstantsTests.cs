namespace CoherentScattering.Tests;

public class PhysicalConstantsTests
{
    [Test]
    public void HbarC_CentimeterAndFemtometerForms_Agree() =>
        Assert.That(PhysicalConstants.HbarCMevCm, Is.EqualTo(PhysicalConstants.HbarCMevFm * 1e-13).Within(1e-25));

    [Test(Description = "Δm²L/(4E) = 1.26693 Δm²[eV²] L[m] / E[MeV] (standard oscillation phase, reference calculation R4 in docs/physics.md)")]
    public void OscillationPhase_Coefficient_Is1Point26693() =>
        Assert.That(PhysicalConstants.OscillationPhasePerEv2MeterPerMev, Is.EqualTo(1.26693).Within(1e-5));

    [Test(Description = "μ_B = e/(2m_e) in natural units: e = √(4π/137.036) = 0.302822, 2m_e = 1.0219979 MeV → 0.2963041 MeV⁻¹ (computed independently in Python)")]
    public void BohrMagneton_NaturalUnits() =>
        Assert.That(PhysicalConstants.BohrMagnetonPerMev, Is.EqualTo(0.2963041).Within(1e-6));
}
