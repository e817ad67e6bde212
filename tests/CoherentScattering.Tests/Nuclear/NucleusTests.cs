using CoherentScattering.Nuclear;

namespace CoherentScattering.Tests.Nuclear;

public class NucleusTests
{
    [TestCase("Cs133", 55, 78)]
    [TestCase("I127", 53, 74)]
    [TestCase("Na23", 11, 12)]
    [TestCase("Ar40", 18, 22)]
    [TestCase("Ge70", 32, 38)]
    [TestCase("Ge72", 32, 40)]
    [TestCase("Ge73", 32, 41)]
    [TestCase("Ge74", 32, 42)]
    [TestCase("Ge76", 32, 44)]
    [TestCase("Xe124", 54, 70)]
    [TestCase("Xe129", 54, 75)]
    [TestCase("Xe131", 54, 77)]
    [TestCase("Xe132", 54, 78)]
    [TestCase("Xe136", 54, 82)]
    public void Catalogue_Entry_HasProtonsAndNeutrons(string key, int z, int n)
    {
        var nucleus = Nuclei.Get(key);
        Assert.Multiple(() =>
        {
            Assert.That(nucleus.Protons, Is.EqualTo(z));
            Assert.That(nucleus.Neutrons, Is.EqualTo(n));
            Assert.That(nucleus.MassNumber, Is.EqualTo(z + n));
            Assert.That(nucleus.MassMev, Is.EqualTo((z + n) * 931.49410242).Within(1e-9), "M = A·u convention");
        });
    }

    [Test]
    public void Get_UnknownKey_ListsValidKeys()
    {
        var e = Assert.Throws<ArgumentException>(() => Nuclei.Get("Cs134"));
        Assert.That(e!.Message, Does.Contain("Cs133"));
        Assert.That(Nuclei.TryGet("Cs134", out _), Is.False);
    }

    [Test]
    public void FromProtonsAndMassNumber_ZAboveA_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Nucleus.FromProtonsAndMassNumber("X", 60, 50));
        Assert.That(e!.Message, Does.Contain("[1, 50]"));
    }

    [Test]
    public void Constructor_ZBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Nucleus("X", 0, 10));

    [Test]
    public void WithMassMegaelectronvolts_NonPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Nuclei.Cs133.WithMassMegaelectronvolts(-1));

    [Test]
    public void WithSpinExcess_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Nuclei.Na23.WithSpinExcess(12, 0));
}
