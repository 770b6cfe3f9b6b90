using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <content>Building the panel from data that is already balanced and unit-major.</content>
internal sealed partial class BalancedPanel
{
    /// <summary>
    /// The panel <see cref="Build"/> makes from the long form of data that is already balanced and unit-major: every
    /// unit has every one of <paramref name="periods"/> (ascending), units in strictly ascending id order, the outcome
    /// at [unit · T + period index] and <paramref name="covariateCount"/> covariates per unit and period at
    /// [(unit · T + period index) · k + j]. The same checks (finite values, first-treatment periods) with the same
    /// messages, and units treated from the first period dropped and counted. The arrays are taken over, not copied,
    /// when no unit is dropped.
    /// </summary>
    public static BalancedPanel FromUnits(
        int[] periods, long[] unitIds, int[] unitGroup, double[] outcome, double[]? covariates, int covariateCount, string[]? covariateNames)
    {
        var t = periods.Length;
        var n = unitIds.Length;
        var k = covariateCount;
        if (unitGroup.Length != n || outcome.Length != n * t || (covariates?.Length ?? 0) != n * t * k || (k > 0 && covariates is null))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit arrays do not match {n} units × {t} periods × {k} covariates."), nameof(outcome));
        }

        for (var p = 1; p < t; p++)
        {
            if (periods[p] <= periods[p - 1])
            {
                throw new ArgumentException("Periods must be strictly ascending.", nameof(periods));
            }
        }

        if (t < 2)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"Difference-in-differences needs at least 2 periods; the panel has {t}."));
        }

        var periodIndex = new PeriodIndex(periods);
        var alwaysTreated = 0;
        var treated = 0;
        for (var u = 0; u < n; u++)
        {
            var id = unitIds[u];
            if (u > 0 && id <= unitIds[u - 1])
            {
                throw new ArgumentException("Unit ids must be strictly ascending.", nameof(unitIds));
            }

            for (var p = 0; p < t; p++)
            {
                var y = outcome[(u * t) + p];
                if (!double.IsFinite(y))
                {
                    throw Fail($"Outcome of unit {id} in period {periods[p]} is not finite ({y}).");
                }

                for (var j = 0; j < k; j++)
                {
                    var x = covariates![(((u * t) + p) * k) + j];
                    if (!double.IsFinite(x))
                    {
                        var name = covariateNames is { } names && j < names.Length ? names[j] : $"#{j + 1}";
                        throw Fail($"Covariate {name} of unit {id} in period {periods[p]} is not finite ({x}).");
                    }
                }
            }

            var g = unitGroup[u];
            if (g != 0 && periodIndex.Of(g) < 0)
            {
                throw Fail($"Unit {id} has first-treatment period {g}, which is neither 0 (never treated) nor a period of the panel ({periods[0]}–{periods[^1]}).");
            }

            if (g != 0 && g <= periods[0])
            {
                alwaysTreated++;
            }
            else if (g != 0)
            {
                treated++;
            }
        }

        if (alwaysTreated > 0)
        {
            (unitIds, unitGroup, outcome, covariates) = DropAlwaysTreated(periods[0], t, k, unitIds, unitGroup, outcome, covariates);
        }

        if (unitIds.Length < 2 || treated == 0)
        {
            throw Fail($"Too few units: {unitIds.Length} units with every period {periods[0]}–{periods[^1]} and a first-treatment period after {periods[0]}, of which {treated} treated (0 dropped for missing periods, {alwaysTreated} treated from the first period).");
        }

        return new BalancedPanel(periods, unitIds, unitGroup, outcome, covariates, k, 0, alwaysTreated);
    }

    private static (long[] Ids, int[] Group, double[] Outcome, double[]? Covariates) DropAlwaysTreated(
        int first, int t, int k, long[] ids, int[] group, double[] outcome, double[]? covariates)
    {
        var keep = Enumerable.Range(0, ids.Length).Where(u => group[u] == 0 || group[u] > first).ToArray();
        var n = keep.Length;
        var (keptIds, keptGroup, keptOutcome) = (new long[n], new int[n], new double[n * t]);
        var keptCovariates = covariates is null ? null : new double[n * t * k];
        for (var i = 0; i < n; i++)
        {
            var u = keep[i];
            keptIds[i] = ids[u];
            keptGroup[i] = group[u];
            Array.Copy(outcome, u * t, keptOutcome, i * t, t);
            if (covariates is not null)
            {
                Array.Copy(covariates, u * t * k, keptCovariates!, i * t * k, t * k);
            }
        }

        return (keptIds, keptGroup, keptOutcome, keptCovariates);
    }
}
