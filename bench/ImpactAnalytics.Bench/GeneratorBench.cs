using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Throughput of the synthetic population generator: 100,000 firms × 10 years by default, first generated in
/// memory-constant streaming (no I/O), then written as the four sample files to a temporary folder.
/// </summary>
public static class GeneratorBench
{
    public static int Run(string[] args)
    {
        var firms = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var settings = new PopulationSettings(firms, 2014, 2023, 20240501);
        Print($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Print($"input: {settings.Firms:N0} firms x {settings.LastYear - settings.FirstYear + 1} years ({settings.FirstYear}-{settings.LastYear}), seed {settings.Seed}");

        // Warm-up so JIT time is not counted.
        _ = new PopulationGenerator(settings with { Firms = 2000 }).Firms().Sum(f => f.Years.Count);

        var watch = Stopwatch.StartNew();
        long firmYears = 0;
        long values = 0;
        foreach (var firm in new PopulationGenerator(settings).Firms())
        {
            firmYears += firm.Years.Count;
            foreach (var year in firm.Years)
            {
                values += year.Values.Count;
            }
        }

        var generate = watch.Elapsed.TotalSeconds;
        Print($"generate (no I/O): {generate:F2} s, {firms / generate:N0} firms/s, {firmYears:N0} firm-years, {values:N0} account values");

        var folder = Path.Combine(Path.GetTempPath(), $"impact-bench-generator-{Environment.ProcessId}");
        try
        {
            watch.Restart();
            SampleWriter.Write(settings, folder);
            var write = watch.Elapsed.TotalSeconds;
            var bytes = SampleWriter.Files.Sum(f => new FileInfo(Path.Combine(folder, f)).Length);
            Print($"generate + write files: {write:F2} s, {firms / write:N0} firms/s, {bytes / 1e6:F1} MB written");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        using var process = Process.GetCurrentProcess();
        Print($"peak working set: {process.PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
