using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Ingestion;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Ingests a sample folder written by <c>impact sample</c> (register.csv, memberships.csv, accounts.csv.gz) once,
/// in this process, and prints rows, firm-years, wall and CPU seconds, allocations and the peak resident set
/// (VmHWM). Run one size per process so the peak belongs to that size. With a cache folder it goes through
/// <see cref="Ingest.RunCached"/> and says whether the cache was hit (run twice: the first run writes the entry).
/// Usage: <c>scale &lt;folder&gt; [cache folder]</c>.
/// </summary>
public static class ScaleBench
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine("out", "peerbench", "firms-100000");
        var inputs = new InputFiles
        {
            Accounts = Path.Combine(folder, "accounts.csv.gz"),
            Register = Path.Combine(folder, "register.csv"),
            Memberships = Path.Combine(folder, "memberships.csv"),
            NaceFolder = folder,
        };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var cache = args.Length > 1 ? args[1] : null;
        var cached = cache is null ? null : Ingest.RunCached(inputs, new IngestOptions(), cache);
        var result = cached?.Result ?? Ingest.Run(inputs, new IngestOptions());
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var rows = result.Files.Sum(f => f.RowsRead);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folder}: {rows:N0} rows, {result.Panel.FirmCount:N0} firms, {result.Panel.RowCount:N0} firm-years, {result.Issues.Count} issues; " +
            $"{seconds:N2} s wall ({rows / seconds / 1e6:N2} M rows/s), CPU {cpuSeconds:N2} s; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MiB; " +
            $"peak {PeakMemory.ResidentMiB():N0} MiB; load {PeakMemory.LoadAverage()}{CacheText(cached)}"));
        return 0;
    }

    private static string CacheText(Ingestion.Cache.CachedIngestion? cached) =>
        cached is null ? string.Empty : $"; cache {(cached.CacheHit ? "hit" : "miss, written")} {cached.Note}";
}
