using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>Exact-matching blocks as numbers rather than joined text keys.</summary>
internal static class ExactBlocks
{
    /// <summary>
    /// The exact-matching block of each row, numbered 0 … Count − 1 (in no particular order): rows share a block
    /// exactly when their <see cref="CovariateDesign.ExactKeys"/> are equal (numbers compared by their round-trip
    /// text, i.e. bit for bit; categories ordinally), without building the keys. Only a category holding the key
    /// separator falls back to the keys (joined keys of different columns could then coincide).
    /// </summary>
    public static (int[] Ids, int Count) Number(CovariateTable table, IReadOnlyList<string> columns)
    {
        var ids = new int[table.RowCount];
        var count = 1;
        foreach (var column in columns)
        {
            var (levels, levelCount) = table.IsNumeric(column) ? NumericLevels(table, column) : CategoricalLevels(table, column);
            if (levels is null)
            {
                return NumberKeys(CovariateDesign.ExactKeys(table, columns));
            }

            ids = Combine(ids, count, levels, levelCount, out count);
        }

        return (ids, count);
    }

    private static (int[]? Levels, int Count) NumericLevels(CovariateTable table, string column)
    {
        var values = table.NumericArray(column);
        var numbers = new Dictionary<long, int>();
        var levels = new int[values.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            var bits = BitConverter.DoubleToInt64Bits(values[i]);
            if (!numbers.TryGetValue(bits, out levels[i]))
            {
                numbers[bits] = levels[i] = numbers.Count;
            }
        }

        return (levels, numbers.Count);
    }

    // Levels by ordinal equality; the same string instance (as a table of shared strings repeats) is looked up by
    // reference first (a small direct-mapped cache, then a dictionary). Null when a level contains the key separator
    // (keys could then coincide across columns).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[]? Levels, int Count) CategoricalLevels(CovariateTable table, string column)
    {
        var values = table.Categorical(column);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var recent = new (string? Value, int Level)[64];
        var levels = new int[values.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            var value = values[i];
            ref var slot = ref recent[RuntimeHelpers.GetHashCode(value) & (recent.Length - 1)];
            if (ReferenceEquals(slot.Value, value))
            {
                levels[i] = slot.Level;
                continue;
            }

            if (byReference.TryGetValue(value, out levels[i]))
            {
                slot = (value, levels[i]);
                continue;
            }

            if (!byText.TryGetValue(value, out levels[i]))
            {
                if (value.Contains(CovariateDesign.KeySeparator, StringComparison.Ordinal))
                {
                    return (null, 0);
                }

                byText[value] = levels[i] = byText.Count;
            }

            byReference[value] = levels[i];
        }

        return (levels, byText.Count);
    }

    // The pair (block so far, level) numbered densely in order of first appearance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Combine(int[] ids, int count, int[] levels, int levelCount, out int combinedCount)
    {
        var pairs = (long)count * levelCount;
        var combined = new int[ids.Length];
        combinedCount = 0;
        if (pairs <= 1 << 22)
        {
            var number = new int[pairs];
            for (var i = 0; i < ids.Length; i++)
            {
                ref var slot = ref number[(ids[i] * levelCount) + levels[i]];
                if (slot == 0)
                {
                    slot = ++combinedCount;
                }

                combined[i] = slot - 1;
            }

            return combined;
        }

        var numbers = new Dictionary<long, int>();
        for (var i = 0; i < ids.Length; i++)
        {
            var key = ((long)ids[i] * levelCount) + levels[i];
            if (!numbers.TryGetValue(key, out combined[i]))
            {
                numbers[key] = combined[i] = numbers.Count;
            }
        }

        combinedCount = numbers.Count;
        return combined;
    }

    private static (int[] Ids, int Count) NumberKeys(string[] keys)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[keys.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!numbers.TryGetValue(keys[i], out ids[i]))
            {
                numbers[keys[i]] = ids[i] = numbers.Count;
            }
        }

        return (ids, numbers.Count);
    }
}
