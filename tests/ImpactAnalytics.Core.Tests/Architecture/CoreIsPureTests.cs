using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Tests.Architecture;

/// <summary>
/// Core computes; it does not read files, print, look at the clock or draw. These tests read Core's compiled
/// metadata and fail when a forbidden assembly or type is referenced.
/// </summary>
public sealed class CoreIsPureTests
{
    private static readonly Assembly Core = typeof(EnterpriseNumber).Assembly;

    [Fact]
    public void Core_references_only_the_bcl()
    {
        var allowed = new[] { "System.", "netstandard", "mscorlib" };

        var offending = Core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name != "System" && !allowed.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .ToArray();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("ImpactAnalytics.Ingestion")]
    [InlineData("ImpactAnalytics.Reporting")]
    [InlineData("ImpactAnalytics.Simulation")]
    [InlineData("ImpactAnalytics.Cli")]
    [InlineData("ScottPlot")]
    [InlineData("SkiaSharp")]
    [InlineData("CsvHelper")]
    [InlineData("DocumentFormat.OpenXml")]
    [InlineData("Deedle")]
    [InlineData("Microsoft.ML")]
    [InlineData("Microsoft.ML.Core")]
    [InlineData("Microsoft.ML.Data")]
    [InlineData("Microsoft.ML.StandardTrainers")]
    public void Core_does_not_reference(string assembly)
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name == assembly);
    }

    // The compiled metadata lists only assemblies the code uses, so a package referenced but unused (as Microsoft.ML
    // once was) is invisible above; the project file shows it.
    [Fact]
    public void Core_project_file_references_no_package()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ImpactAnalytics.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var project = XDocument.Load(Path.Combine(root.FullName, "src", "ImpactAnalytics.Core", "ImpactAnalytics.Core.csproj"));

        var packages = project.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include")).ToArray();

        Assert.Empty(packages);
    }

    // System.Environment is left out on purpose: the compiler emits Environment.CurrentManagedThreadId in iterators.
    [Fact]
    public void Core_uses_no_file_console_clock_or_process_types()
    {
        string[] forbidden =
        [
            "System.IO.File", "System.IO.FileStream", "System.IO.Directory", "System.IO.FileInfo",
            "System.IO.DirectoryInfo", "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.Path",
            "System.Console", "System.DateTime", "System.DateTimeOffset", "System.Diagnostics.Process", "System.Diagnostics.Stopwatch",
            "System.Net.Http.HttpClient",
        ];

        var referenced = ReferencedTypeNames(Core.Location);
        var offending = referenced.Where(forbidden.Contains).Order(StringComparer.Ordinal).ToArray();

        Assert.Empty(offending);
    }

    private static HashSet<string> ReferencedTypeNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
        {
            var type = md.GetTypeReference(handle);
            names.Add($"{md.GetString(type.Namespace)}.{md.GetString(type.Name)}");
        }

        return names;
    }
}
