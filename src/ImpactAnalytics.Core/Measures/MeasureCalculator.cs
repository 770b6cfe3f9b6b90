using System.Globalization;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Measures;

/// <summary>Computes <see cref="FirmMeasures"/> from a panel in one pass over its rows (METHODS §3).</summary>
public static class MeasureCalculator
{
    /// <summary>
    /// Value added by formula id, FTE by the first reporting source, LP where FTE ≥ min_fte, wage cost per FTE,
    /// wage share, capital intensity and log growth against the firm's previous calendar year. With a deflator
    /// table, VA and LP are in real terms; a firm-year whose division has no index for its year loses its VA
    /// (one <see cref="DataIssue"/> per division and year).
    /// </summary>
    /// <exception cref="ArgumentException">When the formula id is unknown (the study file validates it first).</exception>
    public static FirmMeasures Compute(FirmPanel panel, MeasureSettings settings, DeflatorTable? deflators = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(settings);
        var rules = new MeasureRules(panel, settings, deflators);
        var rows = panel.RowCount;
        var c = new MeasureColumns(rows);

        // Rows are independent but for growth, which reads the previous row: chunks run in parallel, and the first
        // row of each chunk gets its growth flags once every chunk is done.
        var chunks = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, rows / ChunkRows));
        var missing = new SortedDictionary<(int Division, int Year), int>[chunks];
        Parallel.For(0, chunks, k => missing[k] = Fill(panel, rules, c, Bound(k, chunks, rows), Bound(k + 1, chunks, rows)));
        for (var k = 1; k < chunks; k++)
        {
            var r = Bound(k, chunks, rows);
            if (r < rows && SameFirmNextYear(panel, r))
            {
                c.Flags[r] |= GrowthFlags(c.Flags[r - 1], c.Flags[r], r - 1, r, c.Va, c.Fte, c.Lp);
            }
        }

        var missingDeflator = new SortedDictionary<(int Division, int Year), int>();
        foreach (var part in missing)
        {
            foreach (var (key, count) in part)
            {
                missingDeflator[key] = missingDeflator.GetValueOrDefault(key) + count;
            }
        }

        var issues = missingDeflator
            .Select(kv => new DataIssue(
                "deflators",
                0,
                "division",
                "deflator.missing",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"no deflator for NACE division {kv.Key.Division:00} in {kv.Key.Year}: value added of {kv.Value} firm-years left out"),
                Severity.Warning))
            .ToArray();
        return new FirmMeasures(c, rules, issues);
    }

    private const int ChunkRows = 65_536;

    private static int Bound(int k, int chunks, int rows) => (int)((long)k * rows / chunks);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameFirmNextYear(FirmPanel panel, int r) =>
        r > 0 && panel.RowFirm[r - 1] == panel.RowFirm[r] && panel.RowYear[r - 1] == panel.RowYear[r] - 1;

    // Rows [from, to): levels, and growth where the previous row is in the range too.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SortedDictionary<(int Division, int Year), int> Fill(FirmPanel panel, MeasureRules rules, MeasureColumns c, int from, int to)
    {
        var missingDeflator = new SortedDictionary<(int Division, int Year), int>();
        var m = default(RowMeasure);
        for (var r = from; r < to; r++)
        {
            var missing = rules.Measure(r, ref m);
            if (missing >= 0)
            {
                var key = (missing, panel.RowYear[r]);
                missingDeflator[key] = missingDeflator.GetValueOrDefault(key) + 1;
            }

            var flags = m.Flags;
            c.Va[r] = m.Va;
            c.Fte[r] = m.Fte;
            c.Lp[r] = m.Lp;
            if (r > from && SameFirmNextYear(panel, r))
            {
                flags |= GrowthFlags(c.Flags[r - 1], flags, r - 1, r, c.Va, c.Fte, c.Lp);
            }

            c.Flags[r] = flags;
        }

        return missingDeflator;
    }

    /// <summary>
    /// The growth flags of row r against row p, the same firm's previous calendar year: set where both levels are
    /// known and strictly positive, i.e. where <see cref="Growth.LogChange"/> has a value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static MeasureSet GrowthFlags(
        MeasureSet before, MeasureSet now, int p, int r, double[] va, double[] fte, double[] lp)
    {
        var flags = MeasureSet.None;
        if ((before & now & MeasureSet.Va) != 0 && va[p] > 0 && va[r] > 0)
        {
            flags |= MeasureSet.VaGrowth;
        }

        if ((before & now & MeasureSet.Fte) != 0 && fte[p] > 0 && fte[r] > 0)
        {
            flags |= MeasureSet.FteGrowth;
        }

        if ((before & now & MeasureSet.Lp) != 0 && lp[p] > 0 && lp[r] > 0)
        {
            flags |= MeasureSet.LpGrowth;
        }

        return flags;
    }
}
