using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

public sealed class BalancedPanelFromUnitsTests
{
    private static readonly int[] Periods = [2001, 2002, 2003, 2004];

    // Unit-major dense arrays of a small panel and the same data in the long form, rows shuffled.
    private static (long[] Ids, int[] Groups, double[] Outcome, double[] Covariates, DidPanelData Long) Data(int units, int seed, int alwaysTreatedUnit = -1)
    {
        var random = new Random(seed);
        var t = Periods.Length;
        var ids = Enumerable.Range(0, units).Select(u => 10L + (3L * u)).ToArray();
        var groups = Enumerable.Range(0, units).Select(u => u == alwaysTreatedUnit ? 2001 : random.Next(3) switch { 0 => 0, 1 => 2003, _ => 2004 }).ToArray();
        var outcome = Enumerable.Range(0, units * t).Select(_ => random.NextDouble()).ToArray();
        var covariates = Enumerable.Range(0, units * t * 2).Select(_ => random.NextDouble()).ToArray();
        var order = Enumerable.Range(0, units * t).OrderBy(_ => random.Next()).ToArray();
        var x = new Matrix(order.Length, 2);
        for (var r = 0; r < order.Length; r++)
        {
            x[r, 0] = covariates[2 * order[r]];
            x[r, 1] = covariates[(2 * order[r]) + 1];
        }

        var data = new DidPanelData(
            [.. order.Select(c => ids[c / t])],
            [.. order.Select(c => Periods[c % t])],
            [.. order.Select(c => groups[c / t])],
            [.. order.Select(c => outcome[c])],
            x,
            ["a", "b"]);
        return (ids, groups, outcome, covariates, data);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Dense_units_give_the_panel_the_long_form_gives(int alwaysTreatedUnit)
    {
        var (ids, groups, outcome, covariates, data) = Data(40, seed: 3, alwaysTreatedUnit);

        var dense = BalancedPanel.FromUnits(Periods, ids, groups, outcome, covariates, 2, ["a", "b"]);
        var built = BalancedPanel.Build(data);

        Assert.Equal(built.Periods, dense.Periods);
        Assert.Equal(built.UnitIds, dense.UnitIds);
        Assert.Equal(built.UnitGroup, dense.UnitGroup);
        Assert.Equal(built.Outcome, dense.Outcome);
        Assert.Equal(built.Covariates, dense.Covariates);
        Assert.Equal(built.DroppedAlwaysTreated, dense.DroppedAlwaysTreated);
        Assert.Equal(alwaysTreatedUnit >= 0 ? 1 : 0, dense.DroppedAlwaysTreated);
        Assert.Equal(0, dense.DroppedIncomplete);
    }

    [Fact]
    public void A_non_finite_outcome_is_refused_with_the_long_form_message()
    {
        var (ids, groups, outcome, covariates, data) = Data(10, seed: 4);
        outcome[(2 * Periods.Length) + 1] = double.NaN;
        var rows = Enumerable.Range(0, data.Outcome.Length).Where(r => data.UnitIds[r] == ids[2] && data.Periods[r] == Periods[1]).Single();
        data.Outcome[rows] = double.NaN;

        var dense = Assert.Throws<EstimationException>(() => BalancedPanel.FromUnits(Periods, ids, groups, outcome, covariates, 2, ["a", "b"]));
        var built = Assert.Throws<EstimationException>(() => BalancedPanel.Build(data));

        Assert.Equal(built.Message, dense.Message);
        Assert.Contains("Outcome of unit 16 in period 2002 is not finite", dense.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_treatment_outside_the_periods_is_refused()
    {
        var (ids, groups, outcome, covariates, _) = Data(10, seed: 5);
        groups[3] = 2010;

        var ex = Assert.Throws<EstimationException>(() => BalancedPanel.FromUnits(Periods, ids, groups, outcome, covariates, 2, ["a", "b"]));

        Assert.Contains("first-treatment period 2010", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_ids_out_of_order_are_refused()
    {
        var (ids, groups, outcome, covariates, _) = Data(10, seed: 6);
        (ids[3], ids[4]) = (ids[4], ids[3]);

        Assert.Throws<ArgumentException>(() => BalancedPanel.FromUnits(Periods, ids, groups, outcome, covariates, 2, ["a", "b"]));
    }
}
