using System.Reflection;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests.Fuzzing;

/// <summary>
/// The library's promise, checked over its whole public surface: every call with hostile arguments ends in a finite
/// result, a clear error (an ArgumentException naming one of the call's parameters, or a format error naming file and
/// line or key), never NaN, a hang or an unclear exception. Each call runs under a time limit, so a hang fails the test
/// instead of the CI run.
/// </summary>
[NonParallelizable]
public class ApiFuzzTests
{
    private const int DrawsPerMember = 6;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private static readonly Lazy<(ApiFuzzer Fuzzer, MethodBase[] Members, IReadOnlyList<string> Skipped)> Surface = new(() =>
    {
        var fuzzer = new ApiFuzzer(TimeLimit);
        var members = fuzzer.Members(out var skipped).ToArray();
        return (fuzzer, members, skipped);
    });

    [Test(Description = "Deterministic sweep: every public member, six argument draws each (seeded)")]
    public void EveryPublicMember_WithHostileArguments_EndsInResultOrClearError()
    {
        var (fuzzer, members, skipped) = Surface.Value;
        var outcomes = new List<FuzzOutcome>();
        // A longer or different sweep for local fuzzing: COHERENT_FUZZ_DRAWS and COHERENT_FUZZ_SEED.
        int draws = int.TryParse(Environment.GetEnvironmentVariable("COHERENT_FUZZ_DRAWS"), out int d) ? d : DrawsPerMember;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("COHERENT_FUZZ_SEED"), out int seed) ? seed : 20261202);
        foreach (var member in members)
        {
            for (int k = 0; k < draws; k++)
            {
                outcomes.Add(fuzzer.Run(fuzzer.Draw(member, random)));
            }
        }

        Report(outcomes, skipped);
        var bad = outcomes.Where(o => o.Kind is OutcomeKind.UnclearError or OutcomeKind.NotFinite or OutcomeKind.Hang).ToArray();
        Assert.That(bad, Is.Empty, () => string.Join(Environment.NewLine, bad.Take(60).Select(o => o.ToString())));
    }

    [FsCheck.NUnit.Property(MaxTest = 1500, QuietOnSuccess = true)]
    public Property RandomPublicCall_WithHostileArguments_EndsInResultOrClearError()
    {
        var (fuzzer, members, _) = Surface.Value;
        var calls = Gen.Elements(members).SelectMany(m => Gen.Choose(0, int.MaxValue).Select(seed => fuzzer.Draw(m, new Random(seed))));
        return Prop.ForAll(calls.ToArbitrary(), call =>
        {
            var outcome = fuzzer.Run(call);
            return (outcome.Kind is OutcomeKind.Result or OutcomeKind.ClearError or OutcomeKind.NotRun).Label(outcome.ToString());
        });
    }

    [Test]
    public void Surface_CoversTheMainEntryPoints()
    {
        var (_, members, _) = Surface.Value;
        string[] required =
        [
            "EventRateCalculator..ctor", "EventRateCalculator.Compute", "ParameterProfile.Scan", "ParameterMap.Scan", "Grid.Linear",
            "Grid.Logarithmic", "TabulatedSpectrum..ctor", "SterileOscillation.SurvivalProbability", "Likelihood.ChiSquaredAt",
            "ExperimentFile.Parse", "Kinematics.MaxRecoilMev", "TargetMaterial.NucleiPerKilogram", "ExpectedEvents.Scale",
        ];
        var names = members.Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToHashSet();
        Assert.That(required.Where(r => !names.Contains(r)), Is.Empty);
        Assert.That(members, Has.Length.GreaterThan(250));
    }

    private static void Report(List<FuzzOutcome> outcomes, IReadOnlyList<string> skipped)
    {
        TestContext.Out.WriteLine(ApiFuzzer.Summary(outcomes));
        TestContext.Out.WriteLine($"members skipped (parameter types without a pool): {skipped.Count}");
        if (Environment.GetEnvironmentVariable("COHERENT_FUZZ_REPORT") is { Length: > 0 } path)
        {
            var lines = new List<string> { ApiFuzzer.Summary(outcomes) };
            foreach (var o in outcomes.Where(o => o.Kind is not (OutcomeKind.Result or OutcomeKind.ClearError or OutcomeKind.NotRun)))
            {
                try
                {
                    lines.Add(o.ToString().ReplaceLineEndings(" "));
                }
                catch (Exception e)
                {
                    lines.Add($"{o.Kind}: {o.Call.Member.DeclaringType!.Name}.{o.Call.Member.Name} (description threw {e.GetType().Name})");
                }
            }

            lines.AddRange(skipped.Select(s => "skipped: " + s));
            File.WriteAllLines(path, lines, new System.Text.UTF8Encoding(false, false));
        }
    }
}
