namespace ImpactAnalytics.Ingestion.Tests.Studies;

/// <summary>
/// A throw-away repository-like folder: <c>data/nace/</c> at its root and the study file with its input files in
/// <c>studies/</c>, so the NACE folder is found by walking up.
/// </summary>
internal sealed class StudyFolder : IDisposable
{
    public StudyFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "ia-study-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "data", "nace"));
        Studies = Directory.CreateDirectory(Path.Combine(Root, "studies")).FullName;
        foreach (var file in new[] { "accounts.csv.gz", "register.csv", "memberships.csv", "firms.csv", "eurostat.json" })
        {
            File.WriteAllText(Path.Combine(Studies, file), "x");
        }
    }

    public string Root { get; }

    public string Studies { get; }

    public string NaceFolder => Path.Combine(Root, "data", "nace");

    /// <summary>The smallest valid study: only the required keys.</summary>
    public static string Minimal => """
        name: test
        years: 2014-2023
        inputs:
          accounts: accounts.csv.gz
          register: register.csv
          memberships: memberships.csv
        """;

    /// <summary>Writes <paramref name="yaml"/> as <c>studies/study.yaml</c> and returns its path.</summary>
    public string Write(string yaml, string name = "study.yaml")
    {
        var path = Path.Combine(Studies, name);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
