using System.Globalization;
using System.Runtime.ExceptionServices;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Staggered difference-in-differences (Callaway &amp; Sant'Anna 2021; doubly robust 2×2 per Sant'Anna &amp; Zhao
/// 2020), METHODS §7: ATT(g,t) for every cohort and period, their simple, dynamic, group and calendar aggregations,
/// analytic standard errors from influence functions, multiplier-bootstrap uniform bands and the Wald pre-test.
/// </summary>
public static class StaggeredDid
{
    /// <summary>
    /// Estimates on the balanced part of <paramref name="data"/>. Throws
    /// <see cref="Estimation.EstimationException"/> when the data cannot be estimated (duplicate rows, an invalid
    /// first-treatment period, a non-finite value, a cohort without comparison units, too few units, a propensity
    /// model that separates).
    /// </summary>
    public static DidResult Estimate(DidPanelData data, DidOptions? options = null) => Estimate(data, options, out _);

    /// <summary>
    /// As <see cref="Estimate(DidPanelData, DidOptions?)"/>, also handing out the event-study aggregation with its
    /// influence functions (for a pre-test on event-study estimates, <see cref="ParallelTrendsWaldTest.EventStudy"/>).
    /// </summary>
    internal static DidResult Estimate(DidPanelData data, DidOptions? options, out AggregateParts dynamic)
    {
        options ??= new DidOptions();
        Validate(options);
        var panel = BalancedPanel.Build(data);
        var cells = GroupTimeEstimator.Estimate(panel, options);
        return Finish(panel, cells, options, null, out dynamic);
    }

    /// <summary>
    /// As <see cref="Estimate(DidPanelData, DidOptions?, out AggregateParts)"/> for several panels (the outcomes of one
    /// study), with results identical to estimating each on its own: panels with the same units, cohorts and
    /// covariates share each cell's sample, propensity score and control-regression factor, and every panel shares
    /// the multiplier-bootstrap weights (a unit's weight does not depend on the outcome). Per panel its result, or
    /// the <see cref="EstimationException"/> that estimating it alone would throw; other exceptions propagate.
    /// </summary>
    internal static (DidResult? Result, AggregateParts? Dynamic, EstimationException? Failure)[] EstimateMany(
        IReadOnlyList<DidPanelData> data, DidOptions options) => EstimateMany(data.Count, i => BalancedPanel.Build(data[i]), options);

    /// <summary>
    /// As <see cref="EstimateMany(IReadOnlyList{DidPanelData}, DidOptions)"/> for panels built by
    /// <paramref name="build"/> (called once per panel, in order; an <see cref="EstimationException"/> it throws is
    /// that panel's failure).
    /// </summary>
    internal static (DidResult? Result, AggregateParts? Dynamic, EstimationException? Failure)[] EstimateMany(
        int count, Func<int, BalancedPanel> build, DidOptions options)
    {
        Validate(options);
        var results = new (DidResult? Result, AggregateParts? Dynamic, EstimationException? Failure)[count];
        var panels = new BalancedPanel?[count];
        for (var i = 0; i < count; i++)
        {
            try
            {
                panels[i] = build(i);
            }
            catch (EstimationException e)
            {
                results[i].Failure = e;
            }
        }

        var units = panels.Max(p => p?.UnitCount ?? 0);
        var bits = options.Bootstrap.Replicates > 0 && units > 0 ? MultiplierBits.Draw(options.Bootstrap, units) : null;
        var done = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (panels[i] is not { } lead || done[i])
            {
                continue;
            }

            var same = Enumerable.Range(i, count - i)
                .Where(j => !done[j] && panels[j] is { } other && (j == i || GroupTimeEstimator.SameDesign(lead, other)))
                .ToArray();
            var cells = GroupTimeEstimator.EstimateMany([.. same.Select(j => panels[j]!)], options);
            foreach (var j in same)
            {
                panels[j] = panels[j]!.Shell();
            }

            for (var s = 0; s < same.Length; s++)
            {
                var j = same[s];
                done[j] = true;
                switch (cells[s].Failure)
                {
                    case null:
                        results[j].Result = Finish(panels[j]!, cells[s].Cells!, options, bits, out var dynamic);
                        results[j].Dynamic = dynamic;
                        break;
                    case EstimationException e:
                        results[j].Failure = e;
                        break;
                    case var other:
                        ExceptionDispatchInfo.Capture(other).Throw();
                        break;
                }

                cells[s] = default;
                GarbageCheckpoint.Pass();
            }
        }

        return results;
    }

    private static DidResult Finish(BalancedPanel panel, List<GroupTimeCell> cells, DidOptions options, MultiplierBits? bits, out AggregateParts dynamic)
    {
        var n = panel.UnitCount;
        var cohorts = GroupTimeEstimator.Cohorts(panel);
        var aggregator = new DidAggregator(cells, cohorts, panel.UnitGroup);
        var simple = aggregator.Simple();
        AggregateParts[] sets = [aggregator.Dynamic(), aggregator.Group(), aggregator.Calendar()];
        dynamic = sets[0];

        var columns = new List<double[]>(cells.Select(c => c.Psi));
        foreach (var set in sets)
        {
            columns.AddRange(set.Psis);
        }

        var bands = Bands(columns, cells, sets, aggregator, n, options, bits);
        var (cellSe, cellCrit) = bands(0, cells.Count);
        var effects = new GroupTimeEffect[cells.Count];
        for (var k = 0; k < cells.Count; k++)
        {
            var c = cells[k];
            effects[k] = new GroupTimeEffect(c.Group, c.Time, c.BasePeriod, c.Att, Se(c.Psi, n), c.Treated, c.Controls, cellSe[k], c.Att - (cellCrit * cellSe[k]), c.Att + (cellCrit * cellSe[k]));
        }

        var aggregations = new DidAggregation[sets.Length];
        var offset = cells.Count;
        for (var s = 0; s < sets.Length; s++)
        {
            aggregations[s] = Aggregation(sets[s], n, bands(offset, sets[s].Psis.Length));
            offset += sets[s].Psis.Length;
        }

        var simpleAggregation = new DidAggregation(DidAggregationType.Simple, simple.Overall, Se(simple.OverallPsi, n), [], Distributions.NormalQuantile(1 - (options.Alpha / 2)));
        return new DidResult(
            options,
            panel.Periods,
            cohorts,
            n,
            panel.DroppedIncomplete,
            panel.DroppedAlwaysTreated,
            effects,
            cellCrit,
            simpleAggregation,
            aggregations[0],
            aggregations[1],
            aggregations[2],
            ParallelTrendsWaldTest.Run(cells, n));
    }

    private static DidAggregation Aggregation(AggregateParts parts, int n, (double[] Se, double Crit) band)
    {
        var elements = new AggregatedEffect[parts.Elements.Length];
        for (var e = 0; e < elements.Length; e++)
        {
            var att = parts.Atts[e];
            var half = band.Crit * band.Se[e];
            elements[e] = new AggregatedEffect(parts.Elements[e], att, Se(parts.Psis[e], n), band.Se[e], att - half, att + half);
        }

        return new DidAggregation(parts.Type, parts.Overall, Se(parts.OverallPsi, n), elements, band.Crit);
    }

    // Returns a function giving (bootstrap SEs, uniform critical value) for a contiguous range of the columns (cells,
    // then the elements of each set). Aggregate draws are the linear forms applied to the cell and cohort draws.
    private static Func<int, int, (double[] Se, double Crit)> Bands(
        List<double[]> columns, List<GroupTimeCell> cells, AggregateParts[] sets, DidAggregator aggregator, int n, DidOptions options, MultiplierBits? bits)
    {
        if (options.Bootstrap.Replicates == 0)
        {
            var z = Distributions.NormalQuantile(1 - (options.Alpha / 2));
            return (start, count) => (columns.GetRange(start, count).Select(psi => Se(psi, n)).ToArray(), z);
        }

        var (cellDraws, cohortDraws) = MultiplierDraws.Draw([.. cells.Select(c => c.Psi)], aggregator.UnitCohort, aggregator.CohortCount, options.Bootstrap, bits);
        var draws = new List<double[]>(cellDraws);
        foreach (var form in sets.SelectMany(s => s.Forms))
        {
            draws.Add(Apply(form, cellDraws, cohortDraws));
        }

        return (start, count) => MultiplierBootstrap.Band([.. draws.GetRange(start, count)], n, options.Alpha);
    }

    private static double[] Apply(InfluenceForm form, double[][] cellDraws, double[][] cohortDraws)
    {
        var draws = new double[cellDraws[0].Length];
        Accumulate(draws, form.CellWeights, cellDraws);
        Accumulate(draws, form.CohortTerms, cohortDraws);
        return draws;
    }

    private static void Accumulate(double[] target, double[] weights, double[][] sources)
    {
        for (var k = 0; k < weights.Length; k++)
        {
            var w = weights[k];
            if (w == 0.0)
            {
                continue;
            }

            var source = sources[k];
            for (var b = 0; b < target.Length; b++)
            {
                target[b] += w * source[b];
            }
        }
    }

    // SE = √(Σψ²)/n for ψ on the scale of all n units.
    private static double Se(double[] psi, int n) => Math.Sqrt(Matrix.Dot(psi, psi)) / n;

    private static void Validate(DidOptions options)
    {
        if (!(options.Alpha > 0 && options.Alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Alpha must be strictly between 0 and 1.");
        }

        if (options.Bootstrap.Replicates < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Bootstrap.Replicates, "Bootstrap replicates must be 0 (off) or positive.");
        }

        if (!(options.PropensityTrim > 0 && options.PropensityTrim <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PropensityTrim, string.Create(CultureInfo.InvariantCulture, $"Propensity trim must be in (0, 1]."));
        }
    }
}
