using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Panel;

/// <summary>Building: the firms in enterprise-number order, the rows in panel order, and the hand-over to the panel.</summary>
public sealed partial class FirmPanelBuilder
{
    /// <summary>
    /// The builder indices of the firms added so far, in enterprise-number order (the panel's firm order): entry k
    /// is the builder index of the firm that becomes panel firm k. Sorted once per number of firms and shared with
    /// <see cref="Build"/>, so a caller that orders rows by firm does not sort the firms a second time.
    /// </summary>
    public ReadOnlySpan<int> FirmsInIdOrder()
    {
        if (_firmOrder is null || _firmOrder.Length != _firmIds.Count)
        {
            _firmOrder = IdRadixSort.Order(_firmIds);
        }

        return _firmOrder;
    }

    /// <summary>Sorts and freezes everything into a panel.</summary>
    /// <exception cref="InvalidOperationException">When a firm has two rows for the same year.</exception>
    /// <exception cref="InvalidOperationException">When a row written in place has a firm or months out of range.</exception>
    /// <exception cref="InvalidOperationException">When the builder already built its panel.</exception>
    public FirmPanel Build()
    {
        ThrowIfBuilt();
        if (_rowsToCheck)
        {
            CheckRows();
        }

        _built = true;
        FirmsInIdOrder();
        var firmOrder = _firmOrder!;
        var newFirmIndex = GC.AllocateUninitializedArray<int>(firmOrder.Length);
        for (var i = 0; i < firmOrder.Length; i++)
        {
            newFirmIndex[firmOrder[i]] = i;
        }

        // The firm tables and the rows do not depend on each other: the firms are built on a thread of their own
        // while this one checks and hands over the rows (whose exceptions thus reach the caller unwrapped).
        var firmTables = Task.Run(() => BuildFirms(firmOrder));
        var (firstRow, rowFirm, rowYear, rowScheme, rowMonths, rowPresent, columns) = BuildRows(newFirmIndex, firmOrder.Length);
        // The spells are sorted while the firm tables (the longer job) may still be in the making.
        var memberships = _memberships
            .OrderBy(m => m.Firm)
            .ThenBy(m => m.Cluster, StringComparer.Ordinal)
            .ThenBy(m => m.StartYear)
            .ToArray();
        var (firmIds, names, nace, naceTable, region, regionTable, founded) = firmTables.GetAwaiter().GetResult();

        return new FirmPanel(
            firmIds, names, nace, naceTable, region, regionTable, founded, firstRow,
            rowFirm, rowYear, rowScheme, rowMonths, rowPresent, columns, memberships);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FirmTables BuildFirms(int[] firmOrder)
    {
        var (naceTable, naceOf) = Tabulate(_firmNace, EqualityComparer<NaceCode>.Default, Comparer<NaceCode>.Default);
        var (regionTable, regionOf) = Tabulate(_firmRegion, StringComparer.Ordinal, StringComparer.Ordinal);

        var firms = firmOrder.Length;
        var firmIds = new EnterpriseNumber[firms];
        var names = new string[firms];
        var nace = new int[firms];
        var region = new int[firms];
        var founded = new int?[firms];
        for (var i = 0; i < firms; i++)
        {
            var src = firmOrder[i];
            firmIds[i] = _firmIds[src];
            names[i] = _firmNames[src];
            nace[i] = naceOf[src];
            region[i] = regionOf[src];
            founded[i] = _firmFounded[src];
        }

        return new FirmTables(firmIds, names, nace, naceTable, region, regionTable, founded);
    }

    /// <summary>
    /// The distinct values in order (as <c>Distinct().Order()</c> gives them: a stable sort of the values in order of
    /// first appearance) and, per builder firm, its value's index in that table; each value hashed once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (T[] Table, int[] IndexOf) Tabulate<T>(List<T> values, IEqualityComparer<T> equality, IComparer<T> order)
        where T : notnull
    {
        var seen = new Dictionary<T, int>(equality);
        var indexOf = GC.AllocateUninitializedArray<int>(values.Count);
        for (var i = 0; i < indexOf.Length; i++)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, values[i], out var exists);
            if (!exists)
            {
                first = seen.Count - 1;
            }

            indexOf[i] = first;
        }

