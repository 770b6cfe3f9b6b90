using System.Globalization;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Estimates every ATT(g,t) of Callaway &amp; Sant'Anna (2021, eq. 2.6/2.7): for cohort g and period t, a 2×2 DiD of
/// cohort g against the comparison group on ΔY = Y_t − Y_base.
/// </summary>
internal static class GroupTimeEstimator
{
    public static List<GroupTimeCell> Estimate(BalancedPanel panel, DidOptions options)
    {
        var cohorts = Cohorts(panel);
        var cells = new List<GroupTimeCell>();
        var periods = panel.Periods;
        foreach (var g in cohorts)
        {
            var gIndex = Array.IndexOf(periods, g);
            var first = options.BasePeriod == DidBasePeriod.Varying ? 1 : 0;
            for (var tIndex = first; tIndex < periods.Length; tIndex++)
            {
                var baseIndex = options.BasePeriod == DidBasePeriod.Varying && tIndex < gIndex ? tIndex - 1 : gIndex - 1;
                if (baseIndex == tIndex)
                {
                    continue;
                }

                cells.Add(EstimateCell(panel, options, g, tIndex, baseIndex));
            }
        }

        return cells;
    }

    public static int[] Cohorts(BalancedPanel panel)
    {
        var set = new SortedSet<int>();
        foreach (var g in panel.UnitGroup)
        {
            if (g != 0)
            {
                set.Add(g);
            }
        }

        return [.. set];
    }

    private static GroupTimeCell EstimateCell(BalancedPanel panel, DidOptions options, int g, int tIndex, int baseIndex)
    {
        var periods = panel.Periods;
        var t = panel.PeriodCount;
        var n = panel.UnitCount;
        // Not-yet-treated comparison units must still be untreated in both periods of the difference.
        var notYetAfter = periods[Math.Max(tIndex, baseIndex)];
        var sample = new int[n];
        var size = 0;
        var treated = 0;
        for (var u = 0; u < n; u++)
        {
            var gu = panel.UnitGroup[u];
            var isTreated = gu == g;
            var isControl = gu == 0 || (options.ControlGroup == DidControlGroup.NotYetTreated && gu > notYetAfter && gu != g);
            if (isTreated || isControl)
            {
                sample[size++] = u;
                treated += isTreated ? 1 : 0;
            }
        }

        var controls = size - treated;
        var time = periods[tIndex];
        if (controls == 0)
        {
            var pool = options.ControlGroup == DidControlGroup.NeverTreated ? "never-treated units" : $"never-treated units or units first treated after {notYetAfter}";
            throw Fail($"Cohort {g} has no comparison units for period {time} (base period {periods[baseIndex]}): the panel has no {pool}.");
        }

        var dy = new double[size];
        var d = new double[size];
        for (var i = 0; i < size; i++)
        {
            var u = sample[i];
            dy[i] = panel.Outcome[(u * t) + tIndex] - panel.Outcome[(u * t) + baseIndex];
            d[i] = panel.UnitGroup[u] == g ? 1.0 : 0.0;
        }

        TwoByTwo result;
        try
        {
            result = Dispatch(panel, options, sample, size, baseIndex, dy, d);
        }
        catch (EstimationException ex)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"ATT({g},{time}) with {treated} treated and {controls} comparison units: {ex.Message}"), ex);
        }

        var psi = new double[n];
        var scale = (double)n / size;
        for (var i = 0; i < size; i++)
        {
            psi[sample[i]] = scale * result.Influence[i];
        }

        return new GroupTimeCell(g, time, periods[baseIndex], result.Att, treated, controls, psi);
    }

    private static TwoByTwo Dispatch(BalancedPanel panel, DidOptions options, int[] sample, int size, int baseIndex, double[] dy, double[] d)
    {
        if (options.Method == DidMethod.Unconditional)
        {
            return TwoByTwoDid.Unconditional(dy, d);
        }

        var x = Design(panel, sample, size, baseIndex);
        return options.Method switch
        {
            DidMethod.DoublyRobust => TwoByTwoDid.DoublyRobust(dy, d, x, options.PropensityTrim),
            DidMethod.InverseProbabilityWeighting => TwoByTwoDid.InverseProbabilityWeighting(dy, d, x, options.PropensityTrim),
            DidMethod.OutcomeRegression => TwoByTwoDid.OutcomeRegression(dy, d, x),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown DiD method."),
        };
    }

    // Intercept plus the covariates as of the base period.
    private static Matrix Design(BalancedPanel panel, int[] sample, int size, int baseIndex)
    {
        var k = panel.CovariateCount;
        var x = new Matrix(size, k + 1);
        var t = panel.PeriodCount;
        for (var i = 0; i < size; i++)
        {
            x[i, 0] = 1.0;
            var offset = ((sample[i] * t) + baseIndex) * k;
            for (var j = 0; j < k; j++)
            {
                x[i, j + 1] = panel.Covariates![offset + j];
            }
        }

        return x;
    }

    private static EstimationException Fail(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture));
}
