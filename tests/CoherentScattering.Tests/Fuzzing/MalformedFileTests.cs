using System.Globalization;
using System.Text;
using CoherentScattering.Detector;
using CoherentScattering.Experiments;
using CoherentScattering.IO;
using CoherentScattering.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Fuzzing;

/// <summary>
/// Generated malformed experiment files and CSV tables: each either loads or fails with the library's format exception
/// naming the file and the key or line, within a time limit. Mutations: deleted, duplicated and renamed keys, values of
/// the wrong type, hostile numbers, truncation, stray characters; ragged rows, non-numbers, missing trailing newlines.
/// </summary>
public class MalformedFileTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);
    private static readonly string Preset = ExperimentFile.PresetJson("coherent-2017-csi");

    private static readonly string[] HostileValues =
    [
        "1e308", "-1e308", "1e999", "-1", "0", "5e-324", "\"text\"", "null", "true", "[]", "{}", "[1]", "[1, 2, 3]", "[30, 6]",
        "\"\\uD800\"", "\"" + new string('x', 20_000) + "\"", "1.5", "1e-300", "[6, 1e308]", "[0, 0]", "\"Cs134\"", "\"coherent2017\"",
    ];

    /// <summary>One mutation of the preset's text.</summary>
    private static Gen<string> MutatedPreset() => Mutated(Preset);

    /// <summary>One mutation of a JSON text.</summary>
    private static Gen<string> Mutated(string Preset)
    {
        var numberPositions = Positions(Preset, c => char.IsDigit(c));
        var keyPositions = Positions(Preset, c => c == '"');
        var replaceValue = Gen.Elements(numberPositions).SelectMany(p => Gen.Elements(HostileValues).Select(v => ReplaceToken(Preset, p, v)));
        var duplicateKey = Gen.Elements(keyPositions).Select(p => DuplicateMember(Preset, p));
        var deleteMember = Gen.Elements(keyPositions).Select(p => DeleteMember(Preset, p));
        var renameKey = Gen.Elements(keyPositions).Select(p => Preset.Insert(p + 1, "x"));
        var truncate = Gen.Choose(0, Preset.Length - 1).Select(n => Preset[..n]);
        var stray = Gen.Choose(0, Preset.Length - 1).SelectMany(n => Gen.Elements(",", "}", "]", "\"", ":", "\0", "\uD800", "//", "/*").Select(c => Preset.Insert(n, c)));
        return Gen.OneOf(replaceValue, duplicateKey, deleteMember, renameKey, truncate, stray);
    }

    private static int[] Positions(string text, Func<char, bool> predicate) =>
        Enumerable.Range(0, text.Length).Where(i => predicate(text[i])).ToArray();

    // Replaces the JSON scalar token around position p with v.
    private static string ReplaceToken(string text, int p, string v)
    {
        int start = p, end = p;
        while (start > 0 && "0123456789.eE+-".Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        while (end < text.Length && "0123456789.eE+-".Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return text[..start] + v + text[end..];
    }

    // Repeats the "key": value member starting at a quote (a crude but effective duplicate).
    private static string DuplicateMember(string text, int quote)
    {
        int end = text.IndexOfAny([',', '}', '\n'], quote + 1);
        return end < 0 ? text : text[..end] + ", " + text[quote..end].TrimEnd() + text[end..];
    }

    private static string DeleteMember(string text, int quote)
    {
        int end = text.IndexOfAny([',', '}', '\n'], quote + 1);
        return end < 0 ? text : text[..quote] + text[end..];
    }

    private static T Within<T>(Func<T> call)
    {
        var task = Task.Run(call);
        if (!task.Wait(HangLimit))
        {
            throw new TimeoutException($"no result within {HangLimit.TotalSeconds} s");
        }

        return task.Result;
    }

    [FsCheck.NUnit.Property(MaxTest = 120, QuietOnSuccess = true)]
    public Property MutatedSpectralFitFile_LoadsOrNamesFileAndKeyOrLine() =>
        Prop.ForAll(Gen.Elements(SpectralExperimentFile.Presets.ToArray()).SelectMany(name => Mutated(SpectralExperimentFile.PresetJson(name))).ToArbitrary(), json =>
        {
            try
            {
                var fit = Within(() => SpectralExperimentFile.Parse(json, "mutated.json", baseDirectory: null));
                return (fit.SignalTemplate().Total > 0 && double.IsFinite(fit.Likelihood().Fit().MinusTwoLogLikelihood)).Label("loaded and fitted");
            }
            catch (AggregateException e) when (e.InnerException is ExperimentFormatException f)
            {
                return (f.FileName == "mutated.json" && f.Key.Length > 0 && f.Message.Length < 1_000).Label(f.Message);
            }
            catch (AggregateException e) when (e.InnerException is CoherentScattering.IO.CsvFormatException c)
            {
                return (c.Line >= 0 && c.Message.Length < 1_000).Label(c.Message);
            }
        });

    [FsCheck.NUnit.Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property MutatedExperimentFile_LoadsOrNamesFileAndKey() =>
        Prop.ForAll(MutatedPreset().ToArbitrary(), json =>
        {
            try
            {
                var experiment = Within(() => ExperimentFile.Parse(json, "mutated.json"));
                return (experiment.CreateRateCalculator().Total(CoherentScattering.CrossSections.StandardModel.Paper) > 0).Label("loaded with events");
            }
            catch (AggregateException e) when (e.InnerException is ExperimentFormatException f)
            {
                return (f.FileName == "mutated.json" && f.Key.Length > 0 && f.Message.Length < 1_000).Label(f.Message);
            }
        });

    [FsCheck.NUnit.Property(MaxTest = 40, QuietOnSuccess = true)]
    public Property MutatedExperimentFile_ThroughTheCommandLine_EndsWithCodeAndOneLine() =>
        Prop.ForAll(MutatedPreset().ToArbitrary(), json =>
        {
            string path = Path.Combine(Path.GetTempPath(), "mutated-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, json, new UTF8Encoding(false, false)); // a lone surrogate becomes U+FFFD on disk
            try
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                int code = Within(() => global::CoherentScattering.Cli.CommandLine.Run(["events", "--json", "--experiment", path], output, error));
                string err = error.ToString().TrimEnd();
                bool clean = code == 0 ? err.Length == 0 : code == 1 && !err.Contains('\n', StringComparison.Ordinal) && err.StartsWith("error: ", StringComparison.Ordinal);
                return clean.Label($"exit {code}: {err}");
            }
            finally
            {
                File.Delete(path);
            }
        });

    [Test]
    public void ExperimentFile_EveryKeyDeleted_NamesTheKey()
    {
        foreach (int quote in Positions(Preset, c => c == '"').Where((_, i) => i % 2 == 0))
        {
            string json = DeleteMember(Preset, quote);
            if (json == Preset)
            {
                continue;
            }

            try
            {
                ExperimentFile.Parse(json, "deleted.json");
            }
            catch (ExperimentFormatException e)
            {
                Assert.That(e.FileName, Is.EqualTo("deleted.json"));
            }
        }
    }

    /// <summary>A CSV text: a header of n names, then rows of cells drawn from good and bad values, ragged at times,
    /// with or without a trailing newline.</summary>
    private static Gen<string> CsvText(int columns) =>
        from rows in Gen.Choose(0, 6)
        from cells in Gen.Elements("0", "1", "2.5", "1e308", "-1", "NaN", "", "x", "1e999", " 3 ", "0x10", "1,5", "5e-324")
            .ArrayOf(rows * columns + 2)
        from ragged in Gen.Choose(-1, 1)
        from newline in Gen.Elements("\n", "\r\n", "")
        select Csv(columns, rows, cells, ragged, newline);

    private static string Csv(int columns, int rows, string[] cells, int ragged, string lastNewline)
    {
        var text = new StringBuilder("# generated\n" + string.Join(",", Enumerable.Range(0, columns).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))) + "\n");
        for (int r = 0; r < rows; r++)
        {
            int n = r == rows - 1 ? Math.Max(1, columns + ragged) : columns;
            text.Append(string.Join(",", cells.Skip(r * columns).Take(n)));
            text.Append(r == rows - 1 ? lastNewline : "\n");
        }

        return text.ToString();
    }

    private static Property ParsesOrNamesLine(Gen<string> texts, Func<TextReader, object> parse) =>
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            try
            {
                Within(() => parse(new StringReader(text)));
                return true.Label("parsed");
            }
            catch (AggregateException e) when (e.InnerException is CsvFormatException f)
            {
                return (f.FileName == "gen.csv" && f.Line >= 0 && f.Message.Length < 1_000).Label(f.Message);
            }
        });

    [FsCheck.NUnit.Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property GeneratedSpectrumCsv_ParsesOrNamesLine() => ParsesOrNamesLine(CsvText(2), r => TabulatedSpectrum.Parse(r, "gen.csv"));

    [FsCheck.NUnit.Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property GeneratedCountsCsv_ParsesOrNamesLine() => ParsesOrNamesLine(CsvText(4), r => BinnedCounts.Parse(r, "gen.csv"));

    [FsCheck.NUnit.Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property GeneratedTableCsv_ParsesOrNamesLine() => ParsesOrNamesLine(Gen.Choose(1, 4).SelectMany(CsvText), r => CsvTable.Parse(r, "gen.csv"));

    [FsCheck.NUnit.Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property GeneratedAcceptanceFile_LoadsOrNamesLine() =>
        Prop.ForAll(CsvText(2).ToArbitrary(), text =>
        {
            string path = Path.Combine(Path.GetTempPath(), "gen-" + Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(path, text, new UTF8Encoding(false, false));
            try
            {
                TabulatedAcceptance.Load(path);
                return true.Label("loaded");
            }
            catch (CsvFormatException f)
            {
                return (f.FileName == Path.GetFileName(path)).Label(f.Message);
            }
            finally
            {
                File.Delete(path);
            }
        });

    [Test(Description = "A peer code dropped the last line when the file had no trailing newline")]
    public void Csv_WithoutTrailingNewline_KeepsEveryLine()
    {
        var table = CsvTable.Parse(new StringReader("a,b\n1,2\n3,4\n5,6"), "t.csv");
        Assert.That(table.RowCount, Is.EqualTo(3));
        Assert.That(table.Column(1), Is.EqualTo(new[] { 2.0, 4.0, 6.0 }));
    }
}
