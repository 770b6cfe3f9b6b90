using System.Runtime.InteropServices;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Hands freed native memory back to the operating system. glibc keeps freed blocks for reuse once its dynamic
/// mmap threshold has grown (which the runtime's own allocations cause), so without a trim the accumulator's freed
/// chunks would stay resident while the panel's columns are allocated on the GC heap beside them.
/// </summary>
internal static partial class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Trims the C heap (glibc <c>malloc_trim</c>); does nothing where there is no such call.</summary>
    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries give memory back on free; nothing to trim.
            _unavailable = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
