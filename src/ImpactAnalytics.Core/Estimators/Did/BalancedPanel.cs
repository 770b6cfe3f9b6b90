using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The validated, balanced panel the estimator works on: units × periods in dense arrays (unit-major), units in
/// ascending id order. Building it is where bad input becomes an <see cref="EstimationException"/>.
/// </summary>
internal sealed partial class BalancedPanel
{
    private BalancedPanel(int[] periods, long[] unitIds, int[] unitGroup, double[] outcome, double[]? covariates, int covariateCount, int droppedIncomplete, int droppedAlwaysTreated)
    {
        Periods = periods;
        UnitIds = unitIds;
        UnitGroup = unitGroup;
        Outcome = outcome;
        Covariates = covariates;
        CovariateCount = covariateCount;
        DroppedIncomplete = droppedIncomplete;
        DroppedAlwaysTreated = droppedAlwaysTreated;
    }

    public int[] Periods { get; }

    public long[] UnitIds { get; }

    /// <summary>First-treatment period per unit, 0 for never treated.</summary>
    public int[] UnitGroup { get; }

    /// <summary>Outcome at [unit · T + period index].</summary>
    public double[] Outcome { get; }

    /// <summary>Covariates at [(unit · T + period index) · k + j], or null.</summary>
    public double[]? Covariates { get; }

    public int CovariateCount { get; }

    public int DroppedIncomplete { get; }

    public int DroppedAlwaysTreated { get; }

    public int UnitCount => UnitIds.Length;

    /// <summary>
    /// The same periods, units, cohorts and counts without the outcome and covariates: what aggregating and
    /// bootstrapping the cell estimates still need, so the values can be reclaimed once the cells are estimated.
    /// </summary>
    public BalancedPanel Shell() =>
        new(Periods, UnitIds, UnitGroup, [], null, 0, DroppedIncomplete, DroppedAlwaysTreated);

    public int PeriodCount => Periods.Length;

    public static BalancedPanel Build(DidPanelData data)
    {
        var rows = data.UnitIds.Length;
        if (data.Periods.Length != rows || data.FirstTreatment.Length != rows || data.Outcome.Length != rows)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Panel columns differ in length: {rows} unit ids, {data.Periods.Length} periods, {data.FirstTreatment.Length} first-treatment values, {data.Outcome.Length} outcomes."), nameof(data));
        }

