namespace ImpactAnalytics.Ingestion.Tests.Nace;

/// <summary>Paths of the repository's own data, found by walking up from the test assembly to the solution file.</summary>
internal static class RepositoryData
{
    public static string Root { get; } = FindRoot();

    public static string NaceFolder => Path.Combine(Root, "data", "nace");

    public static string SampleFolder => Path.Combine(Root, "data", "sample");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ImpactAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no ImpactAnalytics.sln above {AppContext.BaseDirectory}");
    }
}
