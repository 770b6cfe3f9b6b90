using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Moves one rubric's values from the accumulator's slots (file order) to the builder's rows (panel order). Written
/// straight to their rows, the values would land all over a column of tens of megabytes, a cache and TLB miss for
/// nearly every firm; instead they are first partitioned by row range (a few hundred kilobytes of column each),
/// read sequentially slot by slot, and then written range by range, where the writes stay in the cache. Each row
/// gets its one value whatever the order, so the result is the same as writing them one by one.
/// </summary>
/// <remarks>
/// Two halves of the slots are partitioned side by side into buffers of their own, then the row ranges are split
/// between the two threads (different rows: different elements of the column and different presence words). The
/// buffers (12 bytes per slot) are kept for the next rubric.
/// </remarks>
internal sealed class RowScatter
{
    private const int MinShift = 10;
    private readonly int _firstRow;
    private readonly int[] _rowOf;
    private readonly int _shift;
    private readonly int _buckets;
    private readonly Half[] _halves;

    /// <param name="rowOf">Per slot its builder row (from <paramref name="firstRow"/> on), or −1 when it has no values.</param>
    /// <param name="firstRow">The builder row of the first firm-year moved.</param>
    /// <param name="rows">Number of rows the slots map to.</param>
    /// <param name="parallel">Whether to use two threads.</param>
    public RowScatter(int[] rowOf, int firstRow, int rows, bool parallel)
    {
        _rowOf = rowOf;
        _firstRow = firstRow;
        var bits = rows <= 1 ? 1 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(rows - 1));
        _shift = Math.Max(MinShift, bits - 7);
        _buckets = ((rows - 1) >> _shift) + 1;
        var count = rowOf.Length;
        var half = parallel ? Math.Min(count, ((count / 2) + ChunkedArray<double>.ChunkSize - 1) & ~(ChunkedArray<double>.ChunkSize - 1)) : count;
        _halves = half < count
            ? [new Half(0, half, _buckets), new Half(half, count, _buckets)]
            : [new Half(0, count, _buckets)];
    }

    /// <summary>Hands every value of <paramref name="rubric"/> to its row, annualised by 12/months when it is a flow.</summary>
    public void Move(
        FirmPanelBuilder builder, Rubric rubric, ChunkedArray<double> values, ChunkedArray<uint> present, ChunkedArray<byte> months)
    {
        var annualised = RubricKinds.IsAnnualised(rubric);
        var bit = 1u << (int)rubric;
        if (_halves.Length == 1)
        {
            _halves[0].Partition(this, values, present, months, bit, annualised);
            Write(builder, rubric, 0, _buckets);
            return;
        }

        System.Threading.Tasks.Parallel.Invoke(
            () => _halves[0].Partition(this, values, present, months, bit, annualised),
            () => _halves[1].Partition(this, values, present, months, bit, annualised));

        // The builder makes the rubric's column at its first value: make it here, before the threads share it.
        foreach (var h in _halves)
        {
            if (h.Start[_buckets] > 0)
            {
                builder.SetValues(rubric, h.Rows.AsSpan(0, 1), h.Values.AsSpan(0, 1));
                break;
            }
        }

        var middle = _buckets / 2;
        System.Threading.Tasks.Parallel.Invoke(
            () => Write(builder, rubric, 0, middle),
            () => Write(builder, rubric, middle, _buckets));
    }

    private void Write(FirmPanelBuilder builder, Rubric rubric, int from, int to)
    {
        for (var b = from; b < to; b++)
        {
            foreach (var h in _halves)
            {
                var start = h.Start[b];
                var length = h.Start[b + 1] - start;
                builder.SetValues(rubric, h.Rows.AsSpan(start, length), h.Values.AsSpan(start, length));
            }
        }
    }

    /// <summary>A range of slots and its values partitioned by row range: bucket b is Rows/Values[Start[b] .. Start[b + 1]).</summary>
    private sealed class Half(int from, int to, int buckets)
    {
        // Written before read (only the placed prefix is read): no need to clear them first.
        public int[] Rows { get; } = GC.AllocateUninitializedArray<int>(to - from);

        public double[] Values { get; } = GC.AllocateUninitializedArray<double>(to - from);

        public int[] Start { get; } = new int[buckets + 1];

        public void Partition(RowScatter owner, ChunkedArray<double> values, ChunkedArray<uint> present, ChunkedArray<byte> months, uint bit, bool annualised)
        {
            var start = Start;
            Array.Clear(start);
            // The rubric's values stop at its last slot: later chunks may not exist, and hold none of its values.
            var end = Math.Min(to, values.Capacity);
            const int Size = ChunkedArray<double>.ChunkSize;
            for (var slot = from; slot < end; slot = (slot & ~(Size - 1)) + Size)
            {
                var chunk = slot >> ChunkedArray<double>.Shift;
                var lo = slot & (Size - 1);
                var hi = Math.Min(Size, lo + (end - slot));
                Count(present.Chunk(chunk)[lo..hi], owner._rowOf.AsSpan(slot, hi - lo), bit, owner._firstRow, owner._shift, start);
            }

            for (var b = 1; b < start.Length; b++)
            {
                start[b] += start[b - 1];
            }

            var next = start[..^1];
            for (var slot = from; slot < end; slot = (slot & ~(Size - 1)) + Size)
            {
                var chunk = slot >> ChunkedArray<double>.Shift;
                var lo = slot & (Size - 1);
                var hi = Math.Min(Size, lo + (end - slot));
                Place(
                    present.Chunk(chunk)[lo..hi], months.Chunk(chunk)[lo..hi], values.Chunk(chunk)[lo..hi], owner._rowOf.AsSpan(slot, hi - lo),
                    bit, annualised, owner._firstRow, owner._shift, next, Rows, Values);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Count(ReadOnlySpan<uint> present, ReadOnlySpan<int> rowOf, uint bit, int firstRow, int shift, int[] start)
        {
            for (var i = 0; i < present.Length; i++)
            {
                if ((present[i] & bit) != 0)
                {
                    start[((rowOf[i] - firstRow) >> shift) + 1]++;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Place(
            ReadOnlySpan<uint> present, ReadOnlySpan<byte> months, ReadOnlySpan<double> values, ReadOnlySpan<int> rowOf, uint bit, bool annualised,
            int firstRow, int shift, int[] next, int[] rows, double[] picked)
        {
            for (var i = 0; i < present.Length; i++)
            {
                if ((present[i] & bit) != 0)
                {
                    var row = rowOf[i];
                    var at = next[(row - firstRow) >> shift]++;
                    var value = values[i];
                    rows[at] = row;
                    picked[at] = months[i] != 12 && annualised ? value * (12.0 / months[i]) : value;
                }
            }
        }
    }
}
