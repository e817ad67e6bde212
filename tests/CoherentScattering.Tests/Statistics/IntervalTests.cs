using CoherentScattering.Statistics;

namespace CoherentScattering.Tests.Statistics;

public class IntervalTests
{
    [Test]
    public void ToString_InsideScanRange_IsBracketedEnds() =>
        Assert.That(new Interval(0.1, 0.45).ToString(), Is.EqualTo("[0.1, 0.45]"));

    [Test]
    public void ToString_HighAtScanEdge_MarksTheHighEnd() =>
        Assert.That(new Interval(0.1, 0.45, HighIsScanEdge: true).ToString(), Is.EqualTo("[0.1, 0.45 (scan edge)]"));

    [Test]
    public void ToString_LowAtScanEdge_MarksTheLowEnd() =>
        Assert.That(new Interval(-2, 1.25, LowIsScanEdge: true).ToString(), Is.EqualTo("[-2 (scan edge), 1.25]"));

    [Test]
    public void ToString_BothEndsAtScanEdge_MarksBoth() =>
        Assert.That(new Interval(0, 5, true, true).ToString(), Is.EqualTo("[0 (scan edge), 5 (scan edge)]"));

    [Test(Description = "A profile whose allowed range runs into the scan's lower edge prints that end as a scan edge")]
    public void ToString_ProfileCutByScanEdge_ShowsTheEdge()
    {
        var interval = ParameterProfile.Scan(x => x * x, 0, 5, 51).Intervals(0.9)[0];
        Assert.That(interval.ToString(), Does.StartWith("[0 (scan edge), 1.64"));
        Assert.That(interval.ToString(), Does.Not.EndWith("(scan edge)]"));
    }
}
