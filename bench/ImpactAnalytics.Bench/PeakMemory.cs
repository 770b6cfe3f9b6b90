namespace ImpactAnalytics.Bench;

/// <summary>The process's peak resident set (VmHWM, Linux) and the machine's load average.</summary>
public static class PeakMemory
{
    /// <summary>VmHWM in MiB from /proc/self/status; the .NET peak working set where /proc is missing.</summary>
    public static double ResidentMiB()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    return kib / 1024.0;
                }
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>The 1-minute load average, or "?" where /proc/loadavg is missing.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
