using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Ingestion;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Ingests a sample folder written by <c>impact sample</c> (register.csv, memberships.csv, accounts.csv.gz) once,
/// in this process, and prints rows, firm-years, wall and CPU seconds, allocations and the peak resident set
/// (VmHWM). Run one size per process so the peak belongs to that size. Usage: <c>scale &lt;folder&gt;</c>.
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
        var result = Ingest.Run(inputs, new IngestOptions());
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var rows = result.Files.Sum(f => f.RowsRead);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folder}: {rows:N0} rows, {result.Panel.FirmCount:N0} firms, {result.Panel.RowCount:N0} firm-years, {result.Issues.Count} issues; " +
            $"{seconds:N2} s wall ({rows / seconds / 1e6:N2} M rows/s), CPU {cpuSeconds:N2} s; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MiB; " +
            $"peak {PeakMemory.ResidentMiB():N0} MiB; load {PeakMemory.LoadAverage()}"));
        return 0;
    }
}
