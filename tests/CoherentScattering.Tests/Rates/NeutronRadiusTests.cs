using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Rates;

/// <summary>Separate proton and neutron form factors, Q_W(q) = Z g_p F_p(q) + N g_n F_n(q) (Cadeddu et al., PRL 120,
/// 072501 (2018), Eq. 1–2), through the rate engine and the fits.</summary>
public class NeutronRadiusTests
{
    private static readonly Experiment Coherent = Experiment.Coherent2017;
    private static readonly EventRateCalculator Calculator = Coherent.CreateRateCalculator();

    private static NucleonDistributionModel CsI(ICrossSectionModel model, double rnFm) =>
        new(model, [NucleonDistribution.FromChargeRadius(Nuclei.Cs133, rnFm), NucleonDistribution.FromChargeRadius(Nuclei.I127, rnFm)]);

    private static NucleonDistributionModel CsIAtProtonRadius(ICrossSectionModel model) =>
        new(model, [Equal(Nuclei.Cs133), Equal(Nuclei.I127)]);

    private static NucleonDistribution Equal(Nucleus n) => NucleonDistribution.Helm(n, ChargeRadii.PointProtonRadiusFm(n), ChargeRadii.PointProtonRadiusFm(n));

    // The single Helm form factor with the proton radius (s = 0.9 fm) of each nucleus, as a target form factor.
    private sealed class ProtonHelm : IFormFactor
    {
        public string Name => "Helm at R_p";

        public double Evaluate(Nucleus nucleus, double momentumTransferMev) => Equal(nucleus).ProtonFormFactor.Evaluate(nucleus, momentumTransferMev);
    }

    private static EventRateCalculator SingleHelmAtProtonRadius() =>
        new(Coherent.Flux, Coherent.Detector.WithTarget(Coherent.Detector.Target.WithFormFactor(new ProtonHelm())));

