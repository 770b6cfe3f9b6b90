using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The draws R*ₖ(b) = n^(−1/2) Σᵢ Vᵢ(b) ψᵢₖ of the multiplier bootstrap for every cell k and replicate b, and the
/// per-cohort sums n^(−1/2) Σ_{i ∈ cohort} Vᵢ(b) that aggregate draws need besides the cell draws.
/// <para>
/// Mammen's weight takes two values, Vᵢ = L + (H − L)·hᵢ with hᵢ ∈ {0, 1}, so R*ₖ(b) = n^(−1/2) (L Σᵢ ψᵢₖ + (H − L)
/// Σ_{hᵢ = 1} ψᵢₖ). The subset sums are formed eight units at a time ("four Russians"): for each group of eight units
/// a table holds, for a block of eight cells, the 256 sums of ψ over every subset of the group; a replicate's eight
/// h bits form a byte that picks its sum. That is one addition per replicate, group and cell instead of eight
/// multiply-adds, from tables that stay in the cache (four groups per pass, 64 KB). The cohort sums are formed the
/// same way, as further columns after the cells: the indicator of each cohort slot, whose subset sums are the counts
/// of high units (small integers, exact in any order), so Σ_{i ∈ cohort} Vᵢ(b) = L·size + (H − L)·highs costs
/// a block of columns rather than a pass of its own over every replicate's bits.
/// </para>
/// <para>
/// Vᵢ(b) is the same SplitMix64 stream as <see cref="MultiplierBootstrap.FillWeights"/> (unit i's state is the
/// replicate's seed state plus (i + 1) increments, so any range of units can be drawn directly), drawn here slab by
/// slab or taken from <see cref="MultiplierBits"/> drawn once for several estimations. Units are taken in slabs;
/// within a slab threads split the replicates (drawing) and then the blocks of columns (summing); every sum is accumulated in the same unit order whatever the threading, and the additions are
/// element-wise, so the draws are bit-identical for a seed on every machine.
/// </para>
/// </summary>
internal static class MultiplierDraws
{
    private const int Block = 8;
    private const int SlabGroups = 1024;
    private const int Pass = 4;

    /// <param name="psis">Cell influence functions, each over all n units.</param>
    /// <param name="unitCohort">Per unit its cohort index, −1 for none; cohort sums are returned at index + 1.</param>
    /// <param name="cohortCount">Number of cohorts.</param>
    /// <param name="settings">Replicates and seed.</param>
    /// <param name="shared">Bits drawn beforehand for these settings and at least n units, or null to draw them here.</param>
    public static (double[][] Cells, double[][] Cohorts) Draw(
        IReadOnlyList<double[]> psis, IReadOnlyList<int> unitCohort, int cohortCount, BootstrapSettings settings, MultiplierBits? shared = null)
    {
        var n = unitCohort.Count;
        var slotOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            slotOf[i] = unitCohort[i] + 1;
        }

        var replicates = settings.Replicates;
        var slots = cohortCount + 1;
        var groups = (n + Block - 1) / Block;
        var cellPsis = psis.ToArray();
        var columns = cellPsis.Length + slots;
        var blocks = (columns + Block - 1) / Block;
        var sums = new double[blocks][];
        for (var j = 0; j < blocks; j++)
        {
            sums[j] = new double[replicates * Block];
        }

        var own = shared is not null && shared.Covers(settings, n) ? null : new byte[Math.Min(SlabGroups, groups) * replicates];
        for (var first = 0; first < groups; first += SlabGroups)
        {
            var count = Math.Min(SlabGroups, groups - first);
            var bits = own ?? shared!.Bits;
            var offset = own is null ? first * replicates : 0;
            if (own is not null)
            {
                MultiplierBits.FillAll(own, settings.Seed, first, count, replicates, n);
            }

            Parallel.For(0, blocks, j => SumSubsets(cellPsis, slotOf, columns, j, first, count, n, replicates, bits, offset, sums[j]));
        }

