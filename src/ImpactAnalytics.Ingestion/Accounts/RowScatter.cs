using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Moves one rubric's values from the accumulator's slots (file order) to the builder's rows (panel order). The
/// rows of a firm are consecutive, and so, nearly always, are its slots (a file gives a firm's years together): the
/// slots fall apart into runs of consecutive slots feeding consecutive rows, a handful per firm. The slots are read
/// front to back, and each run is written as a block straight into the rubric's column, the block a few runs ahead
/// fetched into the cache beforehand. Each row gets its one value whatever the order, so the result is the same as
/// writing them one by one with <see cref="FirmPanelBuilder.SetValues"/>.
/// </summary>
/// <remarks>
/// On two threads the runs are split in two halves of slots (different runs write different rows). Runs never cross
/// a chunk of the accumulator. <see cref="Move"/> writes values only: <see cref="MovePresence"/> marks them present,
/// once for all rubrics.
/// </remarks>
internal sealed unsafe class RowScatter
{
    private const int Mask = ChunkedArray<double>.ChunkSize - 1;
    // How many runs ahead the target block is prefetched.
    private const int Ahead = 8;
    private readonly int[] _runSlot;
    private readonly int[] _runRow;
    private readonly int[] _runLength;
    private readonly int _split;

    /// <param name="order">Per row (from <paramref name="firstRow"/> on) the slot it takes its values from.</param>
    /// <param name="slots">Number of slots (those not in <paramref name="order"/> have no values).</param>
    /// <param name="firstRow">The builder row of the first firm-year moved.</param>
    /// <param name="parallel">Whether to use two threads.</param>
    public RowScatter(int[] order, int slots, int firstRow, bool parallel)
    {
        var rowOf = RowOf(order, slots, firstRow);
        var runs = CountRuns(rowOf);
        _runSlot = GC.AllocateUninitializedArray<int>(runs);
        _runRow = GC.AllocateUninitializedArray<int>(runs);
        _runLength = GC.AllocateUninitializedArray<int>(runs);
        FillRuns(rowOf);
        _split = parallel ? runs / 2 : runs;
    }

    /// <summary>Hands every value of <paramref name="rubric"/> to its row, annualised by 12/months when it is a flow.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When an annualised value is not finite.</exception>
    public void Move(
        FirmPanelBuilder builder, Rubric rubric, ChunkedArray<double> values, ChunkedArray<uint> present, ChunkedArray<byte> months)
    {
        // The builder makes the rubric's column at the first ask: ask here, before the threads share it.
        builder.ColumnStorage(rubric);
        var runs = _runSlot.Length;
        bool finite;
        if (_split == runs)
        {
            finite = Copy(builder, rubric, values, present, months, 0, runs);
        }
        else
        {
            bool first = true, second = true;
            Parallel.Invoke(
                () => first = Copy(builder, rubric, values, present, months, 0, _split),
                () => second = Copy(builder, rubric, values, present, months, _split, runs));
            finite = first && second;
        }

        if (!finite)
        {
            throw new ArgumentOutOfRangeException(nameof(values), "rubric values must be finite");
        }
    }

    /// <summary>
    /// Marks every slot's values present in its row (its presence word, all rubrics at once), on the same threads and
    /// runs as <see cref="Move"/>: once per row instead of once per value.
    /// </summary>
    public void MovePresence(FirmPanelBuilder builder, ChunkedArray<uint> present)
    {
        var runs = _runSlot.Length;
        if (_split == runs)
        {
            CopyPresence(builder, present, 0, runs);
        }
        else
        {
            Parallel.Invoke(() => CopyPresence(builder, present, 0, _split), () => CopyPresence(builder, present, _split, runs));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CopyPresence(FirmPanelBuilder builder, ChunkedArray<uint> present, int from, int to)
    {
        var target = builder.PresenceStorage();
        for (var k = from; k < to; k++)
        {
            var slot = _runSlot[k];
            var source = present.Chunk(slot >> ChunkedArray<uint>.Shift).Slice(slot & Mask, _runLength[k]);
            var row = target.Slice(_runRow[k], source.Length);
            for (var j = 0; j < source.Length; j++)
            {
                row[j] |= source[j];
            }
        }
    }

    // Per slot its row, or -1 (compiled optimised at once: the constructor runs once).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] RowOf(int[] order, int slots, int firstRow)
    {
        var rowOf = GC.AllocateUninitializedArray<int>(slots);
        Array.Fill(rowOf, -1);
        for (var i = 0; i < order.Length; i++)
        {
            rowOf[order[i]] = firstRow + i;
        }

        return rowOf;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsRun(int[] rowOf, int slot) =>
        slot == 0 || (slot & Mask) == 0 || rowOf[slot - 1] < 0 || rowOf[slot] != rowOf[slot - 1] + 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountRuns(int[] rowOf)
    {
        var runs = 0;
        for (var slot = 0; slot < rowOf.Length; slot++)
        {
            runs += rowOf[slot] >= 0 && StartsRun(rowOf, slot) ? 1 : 0;
        }

        return runs;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillRuns(int[] rowOf)
    {
        var k = -1;
        for (var slot = 0; slot < rowOf.Length; slot++)
        {
            if (rowOf[slot] < 0)
            {
                continue;
            }

            if (StartsRun(rowOf, slot))
            {
                k++;
                _runSlot[k] = slot;
                _runRow[k] = rowOf[slot];
                _runLength[k] = 1;
            }
            else
            {
                _runLength[k]++;
            }
        }
    }

    /// <summary>Copies runs [<paramref name="from"/>, <paramref name="to"/>); false when a value came out not finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Copy(
        FirmPanelBuilder builder, Rubric rubric, ChunkedArray<double> values, ChunkedArray<uint> present, ChunkedArray<byte> months,
        int from, int to)
    {
        var column = builder.ColumnStorage(rubric);
        var annualised = RubricKinds.IsAnnualised(rubric);
        var bit = 1u << (int)rubric;
        // The rubric's values stop at its last slot: later chunks may not exist, and hold none of its values.
        var chunks = values.Capacity >> ChunkedArray<double>.Shift;
        var finite = true;
        fixed (double* target = &MemoryMarshal.GetReference(column))
        {
            for (var k = from; k < to; k++)
            {
                var slot = _runSlot[k];
                var chunk = slot >> ChunkedArray<double>.Shift;
                if (chunk >= chunks)
                {
                    // Runs go in slot order: no later run has values of this rubric either.
                    break;
                }

                if (Sse.IsSupported && k + Ahead < to)
                {
                    Sse.Prefetch0(target + _runRow[k + Ahead]);
                }

                var length = _runLength[k];
                var lo = slot & Mask;
                var source = values.Chunk(chunk).Slice(lo, length);
                var bits = present.Chunk(chunk).Slice(lo, length);
                var lengths = months.Chunk(chunk).Slice(lo, length);
                var row = target + _runRow[k];
                for (var j = 0; j < source.Length; j++)
                {
                    if ((bits[j] & bit) != 0)
                    {
                        var value = lengths[j] != 12 && annualised ? source[j] * (12.0 / lengths[j]) : source[j];
                        finite &= double.IsFinite(value);
                        row[j] = value;
                    }
                }
            }
        }

        return finite;
    }
}
