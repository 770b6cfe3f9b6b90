using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>Short rows as AVX vectors, for the sums over up to four columns that stay in registers.</summary>
internal static class VectorRows
{
    /// <summary>A row of at most four values as a vector, zeros after its end (a longer row: zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Padded(ReadOnlySpan<double> row) => row.Length switch
    {
        4 => Vector256.Create(row[0], row[1], row[2], row[3]),
        3 => Vector256.Create(row[0], row[1], row[2], 0.0),
        2 => Vector256.Create(row[0], row[1], 0.0, 0.0),
        1 => Vector256.Create(row[0], 0.0, 0.0, 0.0),
        _ => Vector256<double>.Zero,
    };
}