    private static readonly ICrossSectionModel[] Models =
    [
        StandardModel.Paper, NewPhysicsModel.Paper,
        NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, -0.05)),
        NewPhysicsModel.Paper.With(VectorNsi.Single(Quark.Up, LeptonFlavor.Electron, LeptonFlavor.Muon, 0.2)),
        NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(10), 1e-9)),
        NewPhysicsModel.Paper.With(VectorMediator.Create(Energy.FromMegaelectronvolts(30), 1e-4, 2e-5, -1e-5)),
        NewPhysicsModel.Paper.With(ChargeRadius.Universal(Area.FromSquareCentimeters(-2e-32))),
        NewPhysicsModel.Paper.With(TensorNsi.ForFlavor(LeptonFlavor.Muon, 0.1, 0.05)),
    ];

    [TestCaseSource(nameof(Models))]
    public void RnEqualsRp_RecoversSingleHelmFormFactor(ICrossSectionModel model)
    {
        // With F_n = F_p the amplitude Q_p F + Q_n F is (Q_p + Q_n) F: the events of the single Helm form factor.
        var single = SingleHelmAtProtonRadius().Compute(model);
        var split = Calculator.Compute(CsIAtProtonRadius(model));
        Assert.That(split.Total, Is.EqualTo(single.Total).Within(1e-12 * single.Total));
        foreach (var isotope in new[] { "Cs133", "I127" })
        {
            Assert.That(split.ByIsotope(isotope), Is.EqualTo(single.ByIsotope(isotope)).Within(1e-12 * single.ByIsotope(isotope)), isotope);
        }

        var numerical = Calculator.ComputeNumerically(CsIAtProtonRadius(model));
        Assert.That(numerical.Total, Is.EqualTo(single.Total).Within(1e-9 * single.Total), "numerical path");
    }

    [TestCase(0.005)]
    [TestCase(0.02)]
    public void RnEqualsRp_CrossSection_RecoversSingleHelmFormFactor(double recoilMev)
    {
        var e = Energy.FromMegaelectronvolts(40);
        var t = Energy.FromMegaelectronvolts(recoilMev);
        foreach (var model in Models)
        {
            double single = model.DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, e, t, Equal(Nuclei.Cs133).ProtonFormFactor);
            double split = CsIAtProtonRadius(model).DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, e, t);
            Assert.That(split, Is.EqualTo(single).Within(1e-12 * single), model.Name);
        }
    }

    [Test(Description = "rn_csi leaves argon at its default: the argon likelihood of an R_n(CsI) model equals that of the SM, bit for bit")]
    public void NoDistributionForTheTarget_ReproducesTheModelExactly()
    {
        var argon = Coherent2020LarRelease.ModelLikelihood();
        var csiOnly = CsI(NewPhysicsModel.Paper, 5.5);
        Assert.That(argon.MinusTwoLogLikelihood(csiOnly), Is.EqualTo(argon.MinusTwoLogLikelihood(NewPhysicsModel.Paper)));
        var arOnly = new NucleonDistributionModel(NewPhysicsModel.Paper, [NucleonDistribution.FromChargeRadius(Nuclei.Ar40, 3.4)]);
        Assert.That(Calculator.Total(arOnly), Is.EqualTo(Calculator.Total(NewPhysicsModel.Paper)));
        var spectral = Coherent2017SpectralFit.ModelLikelihood();
        Assert.That(spectral.MinusTwoLogLikelihood(arOnly), Is.EqualTo(spectral.MinusTwoLogLikelihood(NewPhysicsModel.Paper)));
        var counting = Coherent.CreateCountingLikelihood();
        Assert.That(counting.MinusTwoLogLikelihood(arOnly), Is.EqualTo(counting.MinusTwoLogLikelihood(NewPhysicsModel.Paper)));
    }

    [Test(Description = "Only Cs given a distribution: I keeps the target's form factor, so the I events are those of the SM")]
    public void DistributionForOneIsotope_OtherIsotopeUnchanged()
    {
        var model = new NucleonDistributionModel(StandardModel.Paper, [NucleonDistribution.FromChargeRadius(Nuclei.Cs133, 6)]);
        var sm = Calculator.Compute(StandardModel.Paper);
        var events = Calculator.Compute(model);
        Assert.That(events.ByIsotope("I127"), Is.EqualTo(sm.ByIsotope("I127")).Within(1e-12 * sm.ByIsotope("I127")));
        Assert.That(events.ByIsotope("Cs133"), Is.Not.EqualTo(sm.ByIsotope("Cs133")).Within(1e-3 * sm.ByIsotope("Cs133")));
    }

    [Test(Description = "sin²θ_W = 1/4 makes g_p^V = 0: the events depend on the neutron distribution alone and equal a single Helm form factor at R_n")]
    public void NeutronOnlyWeakCharge_DependsOnNeutronRadiusOnly()
    {
        var model = new StandardModel(0.25);
        Assert.That(model.ProtonVectorCoupling, Is.Zero);
        var a = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 3.0, 5.5), NucleonDistribution.Helm(Nuclei.I127, 3.0, 5.5)]));
        var b = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 7.0, 5.5), NucleonDistribution.Helm(Nuclei.I127, 7.0, 5.5)]));
        var single = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 5.5, 5.5), NucleonDistribution.Helm(Nuclei.I127, 5.5, 5.5)]));
        Assert.That(b, Is.EqualTo(a));
        Assert.That(single, Is.EqualTo(a).Within(1e-12 * a));
        var c = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 3.0, 6.5), NucleonDistribution.Helm(Nuclei.I127, 3.0, 6.5)]));
        Assert.That(c, Is.LessThan(0.95 * a));
    }

    [Test(Description = "ε^d = 1/4 cancels the neutron charge, g_n^V + ε^u + 2ε^d = 0 (Eq. 8): the events depend on the proton distribution alone")]
    public void ProtonOnlyWeakCharge_DependsOnProtonRadiusOnly()
    {
        var model = NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0, 0.25))
            .With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, 0, 0.25));
        var point = ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, Nuclei.Cs133, 0.01).WithNucleonFormFactors(0.7, 0.3);
        var charges = model.EffectiveVectorCharges(point);
        Assert.That(charges.Neutron, Is.Zero);
        Assert.That(charges.Proton, Is.EqualTo(55 * (0.5 - 2 * 0.2312 + 0.25)).Within(1e-12));
        double a = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 4.7, 3.0), NucleonDistribution.Helm(Nuclei.I127, 4.7, 3.0)]));
        double b = Calculator.Total(new NucleonDistributionModel(model, [NucleonDistribution.Helm(Nuclei.Cs133, 4.7, 8.0), NucleonDistribution.Helm(Nuclei.I127, 4.7, 8.0)]));
        Assert.That(b, Is.EqualTo(a));
    }

    [Test(Description = "A nucleus with N = 0: the neutron radius cannot matter, and F² is F_p²")]
    public void NoNeutrons_NeutronRadiusIrrelevant()
    {
        var hydrogen = new Nucleus("H1", 1, 0);
        var e = Energy.FromMegaelectronvolts(50);
        var t = Energy.FromMegaelectronvolts(1);
        double a = new NucleonDistributionModel(StandardModel.Paper, [NucleonDistribution.Helm(hydrogen, 2.0, 2.0)])
            .DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, hydrogen, e, t);
        double b = new NucleonDistributionModel(StandardModel.Paper, [NucleonDistribution.Helm(hydrogen, 2.0, 9.0)])
            .DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, hydrogen, e, t);
        double single = StandardModel.Paper.DifferentialSquareCentimetersPerMev(NeutrinoFlavor.ElectronNeutrino, hydrogen, e, t,
            NucleonDistribution.Helm(hydrogen, 2.0, 2.0).ProtonFormFactor);
        Assert.That(b, Is.EqualTo(a));
        Assert.That(a, Is.EqualTo(single).Within(1e-12 * single));
        Assert.That(a, Is.GreaterThan(0));
    }

    [Test(Description = "Eq. (1) with the amplitude of Cadeddu et al. Eq. (2) by hand: A = (G_F² M/π)(Q_p F_p + Q_n F_n)², C = −A·MT/2")]
    public void NucleonForm_MatchesHandCalculation()
    {
        var point = ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.012).WithNucleonFormFactors(0.8, 0.6);
        double gp = 0.5 - 2 * 0.2312 + 2 * 0.1 - 0.05, gn = -0.5 + 0.1 - 2 * 0.05; // g^V + ε shifts of Eq. (8)
        var model = NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, -0.05));
        Assert.That(model.TryGetKinematicForm(point, out var form), Is.True);
        double m = Nuclei.Cs133.MassMev, gf = PhysicalConstants.FermiCouplingPerMev2;
        double amplitude = 55 * gp * 0.8 + 78 * gn * 0.6;
        double a = gf * gf * m / Math.PI * amplitude * amplitude;
        Assert.That(form.Constant, Is.EqualTo(a).Within(1e-13 * a));
        Assert.That(form.InverseEnergySquared, Is.EqualTo(-a * m * 0.012 / 2).Within(1e-13 * a * m * 0.006));
    }

    [Test(Description = "Universal Z′, Eq. (21) with E3 split by nucleon: δQ_p = 3Z g²/(√2 G_F(2MT + M²)), δQ_n likewise with N")]
    public void VectorMediator_NucleonSplit_SumsToChargeShift()
    {
        var z = VectorMediator.Universal(Energy.FromMegaelectronvolts(10), 1e-9);
        var split = z.NucleonChargeShift(NeutrinoFlavor.MuonNeutrino, Nuclei.I127, 0.01);
        double denominator = Math.Sqrt(2) * PhysicalConstants.FermiCouplingPerMev2 * (2 * Nuclei.I127.MassMev * 0.01 + 100);
        Assert.That(split.Proton, Is.EqualTo(3 * 53 * 1e-9 / denominator).Within(1e-14 * split.Proton));
        Assert.That(split.Total, Is.EqualTo(z.ChargeShift(NeutrinoFlavor.MuonNeutrino, Nuclei.I127, 0.01)).Within(1e-14 * split.Total));
        var general = VectorMediator.Create(Energy.FromMegaelectronvolts(30), 1e-4, 2e-5, -1e-5);
        var g = general.NucleonChargeShift(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01);
        Assert.That(g.Total, Is.EqualTo(general.ChargeShift(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01)).Within(1e-14 * Math.Abs(g.Total)));
        double d30 = Math.Sqrt(2) * PhysicalConstants.FermiCouplingPerMev2 * (2 * Nuclei.Cs133.MassMev * 0.01 + 900);
        Assert.That(g.Proton, Is.EqualTo(1e-4 * (2 * 2e-5 - 1e-5) * 55 / d30).Within(1e-14 * Math.Abs(g.Proton)), "g_ν(2g_u + g_d)Z");
        Assert.That(g.Neutron, Is.EqualTo(1e-4 * (2e-5 - 2 * 1e-5) * 78 / d30), "g_ν(g_u + 2g_d)N = 0 here");
    }

    [TestCase("Cs133")]
    [TestCase("I127")]
    public void ChargeRadius_ShiftsTheProtonChargeOnly(string key)
    {
        var n = Nuclei.Get(key);
        var r = ChargeRadius.Universal(Area.FromSquareCentimeters(1e-32));
        var split = r.NucleonChargeShift(NeutrinoFlavor.ElectronNeutrino, n, 0.01);
        Assert.That(split.Neutron, Is.Zero);
        Assert.That(split.Proton, Is.EqualTo(r.ChargeShift(NeutrinoFlavor.ElectronNeutrino, n, 0.01)));
    }

    [Test(Description = "Larger neutron radius, stronger form-factor suppression: the counting rate falls monotonically over 3–9 fm (CsI) and 2–8 fm (Ar)")]
    public void Rate_DecreasesWithNeutronRadius()
    {
        double previous = double.PositiveInfinity;
        for (double rn = 3; rn <= 9.0001; rn += 0.25)
        {
            double total = Calculator.Total(CsI(NewPhysicsModel.Paper, rn));
            Assert.That(total, Is.LessThan(previous), $"R_n = {rn} fm");
            previous = total;
        }

        var argon = new EventRateCalculator(Coherent.Flux, new DetectorResponse(TargetMaterial.Pure(Nuclei.Ar40), Mass.FromKilograms(24.4),
            LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [20, 30, 50, 100]));
        previous = double.PositiveInfinity;
        for (double rn = 2; rn <= 8.0001; rn += 0.25)
        {
            double total = argon.Total(new NucleonDistributionModel(StandardModel.Paper, [NucleonDistribution.FromChargeRadius(Nuclei.Ar40, rn)]));
            Assert.That(total, Is.LessThan(previous), $"R_n = {rn} fm");
            previous = total;
        }
    }

    [Test(Description = "The split path agrees with itself: Total, Compute and ComputeAtNodes give one number")]
    public void EntryPoints_Agree()
    {
        var model = CsI(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Muon, 0.05, 0.02)), 5.9);
        double total = Calculator.Total(model);
        Assert.That(Calculator.Compute(model).Total, Is.EqualTo(total).Within(1e-12 * total));
        Assert.That(Calculator.ComputeByKinematicForm(model).Total, Is.EqualTo(total).Within(1e-12 * total));
        Assert.That(Calculator.ComputeAtNodes(model).Total, Is.EqualTo(total).Within(1e-12 * total));
    }

    [Test(Description = "The spectral likelihood of R_n is finite and smallest inside 3–9 fm (a profile, not a monotone function)")]
    public void SpectralLikelihood_HasAMinimumInsideTheScan()
    {
        var likelihood = Coherent2017SpectralFit.ModelLikelihood();
        var profile = ParameterProfile.ScanModels(likelihood, rn => CsI(NewPhysicsModel.Paper, rn), 3, 9, 25);
        Assert.That(profile.BestFit, Is.GreaterThan(3).And.LessThan(9));
        Assert.That(profile.DeltaChiSquared[^1], Is.GreaterThan(2.706), "R_n = 9 fm is excluded at 90 %");
    }
}
