using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// One block of whole long-form records and what a parse worker made of it: the valid rows in file order, the
/// events for the log (interleaved with the rows by <see cref="LongFormEvent.Before"/>), the skipped rows and the
/// count of records. Blocks are reused: the pivot hands a block back once it has replayed it.
/// </summary>
internal sealed class LongFormBlock : IDisposable
{
    private LongFormRow[] _rows = new LongFormRow[8192];

    /// <summary>The block's bytes: records [0, <see cref="Count"/>).</summary>
    public byte[] Buffer = [];

    public int Count;

    /// <summary>Physical line of the block's first byte.</summary>
    public long FirstLine;

    /// <summary>Position of the block in the file (0, 1, …).</summary>
    public long Sequence;

    public int RowCount;

    /// <summary>Records read (valid or not).</summary>
    public long Records;

    /// <summary>Line of the block's last record; 0 when it has none.</summary>
    public long LastLine;

    public SkipSummary Skips = new(2 * SkipSummary.Examples);

    /// <summary>A programmer error of the worker, rethrown by the pivot.</summary>
    public Exception? Failure;

    public List<LongFormEvent> Events { get; } = [];

    /// <summary>Set by the worker when the block is parsed.</summary>
    public ManualResetEventSlim Parsed { get; } = new(false);

    public ReadOnlySpan<LongFormRow> Rows => _rows.AsSpan(0, RowCount);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref LongFormRow AddRow()
    {
        if (RowCount == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        return ref _rows[RowCount++];
    }

    /// <summary>Empties the block's results for the next use (its buffer is kept).</summary>
    public void Clear()
    {
        Count = 0;
        RowCount = 0;
        Records = 0;
        LastLine = 0;
        Skips = new SkipSummary(2 * SkipSummary.Examples);
        Failure = null;
        Events.Clear();
        Parsed.Reset();
    }

    public void Dispose() => Parsed.Dispose();
}
