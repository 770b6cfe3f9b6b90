using System.Globalization;
using System.Runtime.InteropServices;

namespace ImpactAnalytics.PeerBench;

/// <summary>Facts about the machine and the process, read from /proc where there is one.</summary>
internal static class Machine
{
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {TotalMemoryGiB():F0} GiB RAM");

    /// <summary>The process's peak resident set (VmHWM) in MiB.</summary>
    public static double PeakResidentMiB()
    {
        foreach (var line in ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>The 1-minute load average ("?" without /proc).</summary>
    public static string LoadAverage() => ReadLines("/proc/loadavg").FirstOrDefault()?.Split(' ')[0] ?? "?";

    private static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
