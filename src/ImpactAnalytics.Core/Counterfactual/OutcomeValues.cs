using ImpactAnalytics.Core.Measures;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>The log outcomes of a firm-year, present only where the level is positive (ln LP also needs FTE ≥ min_fte).</summary>
internal static class OutcomeValues
{
    public static bool TryGet(FirmMeasures measures, ImpactOutcome outcome, int row, double minFte, out double value)
    {
        value = 0;
        var present = measures.Present[row];
        switch (outcome)
        {
            case ImpactOutcome.LnValueAdded when (present & MeasureSet.Va) != 0 && measures.Va[row] > 0:
                value = Math.Log(measures.Va[row]);
                return true;
            case ImpactOutcome.LnFte when (present & MeasureSet.Fte) != 0 && measures.Fte[row] > 0:
                value = Math.Log(measures.Fte[row]);
                return true;
            case ImpactOutcome.LnLabourProductivity
                when (present & MeasureSet.Lp) != 0 && measures.Lp[row] > 0 && measures.Fte[row] >= minFte:
                value = Math.Log(measures.Lp[row]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>ln FTE of a firm-year (any FTE &gt; 0), the size covariate.</summary>
    public static bool TryLnFte(FirmMeasures measures, int row, out double value) =>
        TryGet(measures, ImpactOutcome.LnFte, row, 0, out value);
}
