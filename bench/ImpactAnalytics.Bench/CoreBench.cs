using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Times <see cref="Evaluation.Run"/> (METHODS defaults, 2,000 bootstrap replicates) on a generated population of
/// 100,000 firms × 10 years, then once more without the bootstrap to show its share (it scales with members ×
/// replicates, not with firm-years). Reports the peak working set before and after, and the bytes allocated.
/// </summary>
public static class CoreBench
{
    public static int Run(int firms = 100_000)
    {
        var inv = CultureInfo.InvariantCulture;
        var build = Stopwatch.StartNew();
        var panel = PopulationGenerator.BuildPanel(new PopulationSettings(firms, 2014, 2023, 20240501)).Panel;
        build.Stop();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var run = Stopwatch.StartNew();
        var result = Evaluation.Run(panel, new EvaluationSettings());
        run.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peakAfter = process.PeakWorkingSet64;

        var noBootstrap = Stopwatch.StartNew();
        Evaluation.Run(panel, new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 0 } });
        noBootstrap.Stop();

        Console.WriteLine(string.Create(inv, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        Console.WriteLine(string.Create(inv, $"input: {panel.FirmCount:N0} firms, {panel.RowCount:N0} firm-years, {panel.Memberships.Length:N0} spells (generated in {build.Elapsed.TotalSeconds:F1} s)"));
        Console.WriteLine(string.Create(inv, $"core: Evaluation.Run {run.Elapsed.TotalSeconds:F2} s (first call, JIT included); allocated {allocated / 1048576.0:F0} MiB"));
        Console.WriteLine(string.Create(inv, $"core without bootstrap: {noBootstrap.Elapsed.TotalSeconds:F2} s (second call)"));
        Console.WriteLine(string.Create(inv, $"peak working set: {peakBefore / 1048576.0:F0} MiB before the run, {peakAfter / 1048576.0:F0} MiB after"));
        Console.WriteLine(string.Create(inv, $"output: {result.Benchmarks.Length:N0} benchmark cells, {result.MemberDeltas.Length:N0} member deltas, {result.ClusterYears.Length} cluster-years, {result.Suppressions.Length} suppressed cells"));
        return 0;
    }
}
