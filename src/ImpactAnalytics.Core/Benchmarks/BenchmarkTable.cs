using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Benchmark cells (METHODS §4) at the configured level and every coarser one, built by sort-based grouping:
/// a counting sort of the benchmark population by (year, code), then a sort of each cell's LP values.
/// Registered codes are rolled up to NACE Rev. 2 classes (<see cref="NaceCode.ToNaceRev2Class"/>) first.
/// </summary>
internal sealed class BenchmarkTable
{
    private BenchmarkTable(LevelCells[] levels, BenchmarkSettings settings)
    {
        Levels = levels;
        Settings = settings;
    }

    /// <summary>The configured level first, then each parent up to the section.</summary>
    public LevelCells[] Levels { get; }

    public BenchmarkSettings Settings { get; }

    /// <summary>
    /// Builds the cells. The population of a cell: rows of its year with a valid LP, less cluster members (rows
    /// with a non-empty cluster set) when the settings exclude them.
    /// </summary>
    /// <exception cref="ArgumentException">When the level is a NACE-BEL subclass (cells are NACE Rev. 2).</exception>
    public static BenchmarkTable Build(
        FirmPanel panel, FirmMeasures measures, ulong[] rowClusters, int firstYear, int lastYear, BenchmarkSettings settings)
    {
        if (settings.Level is < NaceLevel.Section or > NaceLevel.Class)
        {
            throw new ArgumentException($"benchmark level must be section, division, group or class, found {settings.Level}", nameof(settings));
        }

        var population = new List<int>(panel.RowCount);
        var present = measures.Present;
        for (var r = 0; r < panel.RowCount; r++)
        {
            var y = panel.RowYear[r];
            if (y >= firstYear && y <= lastYear && (present[r] & MeasureSet.Lp) != 0
                && !(settings.ExcludeMembers && rowClusters[r] != 0))
            {
                population.Add(r);
            }
        }

        var rows = population.ToArray();
        var levels = new List<LevelCells>();
        for (var level = settings.Level; level >= NaceLevel.Section; level--)
        {
            levels.Add(BuildLevel(panel, measures, rows, firstYear, lastYear, level, settings.Outliers));
        }

        return new BenchmarkTable([.. levels], settings);
    }

    /// <summary>
    /// The cell a firm-year is compared with: the first level (finest first) whose cell has at least min_cell
    /// firms. Returns false when no level qualifies.
    /// </summary>
    public bool TryFind(int firm, int year, out int level, out int cell)
    {
        for (level = 0; level < Levels.Length; level++)
        {
            cell = Levels[level].Find(firm, year);
            if (cell >= 0 && Levels[level].Stats[cell].N >= Settings.MinCell)
            {
                return true;
            }
        }

        level = -1;
        cell = -1;
        return false;
    }

    private static LevelCells BuildLevel(
        FirmPanel panel, FirmMeasures measures, int[] population, int firstYear, int lastYear, NaceLevel level, OutlierRule rule)
    {
        var (codes, firmCode) = CodesAt(panel, level);
        var years = Math.Max(0, lastYear - firstYear + 1);
        var keys = codes.Length * years;
        var count = new int[keys + 1];
        var rowKey = new int[population.Length];
        for (var i = 0; i < population.Length; i++)
        {
            var r = population[i];
            var code = firmCode[panel.RowFirm[r]];
            rowKey[i] = code < 0 ? -1 : ((panel.RowYear[r] - firstYear) * codes.Length) + code;
            if (rowKey[i] >= 0)
            {
                count[rowKey[i] + 1]++;
            }
        }

        for (var k = 0; k < keys; k++)
        {
            count[k + 1] += count[k];
        }

        var sortedLp = new double[count[keys]];
        var sortedRow = new int[count[keys]];
        var next = count[..keys];
        var lp = measures.Lp;
        for (var i = 0; i < population.Length; i++)
        {
            if (rowKey[i] >= 0)
            {
                var at = next[rowKey[i]]++;
                sortedRow[at] = population[i];
                sortedLp[at] = lp[population[i]];
            }
        }

        return Summarise(level, codes, firmCode, firstYear, count, sortedLp, sortedRow, measures, rule);
    }

    private static LevelCells Summarise(
        NaceLevel level, NaceCode[] codes, int[] firmCode, int firstYear, int[] start, double[] sortedLp, int[] sortedRow,
        FirmMeasures measures, OutlierRule rule)
    {
        var keys = start.Length - 1;
        var lookup = new int[keys];
        var cellYear = new List<int>();
        var cellCode = new List<int>();
        var cellStart = new List<int>();
        var stats = new List<CellStatistics>();
        var dominance = new List<double>();
        var va = measures.Va;
        var fte = measures.Fte;
        for (var k = 0; k < keys; k++)
        {
            var (from, to) = (start[k], start[k + 1]);
            if (from == to)
            {
                lookup[k] = -1;
                continue;
            }

            double sumVa = 0, sumFte = 0, sumAbs = 0, top1 = 0, top2 = 0;
            for (var i = from; i < to; i++)
            {
                var r = sortedRow[i];
                sumVa += va[r];
                sumFte += fte[r];
                var a = Math.Abs(va[r]);
                sumAbs += a;
                (top1, top2) = a > top1 ? (a, top1) : (top1, Math.Max(top2, a));
            }

            Array.Sort(sortedLp, from, to - from);
            lookup[k] = cellYear.Count;
            cellYear.Add(firstYear + (k / codes.Length));
            cellCode.Add(k % codes.Length);
            cellStart.Add(from);
            stats.Add(CellStatistics.Compute(sortedLp.AsSpan(from, to - from), sumVa, sumFte, rule));
            dominance.Add(sumAbs > 0 ? (top1 + top2) / sumAbs : 0);
        }

        // Cells are visited in key order, so their value ranges are contiguous and ascending.
        cellStart.Add(sortedLp.Length);
        return new LevelCells(
            level, codes, firmCode, firstYear, lookup, [.. cellYear], [.. cellCode], [.. cellStart], [.. stats], [.. dominance], sortedLp);
    }

    private static (NaceCode[] Codes, int[] FirmCode) CodesAt(FirmPanel panel, NaceLevel level)
    {
        var byTable = new NaceCode?[panel.NaceTable.Length];
        for (var i = 0; i < byTable.Length; i++)
        {
            var rev2 = panel.NaceTable[i].ToNaceRev2Class();
            byTable[i] = rev2.Level >= level ? rev2.AtLevel(level) : null;
        }

        var codes = byTable.OfType<NaceCode>().Distinct().Order().ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var tableCode = byTable.Select(c => c is { } v ? index[v] : -1).ToArray();
        var firmCode = new int[panel.FirmCount];
        for (var f = 0; f < firmCode.Length; f++)
        {
            firmCode[f] = tableCode[panel.FirmNace[f]];
        }

        return (codes, firmCode);
    }
}
