using System.Diagnostics;
using System.Text;

namespace CoherentScattering.Tests.Packaging;

/// <summary>
/// The package, not the source tree, is the product: pack both packages into a local folder feed with a unique
/// pre-release version, then restore, build and run <c>tests/PackageConsumer</c> against them (as packages).
/// </summary>
[Category("Packaging")]
public class PackageConsumerTests
{
    private static string Root()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoherentScattering.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root");
    }

    private static string Dotnet(string arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"dotnet {arguments} failed:\n{output}");
        return output.ToString();
    }

    [Test]
    public void PackedPackages_BuildAndRunTheConsumer()
    {
        string root = Root();
        string work = Path.Combine(Path.GetTempPath(), $"cs-consumer-{Guid.NewGuid():N}");
        string feed = Path.Combine(work, "feed"), packages = Path.Combine(work, "packages");
        string suffix = "ci" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        string version = "0.1.0-" + suffix;
        try
        {
            Directory.CreateDirectory(feed);
            foreach (string project in new[] { "src/CoherentScattering/CoherentScattering.csproj", "src/CoherentScattering.Models/CoherentScattering.Models.csproj" })
            {
                Dotnet($"pack \"{Path.Combine(root, project)}\" -c Release -o \"{feed}\" -p:VersionSuffix={suffix}", root);
            }

            Assert.That(File.Exists(Path.Combine(feed, $"CoherentScattering.{version}.nupkg")), Is.True);
            Assert.That(File.Exists(Path.Combine(feed, $"CoherentScattering.{version}.snupkg")), Is.True, "symbol package");
            Assert.That(File.Exists(Path.Combine(feed, $"CoherentScattering.Models.{version}.nupkg")), Is.True);

            string config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <add key="global" value="{Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")}" />
                  </fallbackPackageFolders>
                </configuration>
                """);
            string consumer = Path.Combine(root, "tests", "PackageConsumer", "PackageConsumer.csproj");
            string props = $"-p:CoherentScatteringVersion={version} -p:BaseIntermediateOutputPath=\"{Path.Combine(work, "obj")}/\" -p:BaseOutputPath=\"{Path.Combine(work, "bin")}/\"";
            var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
            Dotnet($"restore \"{consumer}\" --configfile \"{config}\" {props}", root, env);
            Dotnet($"build \"{consumer}\" --no-restore -c Release {props}", root, env);
            string output = Dotnet($"run --project \"{consumer}\" --no-build --no-restore -c Release -f net10.0 {props}", root, env);
            Assert.That(output, Does.Contain("SM events: 167.88"));
            Assert.That(output, Does.Contain("NSI events:"));
            Assert.That(Directory.Exists(Path.Combine(packages, "coherentscattering", version)), Is.True, "restored from the packed package, not a project");
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
