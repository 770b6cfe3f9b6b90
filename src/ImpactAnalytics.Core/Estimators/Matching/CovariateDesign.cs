using System.Globalization;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The covariates as numeric columns. Model columns (propensity model, regression adjustment): numeric columns as
/// they are, a categorical column as one 0/1 dummy per level except the first in ordinal order (the reference).
/// Balance columns: the same, but with a dummy for every level, as MatchIt's balance table shows them.
/// </summary>
internal sealed class CovariateDesign
{
    private const char KeySeparator = '\u001f';

    private CovariateDesign(List<(string Name, double[] Values)> model, List<(string Name, double[] Values)> balance)
    {
        ModelNames = [.. model.Select(c => c.Name)];
        ModelColumns = [.. model.Select(c => c.Values)];
        BalanceNames = [.. balance.Select(c => c.Name)];
        BalanceColumns = [.. balance.Select(c => c.Values)];
    }

    public IReadOnlyList<string> ModelNames { get; }

    public IReadOnlyList<double[]> ModelColumns { get; }

    public IReadOnlyList<string> BalanceNames { get; }

    public IReadOnlyList<double[]> BalanceColumns { get; }

    /// <summary>Builds the columns; a covariate that is constant over all rows is an <see cref="EstimationException"/>.</summary>
    public static CovariateDesign Build(CovariateTable table, IReadOnlyList<string> covariates)
    {
        var model = new List<(string, double[])>();
        var balance = new List<(string, double[])>();
        foreach (var name in covariates)
        {
            if (table.IsNumeric(name))
            {
                // The table's own array (read only, never written: the design's columns are read by every consumer).
                var values = table.NumericArray(name);
                if (Array.TrueForAll(values, v => v == values[0]))
                {
                    throw new EstimationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Covariate '{name}' is constant ({values[0]} in every row), so it cannot explain treatment; drop it from the covariates."));
                }

                model.Add((name, values));
                balance.Add((name, values));
                continue;
            }

            var categories = table.Categorical(name);
            var levels = categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (levels.Length < 2)
            {
                throw new EstimationException(
                    $"Covariate '{name}' is constant (level '{levels[0]}' in every row), so it cannot explain treatment; drop it from the covariates.");
            }

            for (var l = 0; l < levels.Length; l++)
            {
                var level = levels[l];
                var dummy = categories.Select(c => string.Equals(c, level, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray();
                balance.Add(($"{name}={level}", dummy));
                if (l > 0)
                {
                    model.Add(($"{name}={level}", dummy));
                }
            }
        }

        return new CovariateDesign(model, balance);
    }

    /// <summary>
    /// The exact-matching block of each row, numbered 0 … Count − 1: rows share a block exactly when their
    /// <see cref="ExactKeys"/> are equal (numbers compared by their round-trip text, i.e. bit for bit; categories
    /// ordinally), without building the keys. Only a category holding the key separator falls back to the keys.
    /// </summary>
    public static (int[] Ids, int Count) ExactBlocks(CovariateTable table, IReadOnlyList<string> columns)
    {
        var ids = new int[table.RowCount];
        var count = 1;
        foreach (var column in columns)
        {
            var (levels, levelCount) = table.IsNumeric(column) ? NumericLevels(table, column) : CategoricalLevels(table, column);
            if (levels is null)
            {
                return Number(ExactKeys(table, columns));
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
                if (value.Contains(KeySeparator, StringComparison.Ordinal))
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

    private static (int[] Ids, int Count) Number(string[] keys)
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

    /// <summary>One exact-matching key per row: the values of the exact columns, joined.</summary>
    public static string[] ExactKeys(CovariateTable table, IReadOnlyList<string> columns)
    {
        var texts = columns
            .Select(c => table.IsNumeric(c)
                ? table.Numeric(c).Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray()
                : table.Categorical(c).ToArray())
            .ToArray();
        var keys = new string[table.RowCount];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = string.Join(KeySeparator, texts.Select(t => t[i]));
        }

        return keys;
    }
}
