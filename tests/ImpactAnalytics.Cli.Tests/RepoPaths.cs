namespace ImpactAnalytics.Cli.Tests;

/// <summary>Finds the repository's files from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleStudy => Path.Combine(Root, "data", "sample", "study.yaml");

    /// <summary>Copies the sample study and its data into <paramref name="dir"/> (NACE folder pointed back at the repo).</summary>
    public static string CopySample(string dir)
    {
        var sample = Path.Combine(Root, "data", "sample");
        foreach (var file in Directory.GetFiles(sample))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        }

        var study = Path.Combine(dir, "study.yaml");
        var text = File.ReadAllText(study).Replace(
            "inputs:", $"inputs:\n  nace_folder: {Path.Combine(Root, "data", "nace")}", StringComparison.Ordinal);
        File.WriteAllText(study, text);
        return study;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ImpactAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (ImpactAnalytics.sln) not found above " + AppContext.BaseDirectory);
    }
}
