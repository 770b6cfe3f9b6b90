using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Notebooks;

/// <summary>
/// Finds the repository root (the folder holding ImpactAnalytics.sln) whatever the working directory, so that
/// <c>dotnet run notebooks/01-quickstart.cs</c> works from the root, from notebooks/ or from anywhere else.
/// </summary>
public static class Repository
{
    /// <summary>
    /// The root: the first folder with ImpactAnalytics.sln at or above the working directory, else at or above the
    /// calling source file (a file-based app runs from a build folder, but its source path is known at compile time).
    /// </summary>
    public static string Root([CallerFilePath] string callerFile = "") =>
        FindAbove(Environment.CurrentDirectory)
        ?? FindAbove(Path.GetDirectoryName(callerFile))
        ?? throw new InvalidOperationException(
            $"repository root (ImpactAnalytics.sln) not found above '{Environment.CurrentDirectory}' or '{callerFile}'");

    /// <summary>The sample study file, data/sample/study.yaml.</summary>
    public static string SampleStudy(string root) => Path.Combine(root, "data", "sample", "study.yaml");

    /// <summary>The sample's ground truth, data/sample/truth.json (the planted effect).</summary>
    public static string SampleTruth(string root) => Path.Combine(root, "data", "sample", "truth.json");

    /// <summary>The output folder of one notebook, out/notebooks/&lt;name&gt;/ (git-ignored), created if need be.</summary>
    public static string OutputFolder(string root, string notebook)
    {
        var folder = Path.Combine(root, "out", "notebooks", notebook);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? FindAbove(string? start)
    {
        for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ImpactAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
