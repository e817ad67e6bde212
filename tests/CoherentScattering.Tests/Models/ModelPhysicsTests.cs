using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;
using static CoherentScattering.Tests.Models.ModelTestContext;

namespace CoherentScattering.Tests.Models;

public class ModelPhysicsTests
{
    // ---- vector NSI -------------------------------------------------------------------------------------------

    [Test(Description = "Eq. (8) coupling by coupling: ε^u_ee alone shifts Q by ε(2Z + N), ε^d_ee alone by ε(Z + 2N) (a public code filled d from u)")]
    public void VectorNsi_EachQuarkCoupling_ShiftsChargeOnItsOwn()
    {
        var cs = Nuclei.Cs133;
        var up = VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Electron, 0.1);
        var down = VectorNsi.Single(Quark.Down, LeptonFlavor.Electron, LeptonFlavor.Electron, 0.1);
        Assert.That(up.ChargeShift(NeutrinoFlavor.ElectronNeutrino, cs, 0.01), Is.EqualTo(0.1 * (2 * 55 + 78)).Within(1e-12));
        Assert.That(down.ChargeShift(NeutrinoFlavor.ElectronNeutrino, cs, 0.01), Is.EqualTo(0.1 * (55 + 2 * 78)).Within(1e-12));
        Assert.That(up.Down[LeptonFlavor.Electron, LeptonFlavor.Electron], Is.Zero);
        Assert.That(down.Up[LeptonFlavor.Electron, LeptonFlavor.Electron], Is.Zero);
    }

    [Test]
    public void VectorNsi_ElectronCoupling_ActsOnlyOnElectronFlavour()
    {
        var events = Calculator.Compute(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.2, 0)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.ElectronNeutrino), Is.Not.EqualTo(Sm.ByFlavor(NeutrinoFlavor.ElectronNeutrino)).Within(1e-6));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.EqualTo(Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonAntineutrino), Is.EqualTo(Sm.ByFlavor(NeutrinoFlavor.MuonAntineutrino)));
    }

    [Test]
    public void VectorNsi_MuonCoupling_ActsOnMuonNeutrinoAndAntineutrino()
    {
        var events = Calculator.Compute(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, 0, 0.1)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.ElectronNeutrino), Is.EqualTo(Sm.ByFlavor(NeutrinoFlavor.ElectronNeutrino)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.Not.EqualTo(Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)).Within(1e-6));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonAntineutrino), Is.Not.EqualTo(Sm.ByFlavor(NeutrinoFlavor.MuonAntineutrino)).Within(1e-6));
    }

    [FsCheck.NUnit.Property(MaxTest = 20)]
    public Property VectorNsi_Rate_IsQuadraticInEpsilon() =>
        Prop.ForAll(Generators.Uniform(-1, 1), Generators.Uniform(0.05, 0.5), (eps, h) =>
        {
            double N(double e) => Calculator.Total(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, e, 0)));
            // A quadratic has a vanishing third finite difference.
            double third = N(eps + 3 * h) - 3 * N(eps + 2 * h) + 3 * N(eps + h) - N(eps);
            return Math.Abs(third) <= 1e-9 * Sm.Total;
        });

    [Test(Description = "Flavour-changing channel adds in quadrature: ε_eτ alone raises the ν_e rate by (Q_eτ/Q_V)² × SM")]
    public void VectorNsi_FlavourChanging_AddsInQuadrature()
    {
        var model = NewPhysicsModel.Paper.With(VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Tau, 0.1));
        var events = Calculator.Compute(model);
        foreach (var (isotope, nucleus) in new[] { ("Cs133", Nuclei.Cs133), ("I127", Nuclei.I127) })
        {
            int i = Array.IndexOf(events.IsotopeKeys.ToArray(), isotope);
            double ratio = Math.Pow(VectorNsi.NuclearCharge(nucleus, 0.1, 0) / StandardModel.Paper.VectorWeakCharge(nucleus), 2);
            double smE = Enumerable.Range(0, 12).Sum(b => Sm.Get(0, i, b)), nsiE = Enumerable.Range(0, 12).Sum(b => events.Get(0, i, b));
            Assert.That(nsiE, Is.EqualTo(smE * (1 + ratio)).Within(1e-9 * nsiE), isotope);
        }
    }

    // ---- tensor NSI and magnetic moment: never lower the rate --------------------------------------------------

    [FsCheck.NUnit.Property(MaxTest = 20)]
    public Property TensorAndMagnetic_NeverLowerTheRate() =>
        Prop.ForAll(Generators.Uniform(-0.5, 0.5), Generators.Uniform(-0.5, 0.5), Generators.Uniform(0, 1e-8), (u, d, mu) =>
            Calculator.Total(NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Electron, u, d))) >= Sm.Total
            && Calculator.Total(NewPhysicsModel.Paper.With(MagneticMoment.Universal(mu))) >= Sm.Total);

    [Test(Description = "Eq. (12) with Q_T: the tensor term over the SM term is 4 (Q_T/Q_V)² (1 − MT/4E²)/(1 − MT/2E²)")]
    public void TensorNsi_MatchesPrintedFactor()
    {
        var point = ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, Nuclei.I127, 0.01);
        var tensor = TensorNsi.ForFlavor(LeptonFlavor.Muon, 0.05, -0.02);
        var model = NewPhysicsModel.Paper.With(tensor);
        double e = 40, mt = Nuclei.I127.MassMev * 0.01;
        double qt = tensor.TensorCharge(LeptonFlavor.Muon, Nuclei.I127), qv = StandardModel.Paper.VectorWeakCharge(Nuclei.I127);
        double g = 1 + 4 * Math.Pow(qt / qv, 2) * (1 - mt / (4 * e * e)) / (1 - mt / (2 * e * e));
        Assert.That(model.DifferentialCrossSection(point, e), Is.EqualTo(g * StandardModel.Paper.DifferentialCrossSection(point, e)).Within(1e-12 * g));
    }

    [Test(Description = "Vogel & Engel (1989): dσ/dT = (πα²μ²/m_e²)(1/T − 1/E) Z² F², μ in μ_B — evaluated by hand")]
    public void MagneticMoment_MatchesVogelEngel()
    {
        double mu = 1e-9, t = 0.01, e = 30, alpha = 1 / 137.035999084, me = 0.51099895;
        var point = ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, t, UnitFormFactor.Instance);
        double expected = Math.PI * alpha * alpha * mu * mu / (me * me) * (1 / t - 1 / e) * 55 * 55;
        var model = NewPhysicsModel.Paper.With(MagneticMoment.Universal(mu));
        double em = model.DifferentialCrossSection(point, e) - StandardModel.Paper.DifferentialCrossSection(point, e);
        Assert.That(em, Is.EqualTo(expected).Within(1e-9 * expected));
    }

    [Test]
    public void MagneticMoment_PerFlavour_ActsOnItsFlavourOnly()
    {
        var events = Calculator.Compute(NewPhysicsModel.Paper.With(MagneticMoment.ForFlavor(LeptonFlavor.Muon, 5e-9)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.ElectronNeutrino), Is.EqualTo(Sm.ByFlavor(NeutrinoFlavor.ElectronNeutrino)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.GreaterThan(Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)));
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonAntineutrino), Is.GreaterThan(Sm.ByFlavor(NeutrinoFlavor.MuonAntineutrino)));
    }

    [Test]
    public void MagneticMoment_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MagneticMoment.Universal(-1e-10));

    // ---- charge radius ----------------------------------------------------------------------------------------

    [Test(Description = "Eq. (17): ⟨r²⟩ = 1e-32 cm² shifts sin²θ_W by √2πα/(3G_F) · 1e-32 cm²/(ħc)² = 0.02379")]
    public void ChargeRadius_ShiftsWeakMixingAngle()
    {
        var r = ChargeRadius.Universal(Area.FromSquareCentimeters(1e-32));
        Assert.That(r.WeakMixingAngleShift(LeptonFlavor.Electron), Is.EqualTo(0.02379).Within(1e-5));
    }

    [Test]
    public void ChargeRadius_Universal_EqualsShiftedWeakMixingAngle()
    {
        var r = ChargeRadius.Universal(Area.FromSquareCentimeters(-2e-32));
        double shift = r.WeakMixingAngleShift(LeptonFlavor.Muon);
        double withRadius = Calculator.Total(NewPhysicsModel.Paper.With(r));
        double shiftedSm = Calculator.Total(new StandardModel(0.2312 + shift));
        Assert.That(withRadius, Is.EqualTo(shiftedSm).Within(1e-10 * shiftedSm));
    }

    // ---- Z′ and scalar -----------------------------------------------------------------------------------------

    [Test(Description = "M_Z′ → ∞ with g²/M² fixed is a contact interaction: an NSI with ε^u = ε^d = g²/(√2 G_F M²)·(g_ν=g): δQ = 3A g²/(√2 G_F M²)")]
    public void VectorMediator_HeavyLimit_EqualsNsi()
    {
        double mass = 1e6, g2 = 0.8; // MeV; 2MT ≪ M²; ε ≈ 0.05
        double eps = g2 / (Math.Sqrt(2) * 1.1663787e-11 * mass * mass);
        double zPrime = Calculator.Total(NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(mass), g2)));
        double nsi = Calculator.Total(NewPhysicsModel.Paper.With(new VectorNsi(
            FlavorMatrix.Zero.With(LeptonFlavor.Electron, LeptonFlavor.Electron, eps).With(LeptonFlavor.Muon, LeptonFlavor.Muon, eps),
            FlavorMatrix.Zero.With(LeptonFlavor.Electron, LeptonFlavor.Electron, eps).With(LeptonFlavor.Muon, LeptonFlavor.Muon, eps))));
        Assert.That(zPrime, Is.EqualTo(nsi).Within(1e-6 * nsi));
        Assert.That(zPrime, Is.Not.EqualTo(Sm.Total).Within(0.01 * Sm.Total), "the test point is not trivially the SM");
    }

    [Test(Description = "Eq. (28): on the heavy degenerate band g²/M² = 2√2 G_F |Q_V|/(3A) the Z′ flips the sign of Q_V and the rate equals the SM")]
    public void VectorMediator_DegenerateBand_ReproducesStandardModelForOneIsotope()
    {
        var cs = Nuclei.Cs133;
        double mass = 1e5, qv = StandardModel.Paper.VectorWeakCharge(cs);
        double g2 = 2 * Math.Sqrt(2) * 1.1663787e-11 * Math.Abs(qv) / (3 * cs.MassNumber) * mass * mass;
        var zp = VectorMediator.Universal(Energy.FromMegaelectronvolts(mass), g2);
        Assert.That(qv + zp.ChargeShift(NeutrinoFlavor.ElectronNeutrino, cs, 0.01), Is.EqualTo(-qv).Within(1e-4 * Math.Abs(qv)));
    }

    [Test(Description = "Cerdeño et al. (2016) Eq. for the scalar: M² (g_ν Q_φ)² T F² / (4π E² (2MT + M_φ²)²), with Q_φ = g(14A + 1.1Z)")]
    public void ScalarMediator_MatchesClosedForm()
    {
        double t = 0.015, e = 35, mphi = 20, g2 = 1e-9, m = Nuclei.I127.MassMev;
        var point = ScatteringPoint.Create(NeutrinoFlavor.MuonAntineutrino, Nuclei.I127, t);
        double gq = g2 * (14 * 127 + 1.1 * 53);
        double expected = m * m * gq * gq * t * point.FormFactorSquared / (4 * Math.PI * e * e * Math.Pow(2 * m * t + mphi * mphi, 2));
        var model = NewPhysicsModel.Paper.With(ScalarMediator.Universal(Energy.FromMegaelectronvolts(mphi), g2));
        Assert.That(model.DifferentialCrossSection(point, e) - StandardModel.Paper.DifferentialCrossSection(point, e),
            Is.EqualTo(expected).Within(1e-9 * expected));
    }

    // ---- sterile -------------------------------------------------------------------------------------------------

    [TestCase(NeutrinoFlavor.ElectronNeutrino)]
    [TestCase(NeutrinoFlavor.MuonAntineutrino)]
    public void Sterile_LargeMassSplitting_ContinuumAveragesToHalf(NeutrinoFlavor flavor)
    {
        // Δm² → ∞: sin² averages to 1/2 over a continuous spectrum, so the rate tends to (1 − sin²2θ/2) × SM.
        double s = 0.4;
        foreach (double dm2 in new[] { 1e3, 1e4 })
        {
            var events = new EventRateCalculator(SterileOscillation.Common(dm2, s).Apply(Coherent.Flux), Coherent.Detector).Compute(StandardModel.Paper);
            Assert.That(events.ByFlavor(flavor), Is.EqualTo((1 - s / 2) * Sm.ByFlavor(flavor)).Within(2e-3 * Sm.ByFlavor(flavor)), $"Δm² = {dm2}");
        }
    }

    [Test(Description = "Prompt line exact: its survival is 1 − s sin²(1.26693 Δm² L/E_π)")]
    public void Sterile_PromptLine_ScaledByExactSurvival()
    {
        var osc = SterileOscillation.Common(1.7, 0.3);
        double p = osc.SurvivalProbability(NeutrinoFlavor.MuonNeutrino, PionDecayAtRest.PromptLineEnergyMev, 19.3);
        var events = new EventRateCalculator(osc.Apply(Coherent.Flux), Coherent.Detector).Compute(StandardModel.Paper);
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.EqualTo(p * Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)).Within(1e-12 * Sm.Total));
    }

    [FsCheck.NUnit.Property(MaxTest = 15)]
    public Property Sterile_Rate_IsLinearInMixing_AndNeverAboveSm() =>
        Prop.ForAll(Generators.LogUniform(0.01, 1000), Generators.Uniform(0, 1), (dm2, s) =>
        {
            double N(double mix) => new EventRateCalculator(SterileOscillation.Common(dm2, mix).Apply(Coherent.Flux), Coherent.Detector).Total(StandardModel.Paper);
            double full = N(1), partial = N(s);
            return Close(partial, Sm.Total - s * (Sm.Total - full), 1e-9) && partial <= Sm.Total * (1 + 1e-12);
        });

    [Test(Description = "Oscillated moments converge: doubling the quadrature of an honest fast-oscillation integral changes nothing")]
    public void Sterile_FastOscillation_MomentsAgreeWithDenseQuadrature()
    {
        var osc = SterileOscillation.Common(300, 1.0);
        var spectrum = osc.Apply(Coherent.Flux).Components.First(c => c.Flavor == NeutrinoFlavor.ElectronNeutrino).Spectrum;
        double k = PhysicalConstants.OscillationPhasePerEv2MeterPerMev * 300 * 19.3;
        // Dense reference: trapezoid in u = 1/E with 2e6 panels.
        double eMin = 15, uLow = 1 / 52.8291877500, uHigh = 1 / eMin, sum = 0;
        int n = 2_000_000;
        for (int i = 0; i <= n; i++)
        {
            double u = uLow + (uHigh - uLow) * i / n, e = 1 / u;
            double f = MuonDecayAtRestSpectrum.ElectronNeutrino.Density(e) * (1 - Math.Pow(Math.Sin(k * u), 2)) * e * e / e;
            sum += (i == 0 || i == n ? 0.5 : 1) * f;
        }

        double reference = sum * (uHigh - uLow) / n;
        Assert.That(spectrum.InverseMoments(eMin).First, Is.EqualTo(reference).Within(1e-7 * reference));
    }

    [Test(Description = "Without oscillation (Δm² → 0) the numerically integrated oscillated moments equal the exact Michel moments")]
    public void Sterile_VanishingPhase_MomentsEqualExactMoments()
    {
        var flux = SterileOscillation.Common(1e-9, 0.5).Apply(Coherent.Flux);
        foreach (var component in flux.Components.Where(c => c.Flavor != NeutrinoFlavor.MuonNeutrino))
        {
            var exact = Coherent.Flux.Components.Single(c => c.Flavor == component.Flavor).Spectrum;
            foreach (double eMin in new[] { 2.0, 12.5, 30.0, 50.0 })
            {
                var a = component.Spectrum.InverseMoments(eMin);
                var b = exact.InverseMoments(eMin);
                Assert.That(a.Zeroth, Is.EqualTo(b.Zeroth).Within(1e-13), $"{component.Flavor} {eMin}");
                Assert.That(a.First, Is.EqualTo(b.First).Within(1e-13 * b.First / b.Zeroth), $"{component.Flavor} {eMin}");
                Assert.That(a.Second, Is.EqualTo(b.Second).Within(1e-13 * b.Second / b.Zeroth), $"{component.Flavor} {eMin}");
            }
        }
    }

    [TestCase(0.5)]
    [TestCase(30.0)]
    [TestCase(800.0)]
    public void Sterile_BatchMoments_EqualSingleThresholdMoments(double dm2)
    {
        var spectrum = SterileOscillation.Common(dm2, 0.7).Apply(Coherent.Flux).Components.First(c => c.Flavor == NeutrinoFlavor.MuonAntineutrino).Spectrum;
        double[] thresholds = [33.0, 8.0, 51.0, 8.0, 20.5, 60.0, 1.5];
        var batch = new SpectrumMoments[thresholds.Length];
        spectrum.InverseMoments(thresholds, batch);
        for (int i = 0; i < thresholds.Length; i++)
        {
            var single = spectrum.InverseMoments(thresholds[i]);
            Assert.That(batch[i].Zeroth, Is.EqualTo(single.Zeroth).Within(1e-12), $"E_min = {thresholds[i]}");
            Assert.That(batch[i].Second, Is.EqualTo(single.Second).Within(1e-12 * Math.Max(single.Second, 1e-6)), $"E_min = {thresholds[i]}");
        }
    }

    [Test]
    public void WithFlux_OscillatedSource_ReusesNodesAndMatchesFreshCalculator()
    {
        var flux = SterileOscillation.Common(2.5, 0.3).Apply(Coherent.Flux);
        var reused = Calculator.WithFlux(flux);
        var fresh = new EventRateCalculator(flux, Coherent.Detector);
        Assert.That(reused.NodeCount, Is.EqualTo(fresh.NodeCount));
        Assert.That(reused.Total(StandardModel.Paper), Is.EqualTo(fresh.Total(StandardModel.Paper)).Within(1e-12 * Sm.Total));
    }

    [Test(Description = "Neutral-current reading: with |U_s4|² = 1 − Σ|U_α4|², the loss amplitude is 4|U_α4|²|U_s4|² (not sin²2θ_αα = 4|U_α4|²(1 − |U_α4|²))")]
    public void Sterile_NeutralCurrent_LosesOnlyToSterile()
    {
        var nc = SterileOscillation.NeutralCurrent(1.0, 0.1, 0.05);
        Assert.That(nc.Mixing(LeptonFlavor.Electron), Is.EqualTo(4 * 0.1 * 0.85).Within(1e-15));
        Assert.That(nc.Mixing(LeptonFlavor.Muon), Is.EqualTo(4 * 0.05 * 0.85).Within(1e-15));
        Assert.Throws<ArgumentOutOfRangeException>(() => SterileOscillation.NeutralCurrent(1.0, 0.6, 0.6));
    }

    [Test(Description = "Baseline spread: the prompt line averages to 1 − s/2 at large Δm², and a zero spread is the exact Eq. (18)")]
    public void Sterile_BaselineSpread_AveragesTheLine()
    {
        double s = 0.4;
        var spread = SterileOscillation.Common(1e4, s).WithBaselineSpread(Length.FromMeters(1.0));
        var events = new EventRateCalculator(spread.Apply(Coherent.Flux), Coherent.Detector).Compute(StandardModel.Paper);
        Assert.That(events.ByFlavor(NeutrinoFlavor.MuonNeutrino), Is.EqualTo((1 - s / 2) * Sm.ByFlavor(NeutrinoFlavor.MuonNeutrino)).Within(1e-3 * Sm.Total));
        var exact = SterileOscillation.Common(3.0, s);
        Assert.That(exact.WithBaselineSpread(Length.FromMeters(0)).SurvivalProbability(NeutrinoFlavor.MuonNeutrino, 29.79, 19.3),
            Is.EqualTo(exact.SurvivalProbability(NeutrinoFlavor.MuonNeutrino, 29.79, 19.3)).Within(1e-15));
    }

    [Test(Description = "Averaged sin² over φ(1 ± r) against a dense numerical average")]
    public void MeanSineSquared_MatchesNumericalAverage()
    {
        double phi = 7.3, r = 0.05;
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double p = phi * (1 - r + 2 * r * (i + 0.5) / n);
            sum += Math.Sin(p) * Math.Sin(p);
        }

        Assert.That(OscillatedSpectrum.MeanSineSquared(phi, r), Is.EqualTo(sum / n).Within(1e-9));
    }

    [Test(Description = "A VectorNsi passed as an IVectorChargeShift keeps its flavour-changing channels")]
    public void NewPhysicsModel_WithVectorNsiAsShift_KeepsFlavourChangingPart()
    {
        var nsi = VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Tau, 0.1);
        var viaInterface = NewPhysicsModel.Paper.With((IVectorChargeShift)nsi);
        Assert.That(Calculator.Total(viaInterface), Is.EqualTo(Calculator.Total(NewPhysicsModel.Paper.With(nsi))));
        Assert.That(Calculator.Total(viaInterface), Is.GreaterThan(Sm.Total));
    }

    [TestCase(0.3)]
    [TestCase(5.0)]
    [TestCase(200.0)]
    public void Sterile_FastPath_AgreesWithNumericalPath(double dm2)
    {
        var calculator = Calculator.WithFlux(SterileOscillation.Common(dm2, 0.6).Apply(Coherent.Flux));
        var fast = calculator.Compute(StandardModel.Paper);
        var numerical = calculator.ComputeNumerically(StandardModel.Paper);
        Assert.That(fast.Total, Is.EqualTo(numerical.Total).Within(1e-6 * numerical.Total));
        for (int b = 0; b < 12; b++)
        {
            Assert.That(fast.Bins[b].Events, Is.EqualTo(numerical.Bins[b].Events).Within(1e-6 * numerical.Bins[b].Events), $"bin {b}");
        }
    }
}
