using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The cells of a cohort are estimated base period after base period, each propensity fit started from the previous
/// ones' (GroupTimeEstimator.Extrapolate). Every ATT(g,t) and influence function must still be that of the cell's own
/// 2×2 fitted from β = 0, to the fits' convergence tolerance.
/// </summary>
public sealed class DidWarmStartTests
{
    private static readonly int[] Periods = [2001, 2002, 2003, 2004, 2005, 2006, 2007];

    // Covariates as in the cluster evaluation: one fixed per unit, one that grows by a year per period (an age).
    private static DidPanelData Panel(int units, int seed)
    {
        var random = new Random(seed);
        var t = Periods.Length;
        var rows = units * t;
        var ids = new long[rows];
        var time = new int[rows];
        var first = new int[rows];
        var y = new double[rows];
        var x = new Matrix(rows, 2);
        for (var u = 0; u < units; u++)
        {
            var size = random.NextDouble();
            var born = 1960 + random.Next(40);
            var treated = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-(-1.0 + size + (0.02 * (2001 - born)))));
            var g = treated ? Periods[2 + random.Next(4)] : 0;
            var level = random.NextDouble();
            for (var p = 0; p < t; p++)
            {
                var r = (u * t) + p;
                ids[r] = u + 1;
                time[r] = Periods[p];
                first[r] = g;
                x[r, 0] = size;
                x[r, 1] = Periods[p] - born;
                y[r] = level + (0.05 * p * size) + (g != 0 && Periods[p] >= g ? 0.2 : 0.0) + (0.3 * random.NextDouble());
            }
        }

        return new DidPanelData(ids, time, first, y, x, ["size", "age"]);
    }

    [Theory]
    [InlineData(DidBasePeriod.Varying)]
    [InlineData(DidBasePeriod.Universal)]
    public void Every_cell_equals_its_own_two_by_two_fitted_from_zero(DidBasePeriod basePeriod)
    {
        var options = new DidOptions { BasePeriod = basePeriod, Bootstrap = new Settings.BootstrapSettings { Replicates = 0 } };
        var panel = BalancedPanel.Build(Panel(3000, seed: 17));

        var cells = GroupTimeEstimator.Estimate(panel, options);

        var t = panel.PeriodCount;
        foreach (var cell in cells)
        {
            var tIndex = Array.IndexOf(panel.Periods, cell.Time);
            var baseIndex = Array.IndexOf(panel.Periods, cell.BasePeriod);
            var units = Enumerable.Range(0, panel.UnitCount).Where(u => panel.UnitGroup[u] == cell.Group || panel.UnitGroup[u] == 0).ToArray();
            var d = units.Select(u => panel.UnitGroup[u] == cell.Group ? 1.0 : 0.0).ToArray();
            var dy = units.Select(u => panel.Outcome[(u * t) + tIndex] - panel.Outcome[(u * t) + baseIndex]).ToArray();
            var design = new Matrix(units.Length, 3);
            for (var i = 0; i < units.Length; i++)
            {
                design[i, 0] = 1.0;
                design[i, 1] = panel.Covariates![((units[i] * t) + baseIndex) * 2];
                design[i, 2] = panel.Covariates![(((units[i] * t) + baseIndex) * 2) + 1];
            }

            var own = TwoByTwoDid.DoublyRobust(dy, new TwoByTwoSample(d, design, options.PropensityTrim));

            Assert.Equal(own.Att, cell.Att, 10);
            var scale = (double)panel.UnitCount / units.Length;
            for (var i = 0; i < units.Length; i++)
            {
                Assert.Equal(scale * own.Influence[i], cell.Psi[units[i]], 8);
            }
        }
    }

    [Fact]
    public void The_next_start_moves_on_by_the_last_change()
    {
        Assert.Equal([1.0, 2.0], GroupTimeEstimator.Extrapolate(null, [1.0, 2.0]));
        Assert.Equal([0.5, 2.0], GroupTimeEstimator.Extrapolate([1.5, 2.0], [1.0, 2.0]));
    }
}
