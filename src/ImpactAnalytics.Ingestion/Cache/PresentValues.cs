using System.Numerics;
using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The rubric values a cache entry stores for a range of rows: only the present ones, rubric by rubric (in rubric
/// order) and within a rubric in row order, so a firm-year with ten of eighteen rubrics costs ten doubles, not
/// eighteen. The presence bits, stored beside, say where each value belongs. Both directions run one column at a time
/// without a branch per row, so the columns stream through the cache.
/// </summary>
internal static class PresentValues
{
    /// <summary>How many values the rows with these presence bits hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<uint> present)
    {
        var count = 0;
        foreach (var bits in present)
        {
            count += BitOperations.PopCount(bits);
        }

        return count;
    }

    /// <summary>
    /// Packs the present values of the rows [<paramref name="from"/>, from + present.Length) into
    /// <paramref name="target"/>, which must hold one more than <see cref="Count"/> (each row writes a slot and
    /// moves on only when present); returns how many values were packed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Gather(double[]?[] columns, ReadOnlySpan<uint> present, int from, Span<double> target)
    {
        var k = 0;
        for (var r = 0; r < columns.Length; r++)
        {
            if (columns[r] is not { } column)
            {
                continue;
            }

            var values = column.AsSpan(from, present.Length);
            for (var i = 0; i < values.Length; i++)
            {
                target[k] = values[i];
                k += (int)((present[i] >> r) & 1);
            }
        }

        return k;
    }

    /// <summary>
    /// Puts packed values back into the rows [<paramref name="from"/>, from + present.Length) of the columns, every
    /// slot of a column written (absent ones 0) unless there is no value at all (the columns are then left as they
    /// are: fresh ones are 0). Throws when a row reports a rubric without a column or the values
    /// are not exactly as many as the presence bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(ReadOnlySpan<double> source, ReadOnlySpan<uint> present, double[]?[] columns, int from)
    {
        var withColumn = 0u;
        for (var r = 0; r < columns.Length && r < 32; r++)
        {
            withColumn |= columns[r] is null ? 0u : 1u << r;
        }

        var reported = 0u;
        foreach (var bits in present)
        {
            reported |= bits;
        }

        if ((reported & ~withColumn) != 0)
        {
            throw new InvalidDataException("a cached row reports a rubric that has no column");
        }

        if (Count(present) != source.Length)
        {
            throw new InvalidDataException("the cached values differ in number from the presence bits");
        }

        if (source.IsEmpty)
        {
            return;
        }

        var k = 0;
        var last = source.Length - 1;
        for (var r = 0; r < columns.Length; r++)
        {
            if (columns[r] is not { } column)
            {
                continue;
            }

            var values = column.AsSpan(from, present.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var bit = (long)((present[i] >> r) & 1);
                var value = BitConverter.DoubleToInt64Bits(source[Math.Min(k, last)]) & -bit;
                values[i] = BitConverter.Int64BitsToDouble(value);
                k += (int)bit;
            }
        }
    }
}
