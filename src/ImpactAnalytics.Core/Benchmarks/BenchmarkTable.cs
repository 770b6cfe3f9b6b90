using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Benchmark cells (METHODS §4) at the configured level and every coarser one, built one year at a time: the year's
/// benchmark population is sorted by LP once (<see cref="RadixSort"/>), and a stable counting sort by code then
/// gives every cell of every level its ascending values without sorting each cell. Sums run over each cell's firms
/// in row order. Registered codes are rolled up to NACE Rev. 2 classes (<see cref="NaceCode.ToNaceRev2Class"/>)
/// first. Member rows are placed (small-cell fallback, percentile) while their year's values are at hand, so no
/// sorted copy outlives its year.
/// </summary>
internal sealed class BenchmarkTable
{
    private BenchmarkTable(LevelCells[] levels, BenchmarkSettings settings, MemberPlacement members)
    {
        Levels = levels;
        Settings = settings;
        Members = members;
    }

    /// <summary>The configured level first, then each parent up to the section.</summary>
    public LevelCells[] Levels { get; }

    public BenchmarkSettings Settings { get; }

    /// <summary>Every member row of the study period with its cell and percentile.</summary>
    public MemberPlacement Members { get; }

    /// <summary>
    /// Builds the cells. The population of a cell: rows of its year with a valid LP, less cluster members (rows
    /// with a non-empty cluster set) when the settings exclude them. Members: rows with a non-empty cluster set.
    /// </summary>
    /// <exception cref="ArgumentException">When the level is a NACE-BEL subclass (cells are NACE Rev. 2).</exception>
    public static BenchmarkTable Build(
        FirmPanel panel, FirmMeasures measures, ulong[] rowClusters, int firstYear, int lastYear, BenchmarkSettings settings)
    {
        if (settings.Level is < NaceLevel.Section or > NaceLevel.Class)
        {
            throw new ArgumentException($"benchmark level must be section, division, group or class, found {settings.Level}", nameof(settings));
        }

        var years = Math.Max(0, lastYear - firstYear + 1);
        var levels = new List<LevelCells>();
        for (var level = settings.Level; level >= NaceLevel.Section; level--)
        {
            var (codes, tableCode) = CodesAt(panel, level);
            var firmCode = new int[panel.FirmCount];
            for (var f = 0; f < firmCode.Length; f++)
            {
                firmCode[f] = tableCode[panel.FirmNace[f]];
            }

            levels.Add(new LevelCells(level, codes, firmCode, tableCode, firstYear, years));
        }

        var rowYear = panel.RowYear;
        var exclude = settings.ExcludeMembers;
        var population = Population.Gather(panel, measures, [.. levels], firstYear, years, exclude ? rowClusters : null);
        var members = new MemberPlacement(MemberRows(rowClusters, rowYear, firstYear, lastYear));
        var memberRows = PositionsByYear(members.Rows, rowYear, firstYear, years);
        // Years are independent: each worker sorts its years with buffers of its own; cells are appended in year order.
        var byYear = new List<YearCells.YearCell>[years][];
        var capacity = population.Largest();
        Parallel.For(
            0,
            years,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new YearCells(panel, measures, [.. levels], settings, capacity),
            (y, _, builder) =>
            {
                byYear[y] = builder.Build(population, y, memberRows.Of(y), members);
                return builder;
            },
            _ => { });
        for (var y = 0; y < years; y++)
        {
            for (var l = 0; l < levels.Count; l++)
            {
                foreach (var cell in byYear[y][l])
                {
                    levels[l].Add(firstYear + y, cell.Code, cell.Stats, cell.Dominance);
                }
            }
        }

        // Placements hold the code of their cell until the cells are numbered.
        for (var i = 0; i < members.Rows.Length; i++)
        {
            if (members.Level[i] >= 0)
            {
                var level = levels[members.Level[i]];
                var y = rowYear[members.Rows[i]] - firstYear;
                members.Cell[i] = level.Lookup[(y * level.Codes.Length) + members.Cell[i]];
            }
        }

        return new BenchmarkTable([.. levels], settings, members);
    }

    private static int[] MemberRows(ulong[] rowClusters, int[] rowYear, int firstYear, int lastYear)
    {
        var rows = new List<int>();
        for (var r = 0; r < rowYear.Length; r++)
        {
            if (rowClusters[r] != 0 && rowYear[r] >= firstYear && rowYear[r] <= lastYear)
            {
                rows.Add(r);
            }
        }

        return [.. rows];
    }

    // Positions in rows (a stable counting sort by year).
    private static RowGroups PositionsByYear(int[] rows, int[] rowYear, int firstYear, int years)
    {
        var start = new int[years + 1];
        foreach (var r in rows)
        {
            start[rowYear[r] - firstYear + 1]++;
        }

        for (var y = 0; y < years; y++)
        {
            start[y + 1] += start[y];
        }

        var positions = new int[rows.Length];
        var next = start[..years];
        for (var i = 0; i < rows.Length; i++)
        {
            positions[next[rowYear[rows[i]] - firstYear]++] = i;
        }

        return new RowGroups(start, positions);
    }

    private static (NaceCode[] Codes, int[] TableCode) CodesAt(FirmPanel panel, NaceLevel level)
    {
        var byTable = new NaceCode?[panel.NaceTable.Length];
        for (var i = 0; i < byTable.Length; i++)
        {
            var rev2 = panel.NaceTable[i].ToNaceRev2Class();
            byTable[i] = rev2.Level >= level ? rev2.AtLevel(level) : null;
        }

        var codes = byTable.OfType<NaceCode>().Distinct().Order().ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return (codes, byTable.Select(c => c is { } v ? index[v] : -1).ToArray());
    }

    /// <summary>Indices grouped by year (ascending within a year).</summary>
    private sealed class RowGroups(int[] start, int[] rows)
    {
        public ReadOnlySpan<int> Of(int y) => rows.AsSpan(start[y], start[y + 1] - start[y]);
    }
}
