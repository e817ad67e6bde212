using CoherentScattering.IO;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Sources;

public class TabulatedSpectrumTests
{
    [Test]
    public void Constructor_NormalisesToOne()
    {
        var s = new TabulatedSpectrum([1, 2, 3], [2, 2, 2]);
        Assert.That(s.Density(1.5), Is.EqualTo(0.5).Within(1e-15));
        Assert.That(s.InverseMoments(0.5).Zeroth, Is.EqualTo(1).Within(1e-15));
    }

    [Test(Description = "Flat λ = 1/2 on [1, 3]: M1 = ln(3/2)/2 above E = 2; M2 = (1/2 − 1/3)/2")]
    public void InverseMoments_FlatSpectrum_MatchAnalytic()
    {
        var s = new TabulatedSpectrum([1, 2, 3], [1, 1, 1]);
        var m = s.InverseMoments(2.0);
        Assert.That(m.Zeroth, Is.EqualTo(0.5).Within(1e-15));
        Assert.That(m.First, Is.EqualTo(Math.Log(1.5) / 2).Within(1e-15));
        Assert.That(m.Second, Is.EqualTo((0.5 - 1.0 / 3) / 2).Within(1e-15));
    }

    [Test]
    public void Constructor_AllZero_IsNotNormalisable()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new TabulatedSpectrum([1, 2], [0, 0]));
        Assert.That(e!.Message, Does.Contain("normalised"));
    }

    [Test]
    public void Constructor_TooFewPoints_Throws() =>
        Assert.Throws<ArgumentException>(() => _ = new TabulatedSpectrum([1], [1]));

    [Test]
    public void Constructor_NonIncreasingEnergies_NamesIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new TabulatedSpectrum([1, 3, 2], [1, 1, 1]));
        Assert.That(e!.Message, Does.Contain("energiesMev[2]"));
    }

    [Test]
    public void Constructor_NegativeDensity_NamesIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new TabulatedSpectrum([1, 2, 3], [1, -1, 1]));
        Assert.That(e!.Message, Does.Contain("densities[1]"));
    }

    [Test(Description = "The last line is read even without a trailing newline (a public code dropped it)")]
    public void Parse_NoTrailingNewline_KeepsLastLine()
    {
        var s = TabulatedSpectrum.Parse(new StringReader("# comment\nenergy_MeV,density\n0,0\n10,1\n20,0"), "mem.csv");
        Assert.That(s.Energies, Has.Count.EqualTo(3));
        Assert.That(s.MaximumEnergyMev, Is.EqualTo(20));
    }

    [Test]
    public void Parse_BadNumber_NamesFileLineAndColumn()
    {
        var e = Assert.Throws<CsvFormatException>(() => TabulatedSpectrum.Parse(new StringReader("energy,density\n1,2\n3,x\n"), "spec.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(e!.FileName, Is.EqualTo("spec.csv"));
            Assert.That(e.Line, Is.EqualTo(3));
            Assert.That(e.Column, Is.EqualTo(2));
            Assert.That(e.Message, Does.Contain("spec.csv, line 3, column 2"));
        });
    }

    [Test]
    public void Parse_WrongColumnCount_NamesLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => TabulatedSpectrum.Parse(new StringReader("energy,density\n1,2\n3\n"), "spec.csv"));
        Assert.That(e!.Line, Is.EqualTo(3));
    }

    [Test]
    public void Parse_Empty_Throws() =>
        Assert.Throws<CsvFormatException>(() => TabulatedSpectrum.Parse(new StringReader("# only a comment\n"), "empty.csv"));

    [Test]
    public void Parse_MissingHeader_Throws() =>
        Assert.Throws<CsvFormatException>(() => TabulatedSpectrum.Parse(new StringReader("1,2\n3,4\n"), "noheader.csv"));

    [Test]
    public void Csv_WriteThenRead_RoundTripsExactly()
    {
        double[] e = [0.1, 1.0 / 3, 52.8], d = [Math.PI, 1e-17, 2.0 / 7];
        var writer = new StringWriter();
        CsvTable.Write(writer, ["energy_MeV", "density"], [e, d], ["round trip"]);
        var table = CsvTable.Parse(new StringReader(writer.ToString()), "rt.csv", 2);
        Assert.That(table.Column(0), Is.EqualTo(e));
        Assert.That(table.Column(1), Is.EqualTo(d));
    }
}
