using CoherentScattering.IO;

namespace CoherentScattering.Tests.IO;

/// <summary>The public reader of whitespace-separated, possibly headerless tables (the COHERENT data releases).</summary>
public class WhitespaceTableTests
{
    private static CsvTable Read(string text, int expectedColumns = 0) =>
        CsvTable.ParseWhitespace(new StringReader(text), "release.txt", expectedColumns);

    [Test]
    public void ParseWhitespace_CommentAndBlankLines_AreSkipped()
    {
        var table = Read("# COHERENT release\n# E  rate  error\n\n1 2 3\n   # indented comment\n4 5 6\n");
        Assert.That(table.RowCount, Is.EqualTo(2));
        Assert.That(table.Column(0), Is.EqualTo(new[] { 1.0, 4.0 }));
        Assert.That(table.Column(2), Is.EqualTo(new[] { 3.0, 6.0 }));
    }

    [Test]
    public void ParseWhitespace_NoFinalNewline_KeepsLastRow()
    {
        var table = Read("1 2\n3 4\n5 6");
        Assert.That(table.RowCount, Is.EqualTo(3));
        Assert.That(table.Column(1), Is.EqualTo(new[] { 2.0, 4.0, 6.0 }));
    }

    [Test]
    public void ParseWhitespace_TabsAndRunsOfSpaces_SeparateCells()
    {
        var table = Read("  1.5\t\t2e-3    -7\n3\t 4 \t5\t\n");
        Assert.That(table.Columns, Has.Count.EqualTo(3));
        Assert.That(table.Column(0), Is.EqualTo(new[] { 1.5, 3.0 }));
        Assert.That(table.Column(1), Is.EqualTo(new[] { 2e-3, 4.0 }));
        Assert.That(table.Column(2), Is.EqualTo(new[] { -7.0, 5.0 }));
    }

    [Test]
    public void ParseWhitespace_Headerless_NamesColumnsByPosition() =>
        Assert.That(Read("1 2 3\n").Columns, Is.EqualTo(new[] { "column1", "column2", "column3" }));

    [Test]
    public void ParseWhitespace_HeaderOfNames_IsUsed()
    {
        var table = Read("energy\trate\n1 2\n");
        Assert.That(table.Columns, Is.EqualTo(new[] { "energy", "rate" }));
        Assert.That(table.RowCount, Is.EqualTo(1));
    }

    [Test]
    public void ParseWhitespace_RaggedRow_NamesFileAndLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read("# header comment\n1 2 3\n4 5 6\n7 8\n"));
        Assert.That(e!.FileName, Is.EqualTo("release.txt"));
        Assert.That(e.Line, Is.EqualTo(4));
        Assert.That(e.Message, Does.Contain("release.txt, line 4").And.Contain("expected 3 whitespace-separated values, found 2"));
    }

    [Test]
    public void ParseWhitespace_WrongColumnCount_NamesLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read("\n1 2\n", expectedColumns: 3));
        Assert.That(e!.Line, Is.EqualTo(2));
    }

    [Test]
    public void ParseWhitespace_NegativeExpectedColumns_ThrowsNamingParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Read("1 2\n", expectedColumns: -1));
        Assert.That(e!.ParamName, Is.EqualTo("expectedColumns"));
    }

    [Test]
    public void LoadWhitespace_File_ReadsRowsAndNamesFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ws-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "# release\n0.5\t1\n1.5  2");
            var table = CsvTable.LoadWhitespace(path, expectedColumns: 2);
            Assert.That(table.Source, Is.EqualTo(Path.GetFileName(path)));
            Assert.That(table.Column(1), Is.EqualTo(new[] { 1.0, 2.0 }));
            File.WriteAllText(path, "1 2\n3 x\n");
            var e = Assert.Throws<CsvFormatException>(() => CsvTable.LoadWhitespace(path));
            Assert.That(e!.Message, Does.StartWith(Path.GetFileName(path) + ", line 2, column 2"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LoadWhitespace_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => CsvTable.LoadWhitespace(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt")));
}
