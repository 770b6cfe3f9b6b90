using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Panel;

/// <summary>
/// Builds a <see cref="FirmPanel"/> straight from columns that are already in panel order, as a panel cache stores
/// them: the arrays are taken over as they are (no copy, no sort) once their order and ranges are checked. The
/// panel is the one <see cref="FirmPanelBuilder"/> builds from the same firms, firm-years and spells.
/// </summary>
public static class SortedPanelColumns
{
    /// <summary>
    /// Checks the columns and wraps them in a panel. Firms ascend by enterprise number; <paramref name="naceTable"/>
    /// ascends (NACE order) and <paramref name="regionTable"/> ascends (ordinal) without repeats, and the firms index
    /// into them; rows ascend by firm, then strictly by year; months lie in 1–36; a rubric column is <c>null</c> or one
    /// value per row, finite wherever <paramref name="rowPresent"/> sets the rubric's bit (and no bit is set for a
    /// missing column); spells ascend by firm, cluster (ordinal) and start year. The caller hands the arrays over and
    /// must not change them.
    /// </summary>
    /// <exception cref="ArgumentException">When a column breaks one of these rules.</exception>
    public static FirmPanel Create(
        EnterpriseNumber[] firmIds,
        string[] firmNames,
        int[] firmNace,
        NaceCode[] naceTable,
        int[] firmRegion,
        string[] regionTable,
        int?[] firmFounded,
        int[] rowFirm,
        int[] rowYear,
        FilingScheme[] rowScheme,
        byte[] rowMonths,
        uint[] rowPresent,
        double[]?[] columns,
        MembershipSpell[] memberships)
    {
        ArgumentNullException.ThrowIfNull(firmIds);
        ArgumentNullException.ThrowIfNull(rowFirm);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(memberships);
        var firms = firmIds.Length;
        Require(firmNames.Length == firms && firmNace.Length == firms && firmRegion.Length == firms && firmFounded.Length == firms,
            "firm columns differ in length");
        Require(columns.Length == RubricCodes.Count, "there must be one column slot per rubric");
        for (var i = 1; i < firms; i++)
        {
            Require(firmIds[i - 1].CompareTo(firmIds[i]) < 0, "firms must ascend by enterprise number without repeats");
        }

        for (var i = 1; i < naceTable.Length; i++)
        {
            Require(naceTable[i - 1].CompareTo(naceTable[i]) < 0, "the NACE table must ascend without repeats");
        }

        for (var i = 1; i < regionTable.Length; i++)
        {
            Require(string.CompareOrdinal(regionTable[i - 1], regionTable[i]) < 0, "the region table must ascend without repeats");
        }

        for (var i = 0; i < firms; i++)
        {
            Require((uint)firmNace[i] < (uint)naceTable.Length && (uint)firmRegion[i] < (uint)regionTable.Length && firmNames[i] is not null,
                "a firm's NACE code or region is out of range");
        }

        var firstRow = RowRanges(firms, rowFirm, rowYear, rowScheme, rowMonths, rowPresent);
        CheckValues(rowPresent, columns);
        for (var i = 1; i < memberships.Length; i++)
        {
            Require(SpellOrder(memberships[i - 1], memberships[i]) <= 0, "spells must ascend by firm, cluster and start year");
        }

        return new FirmPanel(
            firmIds, firmNames, firmNace, naceTable, firmRegion, regionTable, firmFounded, firstRow,
            rowFirm, rowYear, rowScheme, rowMonths, rowPresent, columns, memberships);
    }

    // The first row of every firm (length firms + 1), checking that rows ascend by firm and then strictly by year.
    // Loops over millions of rows that run once are optimised at once here, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] RowRanges(int firms, int[] rowFirm, int[] rowYear, FilingScheme[] rowScheme, byte[] rowMonths, uint[] rowPresent)
    {
        var rows = rowFirm.Length;
        Require(rowYear.Length == rows && rowScheme.Length == rows && rowMonths.Length == rows && rowPresent.Length == rows,
            "row columns differ in length");
        var firstRow = new int[firms + 1];
        var f = 0;
        for (var r = 0; r < rows; r++)
        {
            var firm = rowFirm[r];
            Require((uint)firm < (uint)firms && firm >= f - 1 && rowMonths[r] is >= 1 and <= 36, "a row's firm or months is out of range");
            if (firm == f - 1)
            {
                Require(rowYear[r - 1] < rowYear[r], "a firm's rows must ascend strictly by year");
                continue;
            }

            // The first row of `firm`: every firm from f up to it starts here (those between have no rows).
            for (; f <= firm; f++)
            {
                firstRow[f] = r;
            }
        }

        for (; f <= firms; f++)
        {
            firstRow[f] = rows;
        }

        return firstRow;
    }

    // One column per task: the check reads every value once, so it runs on all cores.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckValues(uint[] rowPresent, double[]?[] columns)
    {
        var missing = 0u;
        for (var c = 0; c < columns.Length; c++)
        {
            missing |= columns[c] is null ? 1u << c : 0;
            Require(columns[c] is null || columns[c]!.Length == rowPresent.Length, "a rubric column differs in length from the rows");
        }

        var finite = new bool[columns.Length];
        Parallel.For(0, columns.Length, c => finite[c] = columns[c] is not { } column || Finite(column, rowPresent, 1u << c));
        Require(Array.TrueForAll(finite, f => f), "rubric values must be finite where a row reports them");
        foreach (var present in rowPresent)
        {
            Require((present & missing) == 0, "a row reports a rubric that has no column");
        }
    }

    // Whether every value the presence bit marks is finite. Optimised at once: it runs once per panel, on millions of rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Finite(double[] column, uint[] rowPresent, uint bit)
    {
        for (var r = 0; r < column.Length; r++)
        {
            if ((rowPresent[r] & bit) != 0 && !double.IsFinite(column[r]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SpellOrder(MembershipSpell a, MembershipSpell b)
    {
        var c = a.Firm.CompareTo(b.Firm);
        c = c != 0 ? c : string.CompareOrdinal(a.Cluster, b.Cluster);
        return c != 0 ? c : a.StartYear.CompareTo(b.StartYear);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
