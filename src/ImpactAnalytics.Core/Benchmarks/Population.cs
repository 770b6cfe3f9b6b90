using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// The benchmark population of every year gathered in one pass over the rows: per year, its rows' LP and NACE table
/// index side by side (row order), and the sums of every cell at every level, added in row order. Reading the rows
/// once in order, instead of once per year, keeps the panel's columns from being fetched from memory fifteen times.
/// </summary>
internal sealed class Population
{
    private readonly int[] _start;
    private readonly double[] _lp;
    private readonly int[] _nace;
    private readonly CellSums[][][] _sums;

    private Population(int[] start, double[] lp, int[] nace, CellSums[][][] sums)
    {
        _start = start;
        _lp = lp;
        _nace = nace;
        _sums = sums;
    }

    /// <summary>
    /// Gathers the rows of the period with an LP, less those with a non-empty set in <paramref name="excluded"/>
    /// when it is given.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Population Gather(
        FirmPanel panel, FirmMeasures measures, LevelCells[] levels, int firstYear, int years, ulong[]? excluded)
    {
        var rowYear = panel.RowYear;
        var present = measures.Present;
        var start = new int[years + 1];
        for (var r = 0; r < rowYear.Length; r++)
        {
            var y = rowYear[r] - firstYear;
            if ((uint)y < (uint)years && (present[r] & MeasureSet.Lp) != 0 && (excluded is null || excluded[r] == 0))
            {
                start[y + 1]++;
            }
        }

        for (var y = 0; y < years; y++)
        {
            start[y + 1] += start[y];
        }

        var sums = new CellSums[years][][];
        for (var y = 0; y < years; y++)
        {
            sums[y] = [.. levels.Select(l => new CellSums[l.Codes.Length])];
        }

        var lp = measures.Lp;
        var va = measures.Va;
        var fte = measures.Fte;
        var rowFirm = panel.RowFirm;
        var firmNace = panel.FirmNace;
        var lps = new double[start[years]];
        var naces = new int[start[years]];
        var next = start[..years];
        for (var r = 0; r < rowYear.Length; r++)
        {
            var y = rowYear[r] - firstYear;
            if ((uint)y >= (uint)years || (present[r] & MeasureSet.Lp) == 0 || (excluded is not null && excluded[r] != 0))
            {
                continue;
            }

            var at = next[y]++;
            var nace = firmNace[rowFirm[r]];
            lps[at] = lp[r];
            naces[at] = nace;
            var yearSums = sums[y];
            for (var l = 0; l < levels.Length; l++)
            {
                var code = levels[l].TableCode[nace];
                if (code >= 0)
                {
                    yearSums[l][code].Add(va[r], fte[r]);
                }
            }
        }

        return new Population(start, lps, naces, sums);
    }

    /// <summary>The LP values of a year's population, row order.</summary>
    public ReadOnlySpan<double> Lp(int year) => _lp.AsSpan(_start[year], _start[year + 1] - _start[year]);

    /// <summary>The NACE table indices of a year's population, beside <see cref="Lp"/>.</summary>
    public ReadOnlySpan<int> Nace(int year) => _nace.AsSpan(_start[year], _start[year + 1] - _start[year]);

    /// <summary>The sums of a year's cells per level (code order).</summary>
    public CellSums[][] Sums(int year) => _sums[year];

    /// <summary>The size of the largest year.</summary>
    public int Largest()
    {
        var max = 0;
        for (var y = 0; y + 1 < _start.Length; y++)
        {
            max = Math.Max(max, _start[y + 1] - _start[y]);
        }

        return max;
    }
}