        // Dictionary keys enumerate in insertion order while nothing is removed: the order of first appearance.
        var firstSeen = seen.Keys.ToArray();
        var table = firstSeen.Order(order).ToArray();
        var rank = new int[firstSeen.Length];
        for (var k = 0; k < table.Length; k++)
        {
            rank[seen[table[k]]] = k;
        }

        for (var i = 0; i < indexOf.Length; i++)
        {
            indexOf[i] = rank[indexOf[i]];
        }

        return (table, indexOf);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RowTables BuildRows(int[] newFirmIndex, int firms)
    {
        // Ingestion adds rows already in panel order (final firm index, then year, strictly increasing): then this
        // check is all the sorting there is, and no key or order array is made.
        var sorted = true;
        var previous = -1L;
        for (var r = 0; r < _rows && sorted; r++)
        {
            var key = ((long)newFirmIndex[_rowFirm[r]] << 32) | (uint)_rowYear[r];
            sorted = key > previous;
            previous = key;
        }

        int[]? rowOrder = null;
        if (!sorted)
        {
            // Sort rows by (final firm index, year) with a key array; stable for equal keys, which are then rejected.
            var keys = new long[_rows];
            rowOrder = new int[_rows];
            for (var r = 0; r < _rows; r++)
            {
                keys[r] = ((long)newFirmIndex[_rowFirm[r]] << 32) | (uint)_rowYear[r];
                rowOrder[r] = r;
            }

            Array.Sort(keys, rowOrder);
            for (var r = 1; r < _rows; r++)
            {
                if (keys[r] == keys[r - 1])
                {
                    var src = rowOrder[r];
                    throw new InvalidOperationException(
                        $"firm {_firmIds[_rowFirm[src]]} has two rows for year {_rowYear[src]}; ingestion must resolve duplicates");
                }
            }

            var identity = true;
            for (var r = 0; r < _rows && identity; r++)
            {
                identity = rowOrder[r] == r;
            }

            if (identity)
            {
                rowOrder = null;
            }
        }

        var rowFirm = Take(ref _rowFirm, rowOrder);
        for (var r = 0; r < rowFirm.Length; r++)
        {
            rowFirm[r] = newFirmIndex[rowFirm[r]];
        }

        var rowYear = Take(ref _rowYear, rowOrder);
        var rowScheme = Take(ref _rowScheme, rowOrder);
        var rowMonths = Take(ref _rowMonths, rowOrder);
        var rowPresent = Take(ref _rowPresent, rowOrder);
        var columns = new double[]?[RubricCodes.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            if (_columns[c] is not null)
            {
                var column = _columns[c]!;
                _columns[c] = null;
                columns[c] = Take(ref column, rowOrder);
            }
        }

        var firstRow = new int[firms + 1];
        for (int f = 0, r = 0; f <= firms; f++)
        {
            while (r < _rows && rowFirm[r] < f)
            {
                r++;
            }

            firstRow[f] = r;
        }

        return new RowTables(firstRow, rowFirm, rowYear, rowScheme, rowMonths, rowPresent, columns);
    }

    /// <summary>
    /// The first <see cref="_rows"/> entries of <paramref name="source"/> in <paramref name="order"/> (null: as they
    /// are); the source is released (or handed over as it is, when already in order and of the exact length).
    /// </summary>
    private T[] Take<T>(ref T[] source, int[]? order)
    {
        T[] result;
        if (order is null && source.Length == _rows)
        {
            result = source;
        }
        else if (order is null)
        {
            result = source.AsSpan(0, _rows).ToArray();
        }
        else
        {
            result = new T[_rows];
            for (var r = 0; r < result.Length; r++)
            {
                result[r] = source[order[r]];
            }
        }

        source = [];
        return result;
    }

    private sealed record FirmTables(
        EnterpriseNumber[] FirmIds, string[] Names, int[] Nace, NaceCode[] NaceTable, int[] Region, string[] RegionTable, int?[] Founded);

    private sealed record RowTables(
        int[] FirstRow, int[] RowFirm, int[] RowYear, FilingScheme[] RowScheme, byte[] RowMonths, uint[] RowPresent, double[]?[] Columns);
}
