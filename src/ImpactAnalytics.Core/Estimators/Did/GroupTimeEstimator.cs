using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Estimates every ATT(g,t) of Callaway &amp; Sant'Anna (2021, eq. 2.6/2.7): for cohort g and period t, a 2×2 DiD of
/// cohort g against the comparison group on ΔY = Y_t − Y_base. Cells with the same sample and base period share one
/// <see cref="TwoByTwoSample"/> (design, propensity score, control regression factor); such groups of cells are
/// estimated in parallel, each cell exactly as on its own, and a failure reports the first failing cell in cell order.
/// </summary>
internal static class GroupTimeEstimator
{
    public static List<GroupTimeCell> Estimate(BalancedPanel panel, DidOptions options)
    {
        var (cells, failure) = EstimateMany([panel], options)[0];
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return cells!;
    }

    /// <summary>
    /// Every ATT(g,t) of several panels with the same units, cohorts, periods and covariates (<see cref="SameDesign"/>)
    /// that differ only in the outcome: each group of cells shares one <see cref="TwoByTwoSample"/> across the
    /// panels, every cell estimated exactly as on its own. Per panel, its cells or the failure of its first failing
    /// cell in cell order.
    /// </summary>
    public static (List<GroupTimeCell>? Cells, Exception? Failure)[] EstimateMany(IReadOnlyList<BalancedPanel> panels, DidOptions options)
    {
        var specs = new List<CellSpec>();
        var first = panels[0];
        var periods = first.Periods;
        foreach (var g in Cohorts(first))
        {
            var gIndex = Array.IndexOf(periods, g);
            var start = options.BasePeriod == DidBasePeriod.Varying ? 1 : 0;
            for (var tIndex = start; tIndex < periods.Length; tIndex++)
            {
                var baseIndex = options.BasePeriod == DidBasePeriod.Varying && tIndex < gIndex ? tIndex - 1 : gIndex - 1;
                if (baseIndex == tIndex)
                {
                    continue;
                }

                // Not-yet-treated comparison units must still be untreated in both periods of the difference.
                var notYetAfter = options.ControlGroup == DidControlGroup.NotYetTreated ? periods[Math.Max(tIndex, baseIndex)] : 0;
                specs.Add(new CellSpec(specs.Count, g, tIndex, baseIndex, notYetAfter));
            }
        }

        // Cells with the same sample and base period share one TwoByTwoSample; such groups with the same sample
        // (a cohort's, base period after base period) form a chain estimated in order on one thread, each group's
        // propensity fit starting near the previous ones' coefficients (the designs differ only in the base period's
        // covariates, so the previous maxima are close; see Extrapolate). Chains run in parallel, the longest first.
        var chains = specs
            .GroupBy(c => (c.Group, c.NotYetAfter))
            .Select(chain => chain.GroupBy(c => c.BaseIndex).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray())
            .OrderByDescending(chain => chain.Length)
            .ThenBy(chain => chain[0][0].Index)
            .ToArray();
        var cells = new GroupTimeCell[panels.Count][];
        var failures = new Exception?[panels.Count][];
        for (var p = 0; p < panels.Count; p++)
        {
            cells[p] = new GroupTimeCell[specs.Count];
            failures[p] = new Exception?[specs.Count];
        }

        // The units of a cell's 2×2 depend on its cohort (and, with not-yet-treated controls, on its period), not on
        // its base period: one list per chain.
        var members = chains
            .Select(chain => Members(first, options, chain[0][0].Group, chain[0][0].NotYetAfter))
            .ToArray();
        var largest = members.Max(m => m.Size);

        // Each panel's outcome period-major (period index · n + unit), so a cell's ΔY reads two rows in unit order
        // instead of two scattered values per unit of the unit-major panel.
        var byPeriod = new double[panels.Count][];
        Parallel.For(0, panels.Count, p => byPeriod[p] = PeriodMajor(panels[p]));
        Parallel.For(
            0,
            chains.Length,
            () => new CellBuffers(largest),
            (k, _, buffers) =>
            {
                var sample = members[k];
                var stopped = new bool[panels.Count];
                double[]? start = null, previous = null, latest = null;
                var reused = new ChainArrays();
                foreach (var group in chains[k])
                {
                    TwoByTwoSample? shared = null;
                    foreach (var spec in group)
                    {
                        for (var p = 0; p < panels.Count; p++)
                        {
                            if (stopped[p])
                            {
                                continue;
                            }

                            try
                            {
                                cells[p][spec.Index] = EstimateCell(panels[p], byPeriod[p], options, spec, sample, buffers, reused, start, ref shared);
                            }
                            catch (Exception ex)
                            {
                                // Reported below, for the first failing cell in cell order.
                                failures[p][spec.Index] = ex;
                                stopped[p] = true;
                            }
                        }
                    }

                    if (shared?.PropensityCoefficients is { } fitted)
                    {
                        (previous, latest) = (latest, fitted);
                        start = Extrapolate(previous, latest);
                    }

                    GarbageCheckpoint.Pass();
                }

                return buffers;
            },
            _ => { });

        var results = new (List<GroupTimeCell>? Cells, Exception? Failure)[panels.Count];
        for (var p = 0; p < panels.Count; p++)
        {
            results[p] = Array.Find(failures[p], f => f is not null) is { } failure ? (null, failure) : ([.. cells[p]], null);
        }

        return results;
    }

