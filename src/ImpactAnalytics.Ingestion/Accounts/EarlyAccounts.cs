using ImpactAnalytics.Ingestion.Text;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// A gzip long-form accounts file opened before the register is read, so that its decompression — a core's worth of
/// work that cannot be split — starts while the register is read on the other core, into a burst of up to
/// <see cref="BurstBlocks"/> MiB that the parse then consumes first (and lets go). Anything unusual (no such file, a
/// folder, JSON, a plain file, a file that cannot be opened) starts nothing: the accounts are then opened as before,
/// and any problem is reported there, in its usual place among the issues.
/// </summary>
internal sealed class EarlyAccounts : IDisposable
{
    /// <summary>
    /// At most this many MiB decompressed ahead: about the register's reading time at 500,000 firms, and gone (read
    /// and collected) in the first seconds of the parse, long before the accounts' firm-years reach their peak.
    /// </summary>
    public const int BurstBlocks = 512;

    private InputStream? _input;

    private EarlyAccounts(InputStream? input) => _input = input;

    /// <summary>Starts decompressing the study's long-form accounts file when it is gzip; otherwise starts nothing.</summary>
    public static EarlyAccounts Start(InputFiles inputs)
    {
        if (inputs.Accounts is not { } path || Directory.Exists(path) || !File.Exists(path)
            || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new EarlyAccounts(null);
        }

        try
        {
            var input = InputProbe.Open(path, BurstBlocks);
            if (input.IsGzip)
            {
                return new EarlyAccounts(input);
            }

            input.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Opened again, and the problem reported, when the accounts are read.
        }

        return new EarlyAccounts(null);
    }

    /// <summary>The opened file, handed over once (null afterwards, or when nothing was started).</summary>
    public InputStream? Take()
    {
        var input = _input;
        _input = null;
        return input;
    }

    /// <summary>Stops the decompression when the accounts were never read (the run failed before them).</summary>
    public void Dispose() => Take()?.Dispose();
}
