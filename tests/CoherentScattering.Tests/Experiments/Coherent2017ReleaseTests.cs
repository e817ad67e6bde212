using CoherentScattering.Experiments;

namespace CoherentScattering.Tests.Experiments;

public class Coherent2017ReleaseTests
{
    [Test(Description = "Release README: beam-on C = 547 and AC = 405 in 6 < PE < 30, t < 6 µs; C − AC = 142 (N_meas), AC = B_ss")]
    public void BeamOn_RoiCounts_GiveMeasuredSignal()
    {
        double Roi(double[] h) => h.Skip(3).Take(12).Sum();
        Assert.That(Roi(Coherent2017Release.Histogram("data_coincidence_beamOn.txt")), Is.EqualTo(547));
        Assert.That(Roi(Coherent2017Release.Histogram("data_anticoincidence_beamOn.txt")), Is.EqualTo(405));
        Assert.That(Coherent2017Release.BeamOnResiduals().Where(b => b.Low >= 6 && b.High <= 30).Sum(b => b.Events), Is.EqualTo(142));
    }

    [Test(Description = "Release README: totals C beam-on 1207, AC beam-on 1032, C beam-off 507, AC beam-off 507 (all times)")]
    public void Histograms_Totals_MatchReadme()
    {
        Assert.That(Coherent2017Release.Histogram("data_coincidence_beamOn.txt", 12).Sum(), Is.EqualTo(1207));
        Assert.That(Coherent2017Release.Histogram("data_anticoincidence_beamOn.txt", 12).Sum(), Is.EqualTo(1032));
        Assert.That(Coherent2017Release.Histogram("data_coincidence_beamOff.txt", 12).Sum(), Is.EqualTo(507));
        Assert.That(Coherent2017Release.Histogram("data_anticoincidence_beamOff.txt", 12).Sum(), Is.EqualTo(507));
    }

    [Test(Description = "Release README: C − AC per 2-PE bin, t < 6 µs, centres 1, 3, …, 49")]
    public void BeamOnResiduals_MatchReadmeList()
    {
        double[] expected = [3, -1, -6, 9, 11, 24, 25, 21, 17, 5, 10, 6, 0, 5, 9, 6, -5, 5, 15, -1, -1, -4, -5, 8, -7];
        Assert.That(Coherent2017Release.BeamOnResiduals().Select(b => b.Events), Is.EqualTo(expected));
    }

    [Test]
    public void Readme_IsEmbedded_WithCitation() =>
        Assert.That(Coherent2017Release.Readme, Does.Contain("arXiv:1804.09459"));

    [Test]
    public void Histogram_UnknownFile_Throws() =>
        Assert.Throws<ArgumentException>(() => Coherent2017Release.Histogram("promptPDF.txt"));
}
