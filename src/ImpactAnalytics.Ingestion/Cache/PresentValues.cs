using System.Numerics;
using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The rubric values a cache entry stores: only the present ones, row by row and within a row in rubric order (the
/// order of the presence bits), so a firm-year with ten of eighteen rubrics costs ten doubles, not eighteen. The
/// presence bits, stored beside, say where each value belongs.
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
    /// <paramref name="target"/> (at least <see cref="Count"/> long); returns how many were written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Gather(double[]?[] columns, ReadOnlySpan<uint> present, int from, Span<double> target)
    {
        var k = 0;
        for (var i = 0; i < present.Length; i++)
        {
            for (var bits = present[i]; bits != 0; bits &= bits - 1)
            {
                target[k++] = columns[BitOperations.TrailingZeroCount(bits)]![from + i];
            }
        }

        return k;
    }

    /// <summary>
    /// Puts packed values back into the rows [<paramref name="from"/>, from + present.Length) of the columns; the
    /// absent slots are left as they are (0 in fresh columns). Throws when a row reports a rubric without a column or
    /// the values are not exactly as many as the presence bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(ReadOnlySpan<double> source, ReadOnlySpan<uint> present, double[]?[] columns, int from)
    {
        if (Count(present) != source.Length)
        {
            throw new InvalidDataException("the cached values differ in number from the presence bits");
        }

        var k = 0;
        for (var i = 0; i < present.Length; i++)
        {
            for (var bits = present[i]; bits != 0; bits &= bits - 1)
            {
                var rubric = BitOperations.TrailingZeroCount(bits);
                var column = rubric < columns.Length ? columns[rubric] : null;
                if (column is null)
                {
                    throw new InvalidDataException("a cached row reports a rubric that has no column");
                }

                column[from + i] = source[k++];
            }
        }
    }
}
