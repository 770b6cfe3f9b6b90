using ImpactAnalytics.Core.Measures;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>The log outcomes of a firm-year, present only where the level is positive (ln LP also needs FTE ≥ min_fte).</summary>
internal static class OutcomeValues
{
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
}
