using System.Reflection;
using System.Xml.Linq;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;

namespace CoherentScattering.Tests.Packaging;

/// <summary>
/// The XML documentation file shipped next to each packaged assembly documents its public API only: every member it
/// names (a documentation id, "T:", "M:", "P:", "F:", "E:") is a type or member a consumer can see — public, or
/// protected in a public type — so no internal type or member leaks into the package.
/// </summary>
public class XmlDocumentationTests
{
    private static IEnumerable<TestCaseData> Assemblies()
    {
        yield return new TestCaseData(typeof(Nucleus).Assembly).SetName("XmlDoc_CoherentScattering_DocumentsOnlyVisibleMembers");
        yield return new TestCaseData(typeof(VectorNsi).Assembly).SetName("XmlDoc_CoherentScatteringModels_DocumentsOnlyVisibleMembers");
    }

    [TestCaseSource(nameof(Assemblies))]
    public void XmlDoc_Assembly_DocumentsOnlyVisibleMembers(Assembly assembly)
    {
        string path = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.That(File.Exists(path), Is.True, $"{path} is generated next to the assembly");
        var documented = XDocument.Load(path).Descendants("member").Select(m => (string)m.Attribute("name")!).ToArray();
        var visible = VisibleIds(assembly);
        Assert.That(documented, Has.Length.GreaterThan(100), "the file documents the public API");
        Assert.That(documented.Where(id => id.StartsWith("T:", StringComparison.Ordinal)), Does.Contain("T:" + assembly.GetExportedTypes()[0].FullName!.Replace('+', '.')));
        var leaked = documented.Where(id => !visible.Contains(id)).ToArray();
        Assert.That(leaked, Is.Empty, "documented members that are not public or protected");
    }

    [Test]
    public void VisibleIds_InternalMember_IsNotVisible()
    {
        var ids = VisibleIds(typeof(Nucleus).Assembly);
        Assert.That(ids, Does.Contain("T:CoherentScattering.Nuclear.Nucleus"));
        Assert.That(ids, Does.Contain("M:CoherentScattering.Nuclear.Nucleus.#ctor(System.String,System.Int32,System.Int32)"));
        Assert.That(ids, Does.Not.Contain("T:CoherentScattering.Guard"), "Guard is internal");
    }

    // The documentation ids of every type and member a consumer can see.
    private static HashSet<string> VisibleIds(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(IsVisible))
        {
            string name = TypeId(type);
            ids.Add("T:" + name);
            foreach (var member in type.GetMembers(all))
            {
                switch (member)
                {
                    case MethodBase m when IsVisible(m) || IsInterfaceImplementation(type, m):
                        ids.Add("M:" + name + "." + MethodName(m));
                        break;
                    case PropertyInfo p when p.GetAccessors(true).Any(a => IsVisible(a) || IsInterfaceImplementation(type, a)):
                        var index = p.GetIndexParameters();
                        ids.Add("P:" + name + "." + p.Name.Replace('.', '#') + (index.Length > 0 ? "(" + string.Join(",", index.Select(i => ParameterType(i.ParameterType))) + ")" : ""));
                        break;
                    case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                        ids.Add("F:" + name + "." + f.Name);
                        break;
                    case EventInfo e when e.AddMethod is { } add && IsVisible(add):
                        ids.Add("E:" + name + "." + e.Name);
                        break;
                }
            }
        }

        return ids;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || ((type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));

    private static bool IsVisible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    // An explicit implementation of a public interface's member (callable through the interface).
    private static bool IsInterfaceImplementation(Type type, MethodBase m) =>
        m is MethodInfo method && method.IsPrivate && method.IsFinal && method.Name.Contains('.', StringComparison.Ordinal)
        && type.GetInterfaces().Where(IsVisible).Any(i => type.GetInterfaceMap(i).TargetMethods.Contains(method));

    private static string MethodName(MethodBase m)
    {
        string name = m.IsConstructor ? (m.IsStatic ? "#cctor" : "#ctor") : m.Name.Replace('.', '#');
        if (m.IsGenericMethodDefinition)
        {
            name += "``" + m.GetGenericArguments().Length;
        }

        var parameters = m.GetParameters();
        if (parameters.Length > 0)
        {
            name += "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";
        }

        if (m is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion)
        {
            name += "~" + ParameterType(conversion.ReturnType);
        }

        return name;
    }

    private static string TypeId(Type type) =>
        type.IsNested ? TypeId(type.DeclaringType!) + "." + type.Name : (type.Namespace is { } ns ? ns + "." : "") + type.Name;

    private static string ParameterType(Type t)
    {
        if (t.IsByRef)
        {
            return ParameterType(t.GetElementType()!) + "@";
        }

        if (t.IsPointer)
        {
            return ParameterType(t.GetElementType()!) + "*";
        }

        if (t.IsArray)
        {
            int rank = t.GetArrayRank();
            return ParameterType(t.GetElementType()!) + (t.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (t.IsGenericMethodParameter)
        {
            return "``" + t.GenericParameterPosition;
        }

        if (t.IsGenericParameter)
        {
            return "`" + t.GenericParameterPosition;
        }

        if (t.IsGenericType)
        {
            string definition = TypeId(t.GetGenericTypeDefinition());
            return System.Text.RegularExpressions.Regex.Replace(definition, "`[0-9]+", "")
                + "{" + string.Join(",", t.GetGenericArguments().Select(ParameterType)) + "}";
        }

        return TypeId(t);
    }
}
