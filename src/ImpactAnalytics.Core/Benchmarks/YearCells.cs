using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Builds the cells of one year at every level, with buffers sized once for the largest year and reused: the year's
/// population (gathered with its cell sums by <see cref="Population"/>) sorted by LP, then per level a stable scatter
/// by code (each code's run ascending), statistics per code, and the placement of the year's member rows not placed
/// at a finer level.
/// </summary>
internal sealed class YearCells
{
    private readonly FirmPanel _panel;
    private readonly FirmMeasures _measures;
    private readonly LevelCells[] _levels;
    private readonly BenchmarkSettings _settings;
    private readonly double[] _lp;
    private readonly int[] _nace;
    private readonly ulong[] _keys;
    private readonly ulong[] _keyScratch;
    private readonly int[] _naceScratch;
    private readonly double[] _byCode;
    private readonly int[][] _start;
    private readonly int[][] _next;

    public YearCells(FirmPanel panel, FirmMeasures measures, LevelCells[] levels, BenchmarkSettings settings, int capacity)
    {
        _panel = panel;
        _measures = measures;
        _levels = levels;
        _settings = settings;
        _lp = new double[capacity];
        _nace = new int[capacity];
        _keys = new ulong[capacity];
        _keyScratch = new ulong[capacity];
        _naceScratch = new int[capacity];
        _byCode = new double[capacity];
        _start = [.. levels.Select(l => new int[l.Codes.Length + 1])];
        _next = [.. levels.Select(l => new int[l.Codes.Length])];
    }

    /// <summary>
    /// The year's cells per level, in code order. Fills the placements of the year's member rows with the code (not
    /// yet the cell index, which depends on earlier years) of the cell they are compared with.
    /// </summary>
    /// <param name="population">The year's benchmark population with its cell sums (<see cref="Population"/>).</param>
    /// <param name="year">The year's index in the population.</param>
    /// <param name="members">Positions in <paramref name="placement"/> of the year's member rows.</param>
    /// <param name="placement">Placements of every member row (row order); only this year's rows are written.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<YearCell>[] Build(Population population, int year, ReadOnlySpan<int> members, MemberPlacement placement)
    {
        var lp = population.Lp(year);
        var n = lp.Length;
        lp.CopyTo(_lp);
        population.Nace(year).CopyTo(_nace);
        var sums = population.Sums(year);
        RadixSort.Sort(_lp, _nace, n, _keys, _keyScratch, _naceScratch);
        var cells = new List<YearCell>[_levels.Length];
        for (var l = 0; l < _levels.Length; l++)
        {
            cells[l] = BuildLevel(l, n, sums[l], members, placement);
        }

        return cells;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<YearCell> BuildLevel(int l, int n, CellSums[] sums, ReadOnlySpan<int> members, MemberPlacement placement)
    {
        var level = _levels[l];
        var start = _start[l];
        var codes = level.Codes.Length;
        start[0] = 0;
        for (var c = 0; c < codes; c++)
        {
            start[c + 1] = start[c] + sums[c].N;
        }

        var next = _next[l];
        start.AsSpan(0, codes).CopyTo(next);
        for (var i = 0; i < n; i++)
        {
            var code = level.TableCode[_nace[i]];
            if (code >= 0)
            {
                _byCode[next[code]++] = _lp[i];
            }
        }

        var cells = new List<YearCell>();
        for (var c = 0; c < codes; c++)
        {
            if (sums[c].N > 0)
            {
                var s = sums[c];
                var stats = CellStatistics.Compute(_byCode.AsSpan(start[c], s.N), s.Va, s.Fte, _settings.Outliers);
                cells.Add(new YearCell(c, stats, s.AbsVa > 0 ? (s.Top1 + s.Top2) / s.AbsVa : 0));
            }
        }

        var lp = _measures.Lp;
        var present = _measures.Present;
        foreach (var i in members)
        {
            var r = placement.Rows[i];
            var code = level.FirmCode[_panel.RowFirm[r]];
            if (placement.Level[i] >= 0 || (present[r] & MeasureSet.Lp) == 0 || code < 0
                || sums[code].N == 0 || sums[code].N < _settings.MinCell)
            {
                continue;
            }

            placement.Level[i] = l;
            placement.Cell[i] = code;
            placement.Percentile[i] = Quantiles.MidRankShare(_byCode.AsSpan(start[code], sums[code].N), lp[r]);
        }

        return cells;
    }

    /// <summary>One cell of a year at a level: its code index, statistics and dominance share.</summary>
    public readonly record struct YearCell(int Code, CellStatistics Stats, double Dominance);
}
