using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using CoherentScattering.Experiments;
using CoherentScattering.IO;

namespace CoherentScattering.Tests.Fuzzing;

/// <summary>How one fuzzed call ended.</summary>
internal enum OutcomeKind
{
    /// <summary>A finite, in-range result.</summary>
    Result,

    /// <summary>An ArgumentException naming one of the call's own parameters, a library format exception, a missing file
    /// for a path argument, an operation cancelled by the caller, or an InvalidOperationException about the receiver's state.</summary>
    ClearError,

    /// <summary>Any other exception, or an ArgumentException naming no parameter of the call.</summary>
    UnclearError,

    /// <summary>A NaN or infinite number in the result.</summary>
    NotFinite,

    /// <summary>The call did not end within the time limit.</summary>
    Hang,

    /// <summary>Not run: no receiver of the member's type could be built.</summary>
    NotRun,
}

/// <summary>One call of the public API with concrete arguments.</summary>
internal sealed record FuzzCall(MethodBase Member, object? Receiver, object?[] Arguments)
{
    public override string ToString()
    {
        string args = string.Join(", ", Arguments.Select(Describe));
        string name = Member is ConstructorInfo ? $"new {Member.DeclaringType!.Name}" : $"{Member.DeclaringType!.Name}.{Member.Name}";
        return Receiver is null ? $"{name}({args})" : $"[{Describe(Receiver)}].{Member.Name}({args})";
    }

    private static string Describe(object? value)
    {
        try
        {
            return DescribeUnsafe(value);
        }
        catch (Exception e)
        {
            return $"{value!.GetType().Name} (ToString threw {e.GetType().Name})";
        }
    }

    private static string DescribeUnsafe(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s.Length > 40 ? $"\"{s[..20]}…\" ({s.Length} chars)" : $"\"{s}\"",
        double[] a => a.Length > 6 ? $"double[{a.Length}]" : "[" + string.Join(", ", a.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]",
        Delegate => "delegate",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}

/// <summary>The outcome of a call, with the exception when there was one.</summary>
internal sealed record FuzzOutcome(FuzzCall Call, OutcomeKind Kind, string Detail)
{
    public override string ToString() => $"{Kind}: {Call} → {Detail}";
}

/// <summary>
/// Calls every public constructor, method and property of the two library assemblies with arguments drawn from
/// <see cref="HostileValues"/>, each under a time limit, and classifies how each call ends.
/// </summary>
internal sealed class ApiFuzzer
{
    private static readonly HashSet<string> SkippedNames = ["GetHashCode", "Equals", "GetType", "Deconstruct", "<Clone>$", "PrintMembers", "Finalize", "MemberwiseClone"];

    private readonly HostileValues values = new();
    private readonly TimeSpan timeLimit;

    public ApiFuzzer(TimeSpan timeLimit) => this.timeLimit = timeLimit;

    /// <summary>The public library types.</summary>
    public static IEnumerable<Type> PublicTypes() =>
        new[] { typeof(Guard).Assembly, typeof(global::CoherentScattering.Models.NewPhysicsModel).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsSubclassOf(typeof(Delegate)) && !t.IsEnum);

    /// <summary>Every fuzzable member: public constructors, methods and property getters whose parameter types all have pools.</summary>
    public IReadOnlyList<MethodBase> Members(out IReadOnlyList<string> skipped)
    {
        var members = new List<MethodBase>();
        var skip = new List<string>();
        foreach (var type in PublicTypes())
        {
            var candidates = new List<MethodBase>();
            if (!type.IsAbstract && !type.IsInterface)
            {
                candidates.AddRange(type.GetConstructors());
            }

            candidates.AddRange(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !SkippedNames.Contains(m.Name) && !m.Name.StartsWith("op_", StringComparison.Ordinal) && !m.Name.StartsWith("set_", StringComparison.Ordinal)
                    && !m.Name.StartsWith("get_EqualityContract", StringComparison.Ordinal)));
            foreach (var member in candidates)
            {
                bool instance = !member.IsStatic && member is MethodInfo;
                if (member.ContainsGenericParameters || (instance && !values.Supports(type))
                    || member.GetParameters().Any(p => !values.Supports(p.ParameterType)))
                {
                    skip.Add($"{type.Name}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})");
                    continue;
                }

                members.Add(member);
            }
        }

        skipped = skip;
        return members;
    }

    /// <summary>Draws arguments for a member with a deterministic random source.</summary>
    public FuzzCall Draw(MethodBase member, Random random)
    {
        object? receiver = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            var receivers = values.For(member.DeclaringType!).Where(v => v is not null).ToArray();
            receiver = receivers.Length == 0 ? null : receivers[random.Next(receivers.Length)];
        }

