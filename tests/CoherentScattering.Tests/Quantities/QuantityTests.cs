using CoherentScattering.Quantities;

namespace CoherentScattering.Tests.Quantities;

public class QuantityTests
{
    [Test]
    public void Energy_KiloelectronvoltsToMegaelectronvolts_Converts()
    {
        Assert.That(Energy.FromKiloelectronvolts(10).Megaelectronvolts, Is.EqualTo(0.01).Within(1e-15));
        Assert.That(Energy.FromElectronvolts(2.5e6).Kiloelectronvolts, Is.EqualTo(2500).Within(1e-9));
    }

    [Test]
    public void Length_MetersToCentimeters_Converts() =>
        Assert.That(Length.FromMeters(19.3).Centimeters, Is.EqualTo(1930).Within(1e-9));

    [Test]
    public void Mass_Units_Convert()
    {
        Assert.That(Mass.FromKilograms(14.57).Grams, Is.EqualTo(14570).Within(1e-9));
        Assert.That(Mass.FromTonnes(1).Kilograms, Is.EqualTo(1000));
    }

    [Test]
    public void Area_SquareFemtometers_Converts() =>
        Assert.That(Area.FromSquareFemtometers(1).SquareCentimeters, Is.EqualTo(1e-26).Within(1e-40));

    [Test]
    public void Duration_Days_Converts() =>
        Assert.That(Duration.FromDays(308.1).Seconds, Is.EqualTo(308.1 * 86400).Within(1e-6));

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Factories_NonFinite_Throw(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Energy.FromKiloelectronvolts(value));
        Assert.That(e!.ParamName, Is.EqualTo("value"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Length.FromMeters(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mass.FromKilograms(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareCentimeters(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromDays(value));
    }

    [Test]
    public void Energy_ToString_IsCultureInvariant() =>
        Assert.That(Energy.FromMegaelectronvolts(29.79).ToString(), Is.EqualTo("29.79 MeV"));
}