        var k = data.Covariates?.Columns ?? 0;
        if (data.Covariates is { } cov && cov.Rows != rows)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Covariate matrix has {cov.Rows} rows, the panel {rows}."), nameof(data));
        }

        var periods = data.Periods.Distinct().Order().ToArray();
        if (periods.Length < 2)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"Difference-in-differences needs at least 2 periods; the panel has {periods.Length}."));
        }

        var periodIndex = new PeriodIndex(periods);

        var ids = data.UnitIds.Distinct().Order().ToArray();
        var unitIndex = new Dictionary<long, int>(ids.Length);
        for (var u = 0; u < ids.Length; u++)
        {
            unitIndex[ids[u]] = u;
        }

        var t = periods.Length;
        var cellRow = new int[ids.Length * t];
        Array.Fill(cellRow, -1);
        var group = new int[ids.Length];
        var groupRow = new int[ids.Length];
        Array.Fill(groupRow, -1);
        // Rows usually come unit by unit: a unit's index is looked up when the id changes.
        var unit = -1;
        for (var r = 0; r < rows; r++)
        {
            var id = data.UnitIds[r];
            var period = data.Periods[r];
            if (unit < 0 || ids[unit] != id)
            {
                unit = unitIndex[id];
            }

            var u = unit;
            var cell = (u * t) + periodIndex.Of(period);
            if (cellRow[cell] >= 0)
            {
                throw Fail($"Unit {id} has more than one row for period {period} (rows {cellRow[cell] + 1} and {r + 1}).");
            }

            cellRow[cell] = r;
            var y = data.Outcome[r];
            if (!double.IsFinite(y))
            {
                throw Fail($"Outcome of unit {id} in period {period} is not finite ({y}).");
            }

            var g = data.FirstTreatment[r];
            if (g != 0 && periodIndex.Of(g) < 0)
            {
                throw Fail($"Unit {id} has first-treatment period {g}, which is neither 0 (never treated) nor a period of the panel ({periods[0]}–{periods[^1]}).");
            }

            if (groupRow[u] >= 0 && group[u] != g)
            {
                throw Fail($"Unit {id} has first-treatment period {group[u]} in one row and {g} in another; it must be constant within a unit.");
            }

            group[u] = g;
            groupRow[u] = r;
            for (var j = 0; j < k; j++)
            {
                var x = data.Covariates![r, j];
                if (!double.IsFinite(x))
                {
                    var name = data.CovariateNames is { } names && j < names.Length ? names[j] : $"#{j + 1}";
                    throw Fail($"Covariate {name} of unit {id} in period {period} is not finite ({x}).");
                }
            }
        }

        return Keep(data, periods, ids, group, cellRow, k);
    }

    private static BalancedPanel Keep(DidPanelData data, int[] periods, long[] ids, int[] group, int[] cellRow, int k)
    {
        var t = periods.Length;
        var keep = new List<int>(ids.Length);
        int incomplete = 0, alwaysTreated = 0;
        for (var u = 0; u < ids.Length; u++)
        {
            var complete = true;
            for (var p = 0; p < t && complete; p++)
            {
                complete = cellRow[(u * t) + p] >= 0;
            }

            if (!complete)
            {
                incomplete++;
            }
            else if (group[u] != 0 && group[u] <= periods[0])
            {
                alwaysTreated++;
            }
            else
            {
                keep.Add(u);
            }
        }

        var n = keep.Count;
        var unitIds = new long[n];
        var unitGroup = new int[n];
        var outcome = new double[n * t];
        var covariates = k > 0 ? new double[n * t * k] : null;
        var treated = 0;
        for (var i = 0; i < n; i++)
        {
            var u = keep[i];
            unitIds[i] = ids[u];
            unitGroup[i] = group[u];
            treated += group[u] != 0 ? 1 : 0;
            for (var p = 0; p < t; p++)
            {
                var r = cellRow[(u * t) + p];
                outcome[(i * t) + p] = data.Outcome[r];
                for (var j = 0; j < k; j++)
                {
                    covariates![(((i * t) + p) * k) + j] = data.Covariates![r, j];
                }
            }
        }

        if (n < 2 || treated == 0)
        {
            throw Fail($"Too few units: {n} units with every period {periods[0]}–{periods[^1]} and a first-treatment period after {periods[0]}, of which {treated} treated ({incomplete} dropped for missing periods, {alwaysTreated} treated from the first period).");
        }

        return new BalancedPanel(periods, unitIds, unitGroup, outcome, covariates, k, incomplete, alwaysTreated);
    }

    private static EstimationException Fail(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture));

    // Index of a period among the sorted distinct periods, −1 for none: a table over the range of the periods when it
    // is short (calendar years), else a dictionary.
    private sealed class PeriodIndex
    {
        private const int MaxSpan = 1 << 16;
        private readonly int _first;
        private readonly int[]? _table;
        private readonly Dictionary<int, int>? _map;

        public PeriodIndex(int[] periods)
        {
            _first = periods[0];
            if ((long)periods[^1] - periods[0] < MaxSpan)
            {
                _table = new int[periods[^1] - periods[0] + 1];
                Array.Fill(_table, -1);
                for (var p = 0; p < periods.Length; p++)
                {
                    _table[periods[p] - _first] = p;
                }
            }
            else
            {
                _map = new Dictionary<int, int>(periods.Length);
                for (var p = 0; p < periods.Length; p++)
                {
                    _map[periods[p]] = p;
                }
            }
        }

        public int Of(int period)
        {
            if (_table is not null)
            {
                var at = (long)period - _first;
                return at >= 0 && at < _table.Length ? _table[at] : -1;
            }

            return _map!.TryGetValue(period, out var p) ? p : -1;
        }
    }
}
