using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Studies;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Times <see cref="Evaluation.Run(ImpactAnalytics.Core.Panel.FirmPanel, EvaluationSettings)"/> (METHODS defaults, 2,000 bootstrap replicates) on a generated population of
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

    /// <summary>
    /// Times <see cref="Evaluation.Run(ImpactAnalytics.Core.Panel.FirmPanel, EvaluationSettings)"/> on a study's panel read from the panel cache beside
    /// <paramref name="outFolder"/> (as <c>impact run --out</c> would), with the study's own settings. Memory: the
    /// resident set before the run (panel only, after a full compacting collection), then the peak resident set during
    /// the run (VmHWM reset just before it, Linux), their difference ("added"), the bytes allocated and the live heap
    /// the result keeps.
    /// </summary>
    public static int RunStudy(string studyPath, string outFolder)
    {
        var inv = CultureInfo.InvariantCulture;
        var loaded = StudyFile.Load(studyPath);
        if (loaded.Study is not { } study)
        {
            Console.Error.WriteLine("cannot load " + studyPath);
            return 1;
        }

        var nace = NaceClassifications.Load(study.Inputs.NaceFolder);
        var options = new IngestOptions { FirstYear = study.Years.First, LastYear = study.Years.Last, NaceClassifications = nace };
        var cacheFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outFolder)) ?? ".", ".cache");
        var cached = Ingest.RunCached(study.Inputs, options, cacheFolder);
        var panel = cached.Result.Panel;
        var settings = new EvaluationSettings
        {
            FirstYear = study.Years.First,
            LastYear = study.Years.Last,
            Measures = study.Measures,
            Benchmark = study.Benchmark,
            Disclosure = study.Disclosure,
            Bootstrap = study.Bootstrap,
        };
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var residentBefore = ResidentNowMiB();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        ResetPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        var result = Evaluation.Run(panel, settings);
        run.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = PeakMemory.ResidentMiB();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(inv, $"input: {panel.FirmCount:N0} firms, {panel.RowCount:N0} firm-years (cache hit: {cached.CacheHit}); load {PeakMemory.LoadAverage()}"));
        Console.WriteLine(string.Create(inv, $"Evaluation.Run: {run.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU; allocated {allocated / 1048576.0:F0} MiB"));
        Console.WriteLine(string.Create(inv, $"resident: {residentBefore:F0} MiB before, peak {peak:F0} MiB during, added {peak - residentBefore:F0} MiB"));
        Console.WriteLine(string.Create(inv, $"live heap: {heapBefore / 1048576.0:F0} MiB before, {heapAfter / 1048576.0:F0} MiB after (the result keeps {(heapAfter - heapBefore) / 1048576.0:F0} MiB)"));
        Console.WriteLine(string.Create(inv, $"output: {result.Benchmarks.Length:N0} benchmark cells, {result.MemberDeltas.Length:N0} member deltas, {result.ClusterYears.Length} cluster-years, {result.Suppressions.Length} suppressed cells"));
        GC.KeepAlive(panel);
        return 0;
    }

    private static double ResidentNowMiB()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    // Writing 5 to clear_refs resets VmHWM to the current resident set (Linux ≥ 4.0).
    private static void ResetPeak()
    {
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }
}