        var arguments = member.GetParameters().Select(p =>
        {
            if (p.IsOut)
            {
                return null; // filled by the call
            }

            var pool = values.For(p.ParameterType);
            return pool[random.Next(pool.Count)];
        }).ToArray();
        return new FuzzCall(member, receiver, arguments);
    }

    /// <summary>Runs one call under the time limit and classifies its end.</summary>
    public FuzzOutcome Run(FuzzCall call)
    {
        var task = Task.Run(() => Invoke(call));
        if (!task.Wait(timeLimit))
        {
            return new FuzzOutcome(call, OutcomeKind.Hang, $"no result after {timeLimit.TotalSeconds} s");
        }

        return task.Result;
    }

    private static FuzzOutcome Invoke(FuzzCall call)
    {
        if (call.Member is MethodInfo { IsStatic: false } && call.Receiver is null)
        {
            return new FuzzOutcome(call, OutcomeKind.NotRun, "no receiver");
        }

        object? result;
        try
        {
            var arguments = (object?[])call.Arguments.Clone();
            result = call.Member is ConstructorInfo constructor ? constructor.Invoke(arguments) : call.Member.Invoke(call.Receiver, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return Classify(call, e.InnerException);
        }
        catch (NullReferenceException e) when (call.Receiver is null && call.Member is MethodInfo { IsStatic: false })
        {
            return new FuzzOutcome(call, OutcomeKind.ClearError, e.Message);
        }

        try
        {
            string? problem = NonFinite(result, depth: 0);
            return problem is null ? new FuzzOutcome(call, OutcomeKind.Result, "ok") : new FuzzOutcome(call, OutcomeKind.NotFinite, problem);
        }
        catch (Exception e)
        {
            return Classify(call, e is TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
    }

    private static FuzzOutcome Classify(FuzzCall call, Exception e)
    {
        var parameters = call.Member.GetParameters();
        string detail = $"{e.GetType().Name}: {Shorten(e.Message)}";
        bool clear = e switch
        {
            ArgumentException a => a.ParamName is not null && parameters.Any(p => p.Name == a.ParamName),
            CsvFormatException or ExperimentFormatException => true,
            FileNotFoundException or DirectoryNotFoundException => parameters.Any(p => p.Name is "path" or "file"),
            OperationCanceledException => call.Arguments.OfType<CancellationToken>().Any(t => t.IsCancellationRequested),
            InvalidOperationException => call.Receiver is not null && e.Message.Length > 0,
            _ => false,
        };
        if (e is ArgumentException { ParamName: var name } && !clear)
        {
            detail += $" [ParamName '{name}' is not a parameter of the call]";
        }

        return new FuzzOutcome(call, clear ? OutcomeKind.ClearError : OutcomeKind.UnclearError, detail);
    }

    private static string Shorten(string message) => message.Length > 200 ? message[..200] + "…" : message;

    // The first non-finite number found in a result: doubles, public double properties of records and classes
    // (one level deep), and the elements of lists of doubles or of such objects.
    private static string? NonFinite(object? value, int depth)
    {
        switch (value)
        {
            case null or string or bool or int or Enum:
                return null;
            case double d:
                return double.IsFinite(d) ? null : Inv($"{d}");
            case float f:
                return float.IsFinite(f) ? null : Inv($"{f}");
            case IEnumerable sequence when depth < 2:
            {
                int i = 0;
                foreach (var item in sequence)
                {
                    if (NonFinite(item, depth + 1) is { } problem)
                    {
                        return $"[{i}] {problem}";
                    }

                    if (++i > 10_000)
                    {
                        break;
                    }
                }

                return null;
            }
        }

        if (depth >= 2 || value is Delegate or Type || value.GetType().Namespace?.StartsWith("CoherentScattering", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType is not { } t
                || !(t == typeof(double) || t == typeof(double?) || (depth == 0 && (typeof(IEnumerable<double>).IsAssignableFrom(t) || t.IsValueType))))
            {
                continue;
            }

            object? v = property.GetValue(value);
            if (NonFinite(v, depth + 1) is { } problem)
            {
                return $"{property.Name} = {problem}";
            }
        }

        return null;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts of each outcome kind, for the issue note.</summary>
    public static string Summary(IReadOnlyCollection<FuzzOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"calls {outcomes.Count(o => o.Kind != OutcomeKind.NotRun)}");
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            text.Append(CultureInfo.InvariantCulture, $", {kind} {outcomes.Count(o => o.Kind == kind)}");
        }

        return text.ToString();
    }
}