        var scale = 1.0 / Math.Sqrt(n);
        var low = MultiplierBootstrap.LowWeight;
        var step = MultiplierBootstrap.HighWeight - MultiplierBootstrap.LowWeight;
        var totals = Totals(cellPsis);
        var cells = new double[psis.Count][];
        for (var k = 0; k < cells.Length; k++)
        {
            var total = totals[k];

            var sum = sums[k / Block];
            cells[k] = new double[replicates];
            for (var b = 0; b < replicates; b++)
            {
                cells[k][b] = scale * ((low * total) + (step * sum[(b * Block) + (k % Block)]));
            }
        }

        var size = new int[slots];
        foreach (var c in slotOf)
        {
            size[c]++;
        }

        var cohorts = new double[slots][];
        for (var c = 0; c < slots; c++)
        {
            var k = psis.Count + c;
            var highs = sums[k / Block];
            cohorts[c] = new double[replicates];
            for (var b = 0; b < replicates; b++)
            {
                cohorts[c][b] = scale * ((low * size[c]) + (step * highs[(b * Block) + (k % Block)]));
            }
        }

        return (cells, cohorts);
    }

    // Σᵢ ψᵢₖ per cell, each summed in unit order; four cells per pass over the units (four independent sums).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Totals(double[][] psis)
    {
        var totals = new double[psis.Length];
        var k = 0;
        for (; k + 4 <= psis.Length; k += 4)
        {
            var (a, b, c, d) = (psis[k], psis[k + 1], psis[k + 2], psis[k + 3]);
            if (b.Length != a.Length || c.Length != a.Length || d.Length != a.Length)
            {
                break;
            }

            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (var i = 0; i < a.Length; i++)
            {
                s0 += a[i];
                s1 += b[i];
                s2 += c[i];
                s3 += d[i];
            }

            (totals[k], totals[k + 1], totals[k + 2], totals[k + 3]) = (s0, s1, s2, s3);
        }

        for (; k < psis.Length; k++)
        {
            var total = 0.0;
            foreach (var v in psis[k])
            {
                total += v;
            }

            totals[k] = total;
        }

        return totals;
    }

    // Adds, for the block of columns j (cells, then cohort indicators), the sum of the column over each replicate's
    // high units of the slab to sum[b · 8 + q].
    // Four groups per pass over the replicates: sum += ((table₁[byte₁] + table₂[byte₂]) + table₃[byte₃]) + table₄[byte₄].
    // Each replicate's four bytes are read straight from the four groups' rows of bits (a group past the slab reads a
    // row of zeros and its table, entry 0 only, is 0), and the tables start on a cache line, so a 64-byte entry is
    // one line: the same additions in the same order as gathering the bytes first, at a third of the cost.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumSubsets(double[][] psis, int[] slotOf, int columns, int j, int first, int count, int n, int replicates, byte[] bits, int offset, double[] sum)
    {
        const int TableSize = 256 * Block;
        var width = Math.Min(Block, columns - (j * Block));
        var values = new double[Block * Block];
        var (storage, start) = AlignedTables(Pass * TableSize);
        var tables = storage.AsSpan(start, Pass * TableSize);
        var zeros = new byte[replicates];
        ref var s = ref MemoryMarshal.GetArrayDataReference(sum);
        ref var t = ref tables[0];
        ref var none = ref MemoryMarshal.GetArrayDataReference(zeros);
        for (var g = 0; g < count; g += Pass)
        {
            for (var p = 0; p < Pass; p++)
            {
                if (g + p < count)
                {
                    Table(psis, slotOf, j, width, (first + g + p) * Block, n, values, tables.Slice(p * TableSize, TableSize));
                }
                else
                {
                    tables.Slice(p * TableSize, Block).Clear();
                }
            }

            ref var r0 = ref Row(bits, offset, g, count, replicates, ref none);
            ref var r1 = ref Row(bits, offset, g + 1, count, replicates, ref none);
            ref var r2 = ref Row(bits, offset, g + 2, count, replicates, ref none);
            ref var r3 = ref Row(bits, offset, g + 3, count, replicates, ref none);
            for (var b = 0; b < replicates; b++)
            {
                var a0 = (nuint)(Unsafe.Add(ref r0, b) * Block);
                var a1 = (nuint)(TableSize + (Unsafe.Add(ref r1, b) * Block));
                var a2 = (nuint)((2 * TableSize) + (Unsafe.Add(ref r2, b) * Block));
                var a3 = (nuint)((3 * TableSize) + (Unsafe.Add(ref r3, b) * Block));
                var lo = Vector256<double>.Zero + Vector256.LoadUnsafe(ref t, a0) + Vector256.LoadUnsafe(ref t, a1)
                    + Vector256.LoadUnsafe(ref t, a2) + Vector256.LoadUnsafe(ref t, a3);
                var hi = Vector256<double>.Zero + Vector256.LoadUnsafe(ref t, a0 + 4) + Vector256.LoadUnsafe(ref t, a1 + 4)
                    + Vector256.LoadUnsafe(ref t, a2 + 4) + Vector256.LoadUnsafe(ref t, a3 + 4);
                var to = (nuint)(b * Block);
                (Vector256.LoadUnsafe(ref s, to) + lo).StoreUnsafe(ref s, to);
                (Vector256.LoadUnsafe(ref s, to + 4) + hi).StoreUnsafe(ref s, to + 4);
            }
        }
    }

    // The bits of slab group g for every replicate, or the row of zeros past the slab's last group.
    private static ref byte Row(byte[] bits, int offset, int g, int count, int replicates, ref byte zeros) =>
        ref g < count ? ref bits[offset + (g * replicates)] : ref zeros;

    // Room for `length` doubles starting on a 64-byte boundary: an array on the pinned heap (it never moves) and the
    // index of its first aligned element.
    private static (double[] Storage, int Start) AlignedTables(int length)
    {
        var storage = GC.AllocateArray<double>(length + Block, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(storage, 0);
        var start = (int)(((64 - (address & 63)) & 63) / sizeof(double));
        return (storage, start);
    }

    // table[m] = Σ of the eight columns of block j over the units of the group whose bit is set in m, built as
    // table[m without its lowest bit] + the value of that bit's unit. Column k is cell k's ψ, or past the cells the
    // indicator (1 or 0) of the unit's cohort slot k − cells. Units past n and columns past the last count as 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Table(double[][] psis, int[] slotOf, int j, int width, int unit, int n, double[] values, Span<double> table)
    {
        var units = Math.Min(Block, n - unit);
        for (var q = 0; q < Block; q++)
        {
            var k = (j * Block) + q;
            if (q >= width)
            {
                for (var u = 0; u < Block; u++)
                {
                    values[(u * Block) + q] = 0.0;
                }
            }
            else if (k < psis.Length)
            {
                var psi = psis[k];
                for (var u = 0; u < Block; u++)
                {
                    values[(u * Block) + q] = u < units ? psi[unit + u] : 0.0;
                }
            }
            else
            {
                var slot = k - psis.Length;
                for (var u = 0; u < Block; u++)
                {
                    values[(u * Block) + q] = u < units && slotOf[unit + u] == slot ? 1.0 : 0.0;
                }
            }
        }

        // Element-wise additions four lanes at a time: the same sums as one cell at a time.
        ref var t = ref MemoryMarshal.GetReference(table);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        for (var m = 1; m < 256; m++)
        {
            var to = (nuint)(m * Block);
            var from = (nuint)((m & (m - 1)) * Block);
            var add = (nuint)(BitOperations.TrailingZeroCount(m) * Block);
            (Vector256.LoadUnsafe(ref t, from) + Vector256.LoadUnsafe(ref v, add)).StoreUnsafe(ref t, to);
            (Vector256.LoadUnsafe(ref t, from + 4) + Vector256.LoadUnsafe(ref v, add + 4)).StoreUnsafe(ref t, to + 4);
        }
    }
}
