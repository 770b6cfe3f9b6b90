using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The orders <see cref="NearestNeighbourMatcher"/> works in: block keys numbered, treated units by descending score
/// (equal scores in data order, as a stable sort leaves them), and each block's controls by ascending score (equal
/// scores in data order) in a <see cref="SortedControlPool"/>. One radix sort of all controls serves every block.
/// </summary>
internal static class MatchingOrder
{
    // Block keys numbered in order of first appearance (ordinal equality).
    public static (int[] Ids, int Count) BlockIds(IReadOnlyList<string> blocks)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[blocks.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!numbers.TryGetValue(blocks[i], out ids[i]))
            {
                numbers[blocks[i]] = ids[i] = numbers.Count;
            }
        }

        return (ids, numbers.Count);
    }

    // Treated rows in descending score, equal scores in data order (a stable sort's order).
    public static int[] Treated(double[] scores, bool[] treated)
    {
        var count = 0;
        foreach (var t in treated)
        {
            count += t ? 1 : 0;
        }

        var rows = new int[count];
        var keys = new ulong[count];
        for (int i = 0, k = 0; i < scores.Length; i++)
        {
            if (treated[i])
            {
                rows[k] = i;
                keys[k++] = ~ValueSort.Key(scores[i]);
            }
        }

        ValueSort.Sort(keys, rows, count, new ulong[count], new int[count]);
        return rows;
    }

    // One pool per block with controls (null for a block without): all controls sorted once by score (equal scores in
    // data order), then dealt to their blocks in that order, so every block's controls arrive sorted.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SortedControlPool?[] Pools(double[] scores, bool[] treated, int[]? blocks, int blockCount)
    {
        var count = 0;
        var perBlock = new int[blockCount + 1];
        for (var i = 0; i < scores.Length; i++)
        {
            if (!treated[i])
            {
                count++;
                perBlock[(blocks is null ? 0 : blocks[i]) + 1]++;
            }
        }

        var rows = GC.AllocateUninitializedArray<int>(count);
        var keys = GC.AllocateUninitializedArray<ulong>(count);
        for (int i = 0, k = 0; i < scores.Length; i++)
        {
            if (!treated[i])
            {
                rows[k] = i;
                keys[k++] = ValueSort.Key(scores[i]);
            }
        }

        ValueSort.Sort(keys, rows, count, GC.AllocateUninitializedArray<ulong>(count), GC.AllocateUninitializedArray<int>(count));
        for (var b = 0; b < blockCount; b++)
        {
            perBlock[b + 1] += perBlock[b];
        }

        var start = (int[])perBlock.Clone();
        var dealt = GC.AllocateUninitializedArray<int>(count);
        foreach (var row in rows)
        {
            dealt[start[blocks is null ? 0 : blocks[row]]++] = row;
        }

        var pools = new SortedControlPool?[blockCount];
        for (var b = 0; b < blockCount; b++)
        {
            if (perBlock[b + 1] > perBlock[b])
            {
                pools[b] = new SortedControlPool(dealt.AsSpan(perBlock[b], perBlock[b + 1] - perBlock[b]), scores);
            }
        }

        return pools;
    }
}
