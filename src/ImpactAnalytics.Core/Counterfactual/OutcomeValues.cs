using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Measures;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>The log outcomes of a firm-year, present only where the level is positive (ln LP also needs FTE ≥ min_fte).</summary>
internal static class OutcomeValues
{
    /// <summary>The mask of <see cref="Masks"/> where every outcome is present.</summary>
    public const byte All = (1 << (int)ImpactOutcome.LnValueAdded) | (1 << (int)ImpactOutcome.LnFte) | (1 << (int)ImpactOutcome.LnLabourProductivity);

    // Rows per chunk of the parallel pass of Masks.
    private const int Chunk = 1 << 18;

    public static bool TryGet(FirmMeasures measures, ImpactOutcome outcome, int row, double minFte, out double value)
    {
        if (!Has(measures, outcome, row, minFte))
        {
            value = 0;
            return false;
        }

        value = Math.Log(outcome switch
        {
            ImpactOutcome.LnValueAdded => measures.Va[row],
            ImpactOutcome.LnFte => measures.Fte[row],
            _ => measures.Lp[row],
        });
        return true;
    }

    /// <summary>Whether <see cref="TryGet"/> succeeds for the firm-year (its conditions, without taking the log).</summary>
    public static bool Has(FirmMeasures measures, ImpactOutcome outcome, int row, double minFte)
    {
        var present = measures.Present[row];
        return outcome switch
        {
            ImpactOutcome.LnValueAdded => (present & MeasureSet.Va) != 0 && measures.Va[row] > 0,
            ImpactOutcome.LnFte => (present & MeasureSet.Fte) != 0 && measures.Fte[row] > 0,
            ImpactOutcome.LnLabourProductivity => (present & MeasureSet.Lp) != 0 && measures.Lp[row] > 0 && measures.Fte[row] >= minFte,
            _ => false,
        };
    }

    /// <summary>ln FTE of a firm-year (any FTE &gt; 0), the size covariate.</summary>
    public static bool TryLnFte(FirmMeasures measures, int row, out double value) =>
        TryGet(measures, ImpactOutcome.LnFte, row, 0, out value);

    /// <summary>
    /// Per row, bit (int)o set where <see cref="Has"/> holds for outcome o (ln LP with <paramref name="minFte"/>; ln FTE
    /// does not depend on it): the conditions of every outcome in one pass over the measures, in parallel chunks.
    /// </summary>
    public static byte[] Masks(FirmMeasures measures, double minFte)
    {
        var masks = GC.AllocateUninitializedArray<byte>(measures.RowCount);
        var chunks = (masks.Length + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c => Fill(measures, minFte, masks, c * Chunk, Math.Min(masks.Length, (c + 1) * Chunk)));
        return masks;
    }

    /// <summary>The levels whose logarithm is the outcome (<see cref="TryGet"/> at a row where its <see cref="Masks"/> bit is set).</summary>
    public static ReadOnlySpan<double> Levels(FirmMeasures measures, ImpactOutcome outcome) => outcome switch
    {
        ImpactOutcome.LnValueAdded => measures.Va,
        ImpactOutcome.LnFte => measures.Fte,
        _ => measures.Lp,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Fill(FirmMeasures measures, double minFte, byte[] masks, int from, int to)
    {
        var present = measures.Present;
        var va = measures.Va;
        var fte = measures.Fte;
        var lp = measures.Lp;
        for (var row = from; row < to; row++)
        {
            var p = present[row];
            var f = fte[row];
            var mask = (p & MeasureSet.Va) != 0 && va[row] > 0 ? 1 << (int)ImpactOutcome.LnValueAdded : 0;
            mask |= (p & MeasureSet.Fte) != 0 && f > 0 ? 1 << (int)ImpactOutcome.LnFte : 0;
            mask |= (p & MeasureSet.Lp) != 0 && lp[row] > 0 && f >= minFte ? 1 << (int)ImpactOutcome.LnLabourProductivity : 0;
            masks[row] = (byte)mask;
        }
    }
}
