namespace CoherentScattering.Tests.Samples;

public class ReadmeTests
{
    private static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoherentScattering.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), relative);
    }

    [Test]
    public void QuickStartBlock_IsTheQuickStartSample()
    {
        string readme = File.ReadAllText(RepositoryFile("README.md")).ReplaceLineEndings("\n");
        string sample = File.ReadAllText(RepositoryFile("samples/QuickStart/Program.cs")).ReplaceLineEndings("\n").Trim();
        int start = readme.IndexOf("```csharp\n", readme.IndexOf("## QuickStart", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        Assert.That(readme[start..end].Trim(), Is.EqualTo(sample));
    }

    [Test]
    public void Readme_HasTheTwoSetUpCommands()
    {
        string readme = File.ReadAllText(RepositoryFile("README.md"));
        Assert.That(readme, Does.Contain("dotnet run --project src/CoherentScattering.Cli").And.Contain("dotnet test"));
    }
}
