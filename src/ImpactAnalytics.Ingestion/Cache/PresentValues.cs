using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The values of one rubric that a cache entry stores for a range of rows: only the present ones, in row order, so a
/// firm-year with ten of eighteen rubrics costs ten doubles, not eighteen. The presence bits, stored beside, say
/// where each value belongs. Both directions stream the column once, without a branch per row.
/// </summary>
internal static class PresentValues
{
    /// <summary>
    /// Packs the values of <paramref name="rubric"/> present in the rows [<paramref name="from"/>, from +
    /// present.Length) of its column into <paramref name="target"/>, which must hold one more than the rows (each
    /// row writes a slot and moves on only when present); returns how many values were packed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Gather(double[] column, int rubric, ReadOnlySpan<uint> present, int from, Span<double> target)
    {
        var values = column.AsSpan(from, present.Length);
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            target[k] = values[i];
            k += (int)((present[i] >> rubric) & 1);
        }

        return k;
    }

    /// <summary>
    /// Puts the packed values of <paramref name="rubric"/> back into the rows [<paramref name="from"/>, from +
    /// present.Length) of its column, every slot written (absent ones 0). Throws when the values are not exactly as
    /// many as the rubric's presence bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(ReadOnlySpan<double> source, int rubric, ReadOnlySpan<uint> present, double[] column, int from)
    {
        var count = 0;
        foreach (var bits in present)
        {
            count += (int)((bits >> rubric) & 1);
        }

        if (count != source.Length)
        {
            throw new InvalidDataException("the cached values differ in number from the presence bits");
        }

        if (count == 0)
        {
            column.AsSpan(from, present.Length).Clear();
            return;
        }

        var values = column.AsSpan(from, present.Length);
        var (k, last) = (0, count - 1);
        for (var i = 0; i < values.Length; i++)
        {
            var bit = (long)((present[i] >> rubric) & 1);
            values[i] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(source[Math.Min(k, last)]) & -bit);
            k += (int)bit;
        }
    }

    /// <summary>Throws when a row reports a rubric outside <paramref name="rubrics"/> (a bit per rubric with a column).</summary>
    public static void RequireColumns(ReadOnlySpan<uint> present, uint rubrics)
    {
        var reported = 0u;
        foreach (var bits in present)
        {
            reported |= bits;
        }

        if ((reported & ~rubrics) != 0)
        {
            throw new InvalidDataException("a cached row reports a rubric that has no column");
        }
    }
}
