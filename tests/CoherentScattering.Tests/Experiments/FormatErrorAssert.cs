using CoherentScattering.Experiments;

namespace CoherentScattering.Tests.Experiments;

// The shared check of the bad-input tests of experiment files: one edit of a good file is refused with an
// ExperimentFormatException that names the file and the key.
internal static class FormatErrorAssert
{
    public static void EditNamesKey(string json, string original, string replacement, string fileName, string key)
    {
        string edited = json.Replace(original, replacement, StringComparison.Ordinal);
        Assert.That(edited, Is.Not.EqualTo(json), "the edit must change the file");
        var e = Assert.Throws<ExperimentFormatException>(() => ExperimentFile.Parse(edited, fileName));
        Assert.That(e!.Key, Is.EqualTo(key), e.Message);
        Assert.That(e.Message, Does.Contain(fileName).And.Contain(key));
    }
}
