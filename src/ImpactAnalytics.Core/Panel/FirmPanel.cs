using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Panel;

/// <summary>
/// The validated firm panel, stored column by column: one entry per firm (the register) and one row per firm-year
/// (the accounts), rows ordered by firm then year, firms ordered by enterprise number. Built once by
/// <see cref="FirmPanelBuilder"/>; immutable afterwards by convention (arrays are exposed for speed, not for
/// writing).
/// </summary>
/// <remarks>
/// Rubric values are monetary amounts in euros (flows annualised to 12 months by ingestion) or FTE. A rubric that
/// a firm-year does not report is absent (<see cref="Has"/> is false), never zero or NaN. Only rubrics that occur
/// at all get a column.
/// </remarks>
public sealed class FirmPanel
{
    private readonly double[]?[] _columns;
    private uint _released;

    internal FirmPanel(
        EnterpriseNumber[] firmIds,
        string[] firmNames,
        int[] firmNace,
        NaceCode[] naceTable,
        int[] firmRegion,
        string[] regionTable,
        int?[] firmFounded,
        int[] firmFirstRow,
        int[] rowFirm,
        int[] rowYear,
        FilingScheme[] rowScheme,
        byte[] rowMonths,
        uint[] rowPresent,
        double[]?[] columns,
        MembershipSpell[] memberships)
    {
        FirmIds = firmIds;
        FirmNames = firmNames;
        FirmNace = firmNace;
        NaceTable = naceTable;
        FirmRegion = firmRegion;
        RegionTable = regionTable;
        FirmFounded = firmFounded;
        FirmFirstRow = firmFirstRow;
        RowFirm = rowFirm;
        RowYear = rowYear;
        RowScheme = rowScheme;
        RowMonths = rowMonths;
        RowPresent = rowPresent;
        _columns = columns;
        Memberships = memberships;
    }

    /// <summary>Number of firms in the register.</summary>
    public int FirmCount => FirmIds.Length;

    /// <summary>Number of firm-years with accounts.</summary>
    public int RowCount => RowFirm.Length;

    /// <summary>Enterprise number per firm, ascending.</summary>
    public EnterpriseNumber[] FirmIds { get; }

    /// <summary>Registered name per firm (confidential: never published).</summary>
    public string[] FirmNames { get; }

    /// <summary>Index into <see cref="NaceTable"/> per firm: its main activity as registered.</summary>
    public int[] FirmNace { get; }

    /// <summary>The distinct NACE codes of the register (interned), in code order.</summary>
    public NaceCode[] NaceTable { get; }

    /// <summary>Index into <see cref="RegionTable"/> per firm.</summary>
    public int[] FirmRegion { get; }

    /// <summary>The distinct regions (province or arrondissement as the register writes them), ordinal order.</summary>
    public string[] RegionTable { get; }

    /// <summary>Founding year per firm; <c>null</c> when the register does not say.</summary>
    public int?[] FirmFounded { get; }

    /// <summary>Row range per firm: rows of firm f are FirmFirstRow[f] .. FirmFirstRow[f+1]-1. Length FirmCount + 1.</summary>
    public int[] FirmFirstRow { get; }

    /// <summary>Firm index per row.</summary>
    public int[] RowFirm { get; }

    /// <summary>Financial year per row (the calendar year in which the financial year ends).</summary>
    public int[] RowYear { get; }

    /// <summary>Filing scheme per row.</summary>
    public FilingScheme[] RowScheme { get; }

    /// <summary>Length of the financial year in months per row (12 for a normal year; flows already annualised).</summary>
    public byte[] RowMonths { get; }

    /// <summary>Bit r set when rubric r is reported in the row.</summary>
    public uint[] RowPresent { get; }

    /// <summary>Membership spells, ordered by firm, cluster and start year.</summary>
    public MembershipSpell[] Memberships { get; }

    /// <summary>Whether the row reports the rubric.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int row, Rubric rubric) => (RowPresent[row] & (1u << (int)rubric)) != 0;

    /// <summary>The rubric's value in the row, or <c>null</c> when not reported.</summary>
    /// <exception cref="InvalidOperationException">The rubric's values were released (<see cref="ReleaseValues"/>).</exception>
    public double? Value(int row, Rubric rubric) => Has(row, rubric) ? Column(rubric)![row] : null;

    /// <summary>
    /// The whole column of a rubric (only meaningful where <see cref="Has"/> is true), or <c>null</c> when no row
    /// reports it. For hot loops.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rubric's values were released (<see cref="ReleaseValues"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double[]? Column(Rubric rubric) =>
        (_released & (1u << (int)rubric)) != 0 ? throw Released(rubric) : _columns[(int)rubric];

    /// <summary>Whether the values of a rubric were released by <see cref="ReleaseValues"/>.</summary>
    public bool IsReleased(Rubric rubric) => (_released & (1u << (int)rubric)) != 0;

    /// <summary>
    /// Lets the memory of every rubric's values except <paramref name="keep"/> be reclaimed, for a run that has
    /// derived what it needs from them (the measures) and goes on with large estimations: at 500,000 firms × 15 years
    /// the values are about 0.6 GB. Firms, rows, years and which rubrics each row reports (<see cref="Has"/>) stay;
    /// reading a released rubric's values afterwards throws. Other threads may go on reading firms, rows, presence and
    /// the kept rubrics meanwhile (a run releases the values once the panel cache entry is written from them, while
    /// its estimators already work from the measures); no thread may be reading a rubric being released.
    /// </summary>
    public void ReleaseValues(params ReadOnlySpan<Rubric> keep)
    {
        var kept = 0u;
        foreach (var rubric in keep)
        {
            kept |= 1u << (int)rubric;
        }

        for (var r = 0; r < _columns.Length; r++)
        {
            if ((kept & (1u << r)) == 0 && _columns[r] is not null)
            {
                Interlocked.Or(ref _released, 1u << r);
                _columns[r] = null;
            }
        }
    }

    private static InvalidOperationException Released(Rubric rubric) =>
        new($"The values of rubric {rubric.Code()} were released after the measures were computed (FirmPanel.ReleaseValues); derive what you need from them before releasing.");

    /// <summary>The firm's NACE code as registered.</summary>
    public NaceCode NaceOf(int firm) => NaceTable[FirmNace[firm]];

    // EnterpriseNumber is one long, ordered by it: the search runs on the longs (a primitive comparison inlined)
    // instead of through IComparable<EnterpriseNumber>, several times faster for the lookups of every member delta.
    /// <summary>The index of a firm, or -1 when it is not in the register.</summary>
    public int FindFirm(EnterpriseNumber id) =>
        MemoryMarshal.Cast<EnterpriseNumber, long>(FirmIds.AsSpan()).BinarySearch(id.Value) is var i and >= 0 ? i : -1;

    /// <summary>The row of a firm-year, or -1 when the firm has no accounts for that year.</summary>
    public int FindRow(int firm, int year)
    {
        var from = FirmFirstRow[firm];
        var count = FirmFirstRow[firm + 1] - from;
        var i = Array.BinarySearch(RowYear, from, count, year);
        return i >= 0 ? i : -1;
    }
}