    /// <summary>
    /// The start of the next propensity fit in a chain: the latest fit's coefficients moved on by the change from the
    /// one before (exact when a covariate moves by the same amount for every unit from one base period to the next, as
    /// an age does: then only the intercept moves, by the same step each time), else the latest fit's. The fit itself
    /// iterates to the same convergence criterion from wherever it starts.
    /// </summary>
    internal static double[] Extrapolate(double[]? previous, double[] latest)
    {
        if (previous is null)
        {
            return latest;
        }

        var next = new double[latest.Length];
        for (var j = 0; j < next.Length; j++)
        {
            next[j] = latest[j] + (latest[j] - previous[j]);
        }

        return next;
    }

    /// <summary>Whether two panels have the same periods, units, cohorts and covariates, bit for bit (outcomes may differ).</summary>
    public static bool SameDesign(BalancedPanel a, BalancedPanel b) =>
        a.CovariateCount == b.CovariateCount
        && a.Periods.AsSpan().SequenceEqual(b.Periods)
        && a.UnitIds.AsSpan().SequenceEqual(b.UnitIds)
        && a.UnitGroup.AsSpan().SequenceEqual(b.UnitGroup)
        && (a.Covariates is null ? b.Covariates is null : b.Covariates is not null
            && MemoryMarshal.Cast<double, long>(a.Covariates).SequenceEqual(MemoryMarshal.Cast<double, long>(b.Covariates)));

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

