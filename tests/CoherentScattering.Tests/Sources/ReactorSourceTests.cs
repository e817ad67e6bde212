using CoherentScattering.Quantities;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Sources;

public class ReactorSourceTests
{
    private static readonly FissionFractions Example = new(0.58, 0.07, 0.30, 0.05);

    private static ReactorSource Reactor(double megawatts = 2960, double meters = 10.39, double days = 96.4) =>
        new(Power.FromMegawatts(megawatts), Example, Length.FromMeters(meters), Duration.FromDays(days));

    // The papers print no integrated yield per fission over 2-8 MeV that we could find: these are independent composite-Simpson
    // integrals (20 000 intervals, in Python) of the published exp-polynomials; derivation in Reference/README.md (R-reactor-1).
    [TestCase(FissionIsotope.U235, 1.6872214643, Description = "Huber 2011 Table III, ∫_2^8 by Simpson (Reference/README.md R-reactor-1); no printed value found")]
    [TestCase(FissionIsotope.U238, 2.2444625683, Description = "Mueller 2011 Table VI, ∫_2^8 by Simpson (R-reactor-1); no printed value found")]
    [TestCase(FissionIsotope.Pu239, 1.2623795942, Description = "Huber 2011 Table III, ∫_2^8 by Simpson (R-reactor-1); no printed value found")]
    [TestCase(FissionIsotope.Pu241, 1.6145963651, Description = "Huber 2011 Table III, ∫_2^8 by Simpson (R-reactor-1); no printed value found")]
    public void YieldPerFission_2to8_MatchesIndependentIntegration(FissionIsotope isotope, double expected) =>
        Assert.That(ReactorAntineutrinoSpectrum.YieldPerFission(isotope), Is.EqualTo(expected).Within(1e-9 * expected));

    [TestCase(FissionIsotope.U235, 1.9742655130, Description = "∫_1.8^10 of the same fit by Simpson (R-reactor-1)")]
    [TestCase(FissionIsotope.U238, 2.5345302023, Description = "∫_1.8^10 by Simpson (R-reactor-1)")]
    [TestCase(FissionIsotope.Pu239, 1.5005457441, Description = "∫_1.8^10 by Simpson (R-reactor-1)")]
    [TestCase(FissionIsotope.Pu241, 1.8852563942, Description = "∫_1.8^10 by Simpson (R-reactor-1)")]
    public void YieldPerFission_Extrapolated_MatchesIndependentIntegration(FissionIsotope isotope, double expected) =>
        Assert.That(ReactorAntineutrinoSpectrum.YieldPerFission(isotope, ReactorSpectrumModel.HuberMuellerExtrapolated), Is.EqualTo(expected).Within(1e-9 * expected));

    [Test(Description = "In-test trapezoid (h = 1e-4 MeV) of SpectrumPerFission against the Gauss-Legendre yield")]
    public void YieldPerFission_AgreesWithTrapezoidOfDensity()
    {
        foreach (var isotope in Enum.GetValues<FissionIsotope>())
        {
            const int n = 60_000;
            double h = 6.0 / n, sum = 0;
            for (int i = 0; i <= n; i++)
            {
                sum += (i == 0 || i == n ? 0.5 : 1.0) * ReactorAntineutrinoSpectrum.SpectrumPerFission(isotope, 2 + i * h);
            }

            Assert.That(ReactorAntineutrinoSpectrum.YieldPerFission(isotope), Is.EqualTo(sum * h).Within(1e-7), isotope.ToString());
        }
    }

    [Test(Description = "The bare 2-8 MeV model is zero outside its fitted range; the published form inside")]
    public void SpectrumPerFission_2to8_ZeroOutsideFittedRange()
    {
        Assert.That(ReactorAntineutrinoSpectrum.SpectrumPerFission(FissionIsotope.U235, 1.99), Is.Zero);
        Assert.That(ReactorAntineutrinoSpectrum.SpectrumPerFission(FissionIsotope.U235, 8.01), Is.Zero);
        // exp(4.367 − 4.577·2 + 2.100·4 − 0.5294·8 + 0.06186·16 − 0.002777·32), by hand.
        Assert.That(ReactorAntineutrinoSpectrum.SpectrumPerFission(FissionIsotope.U235, 2.0),
            Is.EqualTo(Math.Exp(4.367 - 9.154 + 8.4 - 4.2352 + 0.98976 - 0.088864)).Within(1e-12));
        Assert.That(ReactorAntineutrinoSpectrum.SpectrumPerFission(FissionIsotope.U235, 1.9, ReactorSpectrumModel.HuberMuellerExtrapolated), Is.GreaterThan(0));
    }

    [Test(Description = "λ normalised; E⁻¹, E⁻² moments equal the general integral at several thresholds")]
    public void Spectrum_MomentsAgreeWithIntegrate()
    {
        var s = new ReactorAntineutrinoSpectrum(Example);
        Assert.That(s.InverseMoments(0).Zeroth, Is.EqualTo(1).Within(1e-12));
        foreach (double t in new[] { 0, 2.0, 2.3, 3.7, 5.0, 7.99, 8.0, 9.0 })
        {
            var m = s.InverseMoments(t);
            Assert.That(m.Zeroth, Is.EqualTo(s.Integrate(_ => 1, t)).Within(1e-12));
            Assert.That(m.First, Is.EqualTo(s.Integrate(e => 1 / e, t)).Within(1e-12));
            Assert.That(m.Second, Is.EqualTo(s.Integrate(e => 1 / (e * e), t)).Within(1e-12));
        }

        Assert.That(s.Density(1.9), Is.Zero);
        Assert.That(s.MaximumEnergyMev, Is.EqualTo(8));
    }

