using System.Globalization;
using ImpactAnalytics.Simulation.Firms;
using ImpactAnalytics.Simulation.Output;

namespace ImpactAnalytics.Simulation;

/// <summary>
/// Writes a synthetic population as the four files a study reads: <c>accounts.csv.gz</c> (long form:
/// enterprise_number, year, scheme, code, value), <c>register.csv</c> (enterprise_number, name, nace,
/// nace_version, region, founded), <c>memberships.csv</c> (enterprise_number, cluster, start_year, end_year; an
/// empty end_year means still a member) and <c>truth.json</c> (the planted effect, seed, generator version).
/// </summary>
/// <remarks>
/// Files are written to a staging folder beside (or inside) the target and moved into place only when all four
/// are complete, so a failure leaves nothing partial. Other files in an existing target folder are left alone.
/// Firms stream through: memory does not grow with the number of firms.
/// </remarks>
public static class SampleWriter
{
    public const string AccountsFile = "accounts.csv.gz";
    public const string RegisterFile = "register.csv";
    public const string MembershipsFile = "memberships.csv";
    public const string TruthFile = "truth.json";

    private static int _staging;

    /// <summary>The four file names, in the order they are moved into place.</summary>
    public static IReadOnlyList<string> Files { get; } = [RegisterFile, AccountsFile, MembershipsFile, TruthFile];

    /// <summary>Generates and writes the population; returns its ground truth.</summary>
    /// <param name="settings">What to generate.</param>
    /// <param name="directory">Target folder; created when missing (with its parents).</param>
    /// <param name="firmsDone">Called after each firm with the number written so far (for progress lines).</param>
    /// <exception cref="ArgumentException">When the settings are invalid.</exception>
    /// <exception cref="IOException">When the folder cannot be written (nothing is left behind).</exception>
    /// <exception cref="UnauthorizedAccessException">When the folder may not be written (nothing is left behind).</exception>
    public static GroundTruth Write(PopulationSettings settings, string directory, Action<int>? firmsDone = null)
    {
        var generator = new PopulationGenerator(settings);
        var target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new IOException($"'{directory}' is a file, not a folder");
        }

        var staging = Path.Combine(
            NearestExistingFolder(target),
            string.Create(CultureInfo.InvariantCulture, $".impact-sample-{Environment.ProcessId}-{Interlocked.Increment(ref _staging)}"));
        Directory.CreateDirectory(staging);
        try
        {
            var truth = new GroundTruthBuilder(settings);
            using (var files = new PopulationFiles(staging))
            {
                var done = 0;
                foreach (var firm in generator.Firms())
                {
                    files.Write(firm);
                    truth.Add(firm);
                    firmsDone?.Invoke(++done);
                }
            }

            var result = truth.Build();
            TruthJson.Write(result, Path.Combine(staging, TruthFile));
            Commit(staging, target);
            return result;
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static void Commit(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            foreach (var name in Files)
            {
                File.Move(Path.Combine(staging, name), Path.Combine(target, name), overwrite: true);
            }

            Directory.Delete(staging);
            return;
        }

        if (Path.GetDirectoryName(target) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        Directory.Move(staging, target);
    }

    private static string NearestExistingFolder(string path)
    {
        var folder = path;
        while (!Directory.Exists(folder))
        {
            if (File.Exists(folder))
            {
                throw new IOException($"'{folder}' is a file, not a folder");
            }

            folder = Path.GetDirectoryName(folder) ?? throw new IOException($"no existing folder above '{path}'");
        }

        return folder;
    }
}
