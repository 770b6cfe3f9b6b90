using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// The benchmark cells of one NACE level, column by column: cell c covers code <c>Codes[CellCode[c]]</c> in year
/// <c>CellYear[c]</c>; cells are in (year, code) order. Filled year by year by <see cref="BenchmarkTable.Build"/>.
/// </summary>
internal sealed class LevelCells
{
    private readonly List<int> _cellYear = [];
    private readonly List<int> _cellCode = [];
    private readonly List<CellStatistics> _stats = [];
    private readonly List<double> _dominance = [];

    public LevelCells(NaceLevel level, NaceCode[] codes, int[] firmCode, int[] tableCode, int firstYear, int years)
    {
        Level = level;
        Codes = codes;
        FirmCode = firmCode;
        TableCode = tableCode;
        FirstYear = firstYear;
        Lookup = new int[codes.Length * years];
        Array.Fill(Lookup, -1);
    }

    public NaceLevel Level { get; }

    /// <summary>The level's codes (NACE Rev. 2), in code order.</summary>
    public NaceCode[] Codes { get; }

    /// <summary>Code index per firm, -1 when the firm's registered code is coarser than the level.</summary>
    public int[] FirmCode { get; }

    /// <summary>Code index per entry of the panel's NACE table, -1 when that code is coarser than the level.</summary>
    public int[] TableCode { get; }

    public int FirstYear { get; }

    /// <summary>Cell index per (year − FirstYear) · Codes.Length + code, -1 when the cell is empty.</summary>
    public int[] Lookup { get; }

    public int CellCount => _stats.Count;

    public int CellYear(int cell) => _cellYear[cell];

    public int CellCode(int cell) => _cellCode[cell];

    public CellStatistics Stats(int cell) => _stats[cell];

    /// <summary>Share of the cell's Σ|VA| held by its two largest firms (by |VA|), in [0, 1].</summary>
    public double Dominance(int cell) => _dominance[cell];

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

    /// <summary>Appends the cell of <paramref name="code"/> in <paramref name="year"/>; cells come in (year, code) order.</summary>
    public int Add(int year, int code, CellStatistics stats, double dominance)
    {
        var cell = _stats.Count;
        Lookup[((year - FirstYear) * Codes.Length) + code] = cell;
        _cellYear.Add(year);
        _cellCode.Add(code);
        _stats.Add(stats);
        _dominance.Add(dominance);
        return cell;
    }
}