    [Test(Description = "Worked number of docs/reactor-sources.md: 2.96 GW_th, fractions 0.58/0.07/0.30/0.05, 10.39 m (R-reactor-2, Python)")]
    public void Flux_WorkedExample_MatchesIndependentCalculation()
    {
        var r = Reactor();
        Assert.Multiple(() =>
        {
            Assert.That(r.Spectrum.AntineutrinosPerFission, Is.EqualTo(1.5951445256).Within(1e-9));
            Assert.That(r.FissionsPerSecond, Is.EqualTo(8.975479571e19).Within(1e-9 * 8.975479571e19));
            Assert.That(r.FluxPerSquareCentimeterPerSecond, Is.EqualTo(1.0553991532e13).Within(1e-8 * 1.0553991532e13));
            Assert.That(r.FluencePerSquareCentimeter, Is.EqualTo(8.790377331e19).Within(1e-8 * 8.790377331e19));
        });
    }

    [Test]
    public void ToFlux_IsOneElectronAntineutrinoComponent()
    {
        var r = Reactor();
        var flux = r.ToFlux();
        Assert.That(flux.Components, Has.Count.EqualTo(1));
        Assert.That(flux.Components[0].Flavor, Is.EqualTo(NeutrinoFlavor.ElectronAntineutrino));
        Assert.That(flux.Components[0].FluencePerSquareCentimeter, Is.EqualTo(r.FluencePerSquareCentimeter));
        Assert.That(flux.Baseline, Is.EqualTo(r.Baseline));
        Assert.That(r.ArrivalTime, Is.Null);
    }

    [FsCheck.NUnit.Property(Description = "Φ·t ∝ P·t/L²")]
    public Property Fluence_ScalesWithPowerTimeOverBaselineSquared() =>
        Prop.ForAll(Gen.Choose(1, 1000).Select(k => k * 0.01).ToArbitrary(), Gen.Choose(1, 1000).Select(k => k * 0.01).ToArbitrary(),
            Gen.Choose(1, 1000).Select(k => k * 0.01).ToArbitrary(), (a, b, c) =>
            {
                double reference = Reactor().FluencePerSquareCentimeter;
                double scaled = Reactor(2960 * a, 10.39 * b, 96.4 * c).FluencePerSquareCentimeter;
                return Math.Abs(scaled / reference - a * c / (b * b)) <= 1e-12 * a * c / (b * b);
            });

    [TestCase(0.58, 0.07, 0.30, 0.04, Description = "sum 0.99")]
    [TestCase(0.58, 0.07, 0.30, 0.0511, Description = "sum 1.0011, just outside 1 ± 1e-3")]
    public void FissionFractions_NotSummingToOne_Throws(double a, double b, double c, double d)
    {
        var e = Assert.Throws<ArgumentException>(() => new FissionFractions(a, b, c, d));
        Assert.That(e!.ParamName, Is.EqualTo("u235"));
        Assert.That(e.Message, Does.Contain("sum to 1"));
    }

    [Test]
    public void FissionFractions_WithinTolerance_Accepted() =>
        Assert.That(new FissionFractions(0.58, 0.07, 0.30, 0.0509).Pu241, Is.EqualTo(0.0509));

    [Test]
    public void FissionFractions_Negative_NamesParameter() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new FissionFractions(1.1, -0.1, 0, 0))!.ParamName, Is.EqualTo("u235"));

    [Test]
    public void ReactorSource_NegativePower_NamesParameter() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Reactor(megawatts: -1))!.ParamName, Is.EqualTo("thermalPower"));

    [Test]
    public void ReactorSource_ZeroLiveTime_NamesParameter() =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Reactor(days: 0))!.ParamName, Is.EqualTo("liveTime"));

    [TestCase(100.0, Description = "below the physical range [180, 230] MeV")]
    [TestCase(300.0, Description = "above it")]
    public void FissionEnergies_OutsidePhysicalRange_NamesParameter(double mev)
    {
        var ok = Energy.FromMegaelectronvolts(200);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FissionEnergies(ok, ok, Energy.FromMegaelectronvolts(mev), ok));
        Assert.That(e!.ParamName, Is.EqualTo("pu239"));
    }

    [Test(Description = "Ma et al., PRC 88, 014605 (2013)")]
    public void FissionEnergies_Ma2013_ArePublishedValues()
    {
        var m = FissionEnergies.Ma2013;
        Assert.That(new[] { m.U235, m.U238, m.Pu239, m.Pu241 }.Select(x => x.Megaelectronvolts), Is.EqualTo(new[] { 202.36, 205.99, 211.12, 214.26 }));
        Assert.That(m.MeanMev(Example), Is.EqualTo(205.8371).Within(1e-9));
    }

    [Test]
    public void Power_Converts() => Assert.That(Power.FromMegawatts(2960).Watts, Is.EqualTo(2.96e9));
}
