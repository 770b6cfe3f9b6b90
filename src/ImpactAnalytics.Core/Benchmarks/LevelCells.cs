using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// The benchmark cells of one NACE level, column by column: cell c covers code <c>Codes[CellCode[c]]</c> in year
/// <c>CellYear[c]</c>, its raw LP values sit ascending in <c>SortedLp[CellStart[c] .. CellStart[c+1]-1]</c>.
/// </summary>
internal sealed class LevelCells
{
    public LevelCells(
        NaceLevel level,
        NaceCode[] codes,
        int[] firmCode,
        int firstYear,
        int[] lookup,
        int[] cellYear,
        int[] cellCode,
        int[] cellStart,
        CellStatistics[] stats,
        double[] dominance,
        double[] sortedLp)
    {
        Level = level;
        Codes = codes;
        FirmCode = firmCode;
        FirstYear = firstYear;
        Lookup = lookup;
        CellYear = cellYear;
        CellCode = cellCode;
        CellStart = cellStart;
        Stats = stats;
        Dominance = dominance;
        SortedLp = sortedLp;
    }

    public NaceLevel Level { get; }

    /// <summary>The level's codes (NACE Rev. 2), in code order.</summary>
    public NaceCode[] Codes { get; }

    /// <summary>Code index per firm, -1 when the firm's registered code is coarser than the level.</summary>
    public int[] FirmCode { get; }

    public int FirstYear { get; }

    /// <summary>Cell index per (year − FirstYear) · Codes.Length + code, -1 when the cell is empty.</summary>
    public int[] Lookup { get; }

    public int[] CellYear { get; }

    public int[] CellCode { get; }

    /// <summary>Start of each cell's values in <see cref="SortedLp"/>; length cells + 1.</summary>
    public int[] CellStart { get; }

    public CellStatistics[] Stats { get; }

    /// <summary>Share of the cell's Σ|VA| held by its two largest firms (by |VA|), in [0, 1].</summary>
    public double[] Dominance { get; }

    public double[] SortedLp { get; }

    public int CellCount => CellYear.Length;

    /// <summary>The cell of a firm in a year, or -1.</summary>
    public int Find(int firm, int year)
    {
        var code = FirmCode[firm];
        var y = year - FirstYear;
        if (code < 0 || y < 0 || (y * Codes.Length) >= Lookup.Length)
        {
            return -1;
        }

        return Lookup[(y * Codes.Length) + code];
    }

    /// <summary>The ascending raw LP values of a cell.</summary>
    public ReadOnlySpan<double> Values(int cell) => SortedLp.AsSpan(CellStart[cell], CellStart[cell + 1] - CellStart[cell]);
}