    // The units of a cell's 2×2 (cohort g and its comparison units), ascending; the same for every cell of a group.
    private static (int[] Sample, int Size, int Treated) Members(BalancedPanel panel, DidOptions options, int group, int notYetAfter)
    {
        var n = panel.UnitCount;
        var sample = new int[n];
        var size = 0;
        var treated = 0;
        for (var u = 0; u < n; u++)
        {
            var gu = panel.UnitGroup[u];
            var isTreated = gu == group;
            var isControl = gu == 0 || (options.ControlGroup == DidControlGroup.NotYetTreated && gu > notYetAfter && gu != group);
            if (isTreated || isControl)
            {
                sample[size++] = u;
                treated += isTreated ? 1 : 0;
            }
        }

        return (sample, size, treated);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GroupTimeCell EstimateCell(
        BalancedPanel panel,
        double[] byPeriod,
        DidOptions options,
        CellSpec spec,
        (int[] Sample, int Size, int Treated) members,
        CellBuffers buffers,
        ChainArrays reused,
        double[]? start,
        ref TwoByTwoSample? shared)
    {
        var (g, tIndex, baseIndex) = (spec.Group, spec.TimeIndex, spec.BaseIndex);
        var periods = panel.Periods;
        var n = panel.UnitCount;
        var (sample, size, treated) = members;
        var controls = size - treated;
        var time = periods[tIndex];
        if (controls == 0)
        {
            var pool = options.ControlGroup == DidControlGroup.NeverTreated ? "never-treated units" : $"never-treated units or units first treated after {spec.NotYetAfter}";
            throw Fail($"Cohort {g} has no comparison units for period {time} (base period {periods[baseIndex]}): the panel has no {pool}.");
        }

        var dy = buffers.Dy.AsSpan(0, size);
        var now = byPeriod.AsSpan(tIndex * n, n);
        var then = byPeriod.AsSpan(baseIndex * n, n);
        for (var i = 0; i < size; i++)
        {
            var u = sample[i];
            dy[i] = now[u] - then[u];
        }

        double att;
        ReadOnlySpan<double> influence;
        try
        {
            shared ??= Sample(panel, options, sample, size, baseIndex, g, start, reused);
            if (options.Method == DidMethod.DoublyRobust)
            {
                att = TwoByTwoDid.DoublyRobust(dy, shared, buffers.Phi.AsSpan(0, size), buffers.Residuals.AsSpan(0, size));
                influence = buffers.Phi.AsSpan(0, size);
            }
            else
            {
                var result = Dispatch(options, dy.ToArray(), shared);
                att = result.Att;
                influence = result.Influence;
            }
        }
        catch (EstimationException ex)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"ATT({g},{time}) with {treated} treated and {controls} comparison units: {ex.Message}"), ex);
        }

        // Every element is written (zeros for the units outside the 2×2, which come between the ascending sample
        // units), so the array need not be cleared when allocated.
        var psi = GC.AllocateUninitializedArray<double>(n);
        var scale = (double)n / size;
        var next = 0;
        for (var i = 0; i < size; i++)
        {
            var u = sample[i];
            for (; next < u; next++)
            {
                psi[next] = 0.0;
            }

            psi[u] = scale * influence[i];
            next = u + 1;
        }

        psi.AsSpan(next).Clear();

        return new GroupTimeCell(g, time, periods[baseIndex], att, treated, controls, psi);
    }

    // The outcome at [period index · n + unit].
    private static double[] PeriodMajor(BalancedPanel panel)
    {
        var (n, t) = (panel.UnitCount, panel.PeriodCount);
        var outcome = panel.Outcome;
        var byPeriod = new double[n * t];
        for (var u = 0; u < n; u++)
        {
            for (var p = 0; p < t; p++)
            {
                byPeriod[(p * n) + u] = outcome[(u * t) + p];
            }
        }

        return byPeriod;
    }

    // The chain's samples share their units, so D is built once per chain and the design's array is rewritten for
    // each base period (a sample is done with before the next one of its chain is made).
    private static TwoByTwoSample Sample(
        BalancedPanel panel, DidOptions options, int[] sample, int size, int baseIndex, int g, double[]? start, ChainArrays reused)
    {
        var d = reused.D;
        if (d is null)
        {
            d = new double[size];
            for (var i = 0; i < size; i++)
            {
                d[i] = panel.UnitGroup[sample[i]] == g ? 1.0 : 0.0;
            }

            reused.D = d;
        }

        Matrix? x = null;
        if (options.Method != DidMethod.Unconditional)
        {
            x = reused.Design ??= new Matrix(size, panel.CovariateCount + 1);
            Design(panel, sample, size, baseIndex, x);
        }

        return new TwoByTwoSample(d, x, options.PropensityTrim, start, reused.Buffers);
    }

    private static TwoByTwo Dispatch(DidOptions options, double[] dy, TwoByTwoSample sample) => options.Method switch
    {
        DidMethod.Unconditional => TwoByTwoDid.Unconditional(dy, sample.D),
        DidMethod.DoublyRobust => TwoByTwoDid.DoublyRobust(dy, sample),
        DidMethod.InverseProbabilityWeighting => TwoByTwoDid.InverseProbabilityWeighting(dy, sample),
        DidMethod.OutcomeRegression => TwoByTwoDid.OutcomeRegression(dy, sample),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown DiD method."),
    };

    // Intercept plus the covariates as of the base period, written into x (size rows).
    private static void Design(BalancedPanel panel, int[] sample, int size, int baseIndex, Matrix x)
    {
        var k = panel.CovariateCount;
        var t = panel.PeriodCount;
        var covariates = panel.Covariates!;
        for (var i = 0; i < size; i++)
        {
            var row = x.WritableRow(i);
            row[0] = 1.0;
            covariates.AsSpan(((sample[i] * t) + baseIndex) * k, k).CopyTo(row[1..]);
        }
    }

    private static EstimationException Fail(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture));

    // One ATT(g,t) to estimate: its position in cell order, cohort, period and base indices, and (not-yet-treated
    // controls only) the period after which comparison units must be first treated, else 0.
    private readonly record struct CellSpec(int Index, int Group, int TimeIndex, int BaseIndex, int NotYetAfter);

    // Per thread, the cell-sized temporaries (ΔY, influence function, regression residuals) reused from cell to cell.
    private sealed class CellBuffers(int size)
    {
        public double[] Dy { get; } = new double[size];

        public double[] Phi { get; } = new double[size];

        public double[] Residuals { get; } = new double[size];
    }

    // Per chain (one cohort's samples, base period after base period, on one thread): the treatment indicator and
    // the design's storage, made by the chain's first sample, and the arrays its samples reuse one after the other.
    private sealed class ChainArrays
    {
        public TwoByTwoBuffers Buffers { get; } = new();

        public double[]? D { get; set; }

        public Matrix? Design { get; set; }
    }
}
