using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Sources;

public class SpectrumTests
{
    private const double MuonMass = 105.6583755;

    [Test(Description = "(m_π² − m_μ²)/2m_π with m_π = 139.57039, m_μ = 105.6583755 MeV (reference calculation R1 in docs/physics.md); paper's 29.9: erratum E1")]
    public void PromptLine_Energy_IsTwoBodyPionDecayValue() =>
        Assert.That(PionDecayAtRest.PromptLineEnergyMev, Is.EqualTo(29.7921).Within(1e-4));

    [Test(Description = "Michel ν_e: ⟨E⟩ = 0.3 m_μ = 31.70 MeV; ν̄_μ: ⟨E⟩ = 0.35 m_μ = 36.98 MeV (integrals of x³(1/2−x), x³(3/4−x))")]
    public void MichelSpectra_MeanEnergies_AreTextbookValues()
    {
        double MeanEnergy(INeutrinoSpectrum s) => s.Integrate(e => e, 0);
        Assert.That(MeanEnergy(MuonDecayAtRestSpectrum.ElectronNeutrino), Is.EqualTo(0.30 * MuonMass).Within(1e-9));
        Assert.That(MeanEnergy(MuonDecayAtRestSpectrum.MuonAntineutrino), Is.EqualTo(0.35 * MuonMass).Within(1e-9));
    }

    [Test(Description = "Shapes at the endpoint m_μ/2: ν_e density vanishes, ν̄_μ density is 64/m_μ·(1/4)(1/4) = 4/m_μ")]
    public void MichelSpectra_EndpointDensities_DistinguishFlavours()
    {
        double end = MuonMass / 2;
        Assert.That(MuonDecayAtRestSpectrum.ElectronNeutrino.Density(end), Is.EqualTo(0).Within(1e-15));
        Assert.That(MuonDecayAtRestSpectrum.MuonAntineutrino.Density(end), Is.EqualTo(4 / MuonMass).Within(1e-15));
        Assert.That(MuonDecayAtRestSpectrum.ElectronNeutrino.Density(end + 1), Is.Zero);
    }

    [Test(Description = "ν_e peaks at x = 1/3 (E = 35.22 MeV): d/dx[x²(1/2−x)] = 0; ν̄_μ rises to the endpoint")]
    public void ElectronNeutrinoSpectrum_PeaksAtOneThirdMuonMass()
    {
        var s = MuonDecayAtRestSpectrum.ElectronNeutrino;
        double peak = MuonMass / 3;
        Assert.That(s.Density(peak), Is.GreaterThan(s.Density(peak - 0.5)));
        Assert.That(s.Density(peak), Is.GreaterThan(s.Density(peak + 0.5)));
        var anti = MuonDecayAtRestSpectrum.MuonAntineutrino;
        Assert.That(anti.Density(MuonMass / 2 - 0.1), Is.GreaterThan(anti.Density(peak)));
    }

    private static readonly INeutrinoSpectrum[] Spectra =
    [
        MuonDecayAtRestSpectrum.ElectronNeutrino,
        MuonDecayAtRestSpectrum.MuonAntineutrino,
        PionDecayAtRest.PromptMuonNeutrino,
        new TabulatedSpectrum([0, 10, 20, 40, 52.8], [0, 1, 3, 2, 0], "test table"),
    ];

    [TestCaseSource(nameof(Spectra))]
    public void InverseMoments_FromZero_AreNormalised(INeutrinoSpectrum spectrum) =>
        Assert.That(spectrum.InverseMoments(1e-9).Zeroth, Is.EqualTo(1.0).Within(1e-12));

    [FsCheck.NUnit.Property]
    public Property InverseMoments_AgreeWithNumericalIntegration() =>
        Prop.ForAll(Generators.Uniform(0.5, 55), Gen.Elements(Spectra).ToArbitrary(), (eMin, s) =>
        {
            var m = s.InverseMoments(eMin);
            bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1e-3, Math.Abs(b));
            return Close(m.Zeroth, s.Integrate(_ => 1.0, eMin))
                && Close(m.First, s.Integrate(e => 1 / e, eMin))
                && Close(m.Second, s.Integrate(e => 1 / (e * e), eMin));
        });

    [Test]
    public void PromptLine_IntegratesExactly_OnlyAboveThreshold()
    {
        var line = PionDecayAtRest.PromptMuonNeutrino;
        Assert.That(line.Integrate(e => e * e, 29.0), Is.EqualTo(29.7920 * 29.7920).Within(0.01));
        Assert.That(line.Integrate(e => 1, 29.8), Is.Zero);
        Assert.That(line.InverseMoments(29.8), Is.EqualTo(default(SpectrumMoments)));
    }

    [Test(Description = "Each flavour gets its own spectrum: public codes have swapped ν_e and ν̄_μ")]
    public void PionDecayAtRest_Flux_AssignsEachFlavourItsSpectrum()
    {
        var flux = new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3)).ToFlux();
        var byFlavor = flux.Components.ToDictionary(c => c.Flavor, c => c.Spectrum);
        Assert.That(byFlavor, Has.Count.EqualTo(3));
        Assert.That(byFlavor[NeutrinoFlavor.ElectronNeutrino], Is.SameAs(MuonDecayAtRestSpectrum.ElectronNeutrino));
        Assert.That(byFlavor[NeutrinoFlavor.MuonAntineutrino], Is.SameAs(MuonDecayAtRestSpectrum.MuonAntineutrino));
        Assert.That(byFlavor[NeutrinoFlavor.MuonNeutrino], Is.InstanceOf<MonoenergeticSpectrum>());
        Assert.That(((MonoenergeticSpectrum)byFlavor[NeutrinoFlavor.MuonNeutrino]).EnergyMev, Is.EqualTo(29.792).Within(1e-3));
    }

    [Test(Description = "r N_POT / (4π L²) = 0.08 × 1.76e23 / (4π (1930 cm)²) = 3.008e14 cm⁻² (reference calculation R2 in docs/physics.md)")]
    public void PionDecayAtRest_Fluence_MatchesPhysicsNotes()
    {
        var source = new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3));
        Assert.That(source.FluencePerFlavorPerSquareCentimeter, Is.EqualTo(3.008e14).Within(0.001e14));
        Assert.That(source.ToFlux().Components.Select(c => c.FluencePerSquareCentimeter), Is.All.EqualTo(source.FluencePerFlavorPerSquareCentimeter));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void PionDecayAtRest_NonPositiveInputs_Throw(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PionDecayAtRest(bad, 0.08, Length.FromMeters(19.3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PionDecayAtRest(1e23, bad, Length.FromMeters(19.3)));
        if (!double.IsNaN(bad))
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PionDecayAtRest(1e23, 0.08, Length.FromMeters(bad)));
        }
    }

    [TestCase(-1.0)]
    [TestCase(0.0)]
    [TestCase(double.NaN)]
    public void Monoenergetic_NonPositiveEnergy_Throws(double bad) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new MonoenergeticSpectrum(bad));
}
