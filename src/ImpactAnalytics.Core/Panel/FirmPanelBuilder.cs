using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Panel;

/// <summary>
/// Collects firms, firm-years and membership spells in any order and builds a <see cref="FirmPanel"/> sorted by
/// enterprise number and year. Validation of user data belongs to the caller (ingestion); the builder throws
/// only on programmer errors, such as a firm added twice or a firm-year index out of range.
/// </summary>
/// <remarks>
/// A builder builds one panel: <see cref="Build"/> hands its row storage over (column by column, so the builder and
/// the panel never both hold every column) and the builder cannot be used afterwards. Callers that know the number
/// of firm-years call <see cref="EnsureRowCapacity"/> first, so the columns are allocated once at their final size
/// instead of growing by doubling.
/// </remarks>
public sealed partial class FirmPanelBuilder
{
    private readonly List<EnterpriseNumber> _firmIds = [];
    private readonly List<string> _firmNames = [];
    private readonly List<NaceCode> _firmNace = [];
    private readonly List<string> _firmRegion = [];
    private readonly List<int?> _firmFounded = [];
    private readonly Dictionary<EnterpriseNumber, int> _firmIndex = [];
    private readonly List<MembershipSpell> _memberships = [];
    private readonly double[]?[] _columns = new double[]?[RubricCodes.Count];
    private int[] _rowFirm = new int[1024];
    private int[] _rowYear = new int[1024];
    private FilingScheme[] _rowScheme = new FilingScheme[1024];
    private byte[] _rowMonths = new byte[1024];
    private uint[] _rowPresent = new uint[1024];
    private int[]? _firmOrder;
    private int _rows;
    private bool _built;
    // Whether rows were written in place (AddFirmYearsInPlace), so Build must check them.
    private bool _rowsToCheck;

    /// <summary>Number of firms added so far.</summary>
    public int FirmCount => _firmIds.Count;

    /// <summary>Number of firm-years added so far.</summary>
    public int RowCount => _rows;

    /// <summary>Adds a firm from the register and returns its builder index (not its final index).</summary>
    /// <exception cref="ArgumentException">When the firm was already added.</exception>
    public int AddFirm(EnterpriseNumber id, string name, NaceCode nace, string region, int? founded)
    {
        if (!_firmIndex.TryAdd(id, _firmIds.Count))
        {
            throw new ArgumentException($"firm {id} added twice", nameof(id));
        }

        _firmIds.Add(id);
        _firmNames.Add(name);
        _firmNace.Add(nace);
        _firmRegion.Add(region);
        _firmFounded.Add(founded);
        return _firmIds.Count - 1;
    }

    /// <summary>
    /// Sizes the firm storage for at least <paramref name="firms"/> firms in all (never shrinks it), so that a
    /// register read with a known or estimated row count fills it without growing it step by step.
    /// </summary>
    public void EnsureFirmCapacity(int firms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firms);
        _firmIds.EnsureCapacity(firms);
        _firmNames.EnsureCapacity(firms);
        _firmNace.EnsureCapacity(firms);
        _firmRegion.EnsureCapacity(firms);
        _firmFounded.EnsureCapacity(firms);
        _firmIndex.EnsureCapacity(firms);
    }

    /// <summary>The builder index of a firm already added, or -1.</summary>
    public int IndexOf(EnterpriseNumber id) => _firmIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Sizes the row storage for at least <paramref name="rows"/> firm-years in all (never shrinks it).</summary>
    public void EnsureRowCapacity(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (rows > _rowFirm.Length)
        {
            Resize(rows);
        }
    }

    /// <summary>Adds a firm-year for a firm's builder index and returns the row's builder index.</summary>
    public int AddFirmYear(int firm, int year, FilingScheme scheme, int months = 12)
    {
        ThrowIfBuilt();
        ArgumentOutOfRangeException.ThrowIfNegative(firm);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(firm, _firmIds.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, 36);
        if (_rows == _rowFirm.Length)
        {
            Grow();
        }

        _rowFirm[_rows] = firm;
        _rowYear[_rows] = year;
        _rowScheme[_rows] = scheme;
        _rowMonths[_rows] = (byte)months;
        return _rows++;
    }

    /// <summary>Sets a rubric's value in a row (replacing any earlier value).</summary>
    public void SetValue(int row, Rubric rubric, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _rows);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "rubric values must be finite");
        }

        var column = _columns[(int)rubric];
        if (column is null || column.Length < _rowFirm.Length)
        {
            Array.Resize(ref column, _rowFirm.Length);
            _columns[(int)rubric] = column;
        }

        column[row] = value;
        _rowPresent[row] |= 1u << (int)rubric;
    }

    /// <summary>
    /// Sets a rubric's values in many rows at once: <c>values[i]</c> goes to row <c>rows[i]</c> (replacing any
    /// earlier value), as <see cref="SetValue"/> would one by one. Once the rubric's column exists (after a first
    /// value of the rubric), calls from several threads are safe as long as they touch different rows.
    /// </summary>
    /// <exception cref="ArgumentException">When the spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a row is out of range or a value is not finite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetValues(Rubric rubric, ReadOnlySpan<int> rows, ReadOnlySpan<double> values)
    {
        if (rows.Length != values.Length)
        {
            throw new ArgumentException("rows and values must have the same length", nameof(values));
        }

        if (rows.IsEmpty)
        {
            return;
        }

        var column = _columns[(int)rubric];
        if (column is null || column.Length < _rowFirm.Length)
        {
            Array.Resize(ref column, _rowFirm.Length);
            _columns[(int)rubric] = column;
        }

        // Both arrays hold at least _rows elements (the column was sized above, presence always is): a row that passes
        // the range check needs no further bounds check.
        ref var columnStart = ref MemoryMarshal.GetArrayDataReference(column);
        ref var presentStart = ref MemoryMarshal.GetArrayDataReference(_rowPresent);
        var bit = 1u << (int)rubric;
        var count = (uint)_rows;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var value = values[i];
            if ((uint)row >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), row, "row out of range");
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(values), value, "rubric values must be finite");
            }

            Unsafe.Add(ref columnStart, row) = value;
            Unsafe.Add(ref presentStart, row) |= bit;
        }
    }

    /// <summary>
    /// Direct write access to a rubric's column for loaders that fill many rows at once: one element per row added
    /// so far, the column made (every row absent, 0) when the rubric has none yet. A loader writing into it must
    /// write finite values only and set each value's presence bit in <see cref="PresenceStorage"/>, as
    /// <see cref="SetValues"/> would. Once the column exists, threads may write different rows at the same time.
    /// </summary>
    public Span<double> ColumnStorage(Rubric rubric)
    {
        ThrowIfBuilt();
        var column = _columns[(int)rubric];
        if (column is null || column.Length < _rowFirm.Length)
        {
            Array.Resize(ref column, _rowFirm.Length);
            _columns[(int)rubric] = column;
        }

        return column.AsSpan(0, _rows);
    }

    /// <summary>
    /// Direct write access to the rows' presence words (bit r: rubric r has a value), one per row added so far; see
    /// <see cref="ColumnStorage"/>.
    /// </summary>
    public Span<uint> PresenceStorage()
    {
        ThrowIfBuilt();
        return _rowPresent.AsSpan(0, _rows);
    }

    /// <summary>Adds a validated membership spell.</summary>
    public void AddMembership(MembershipSpell spell) => _memberships.Add(spell);

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("this builder has already built its panel; a builder builds one panel");
        }
    }

    private void Grow() => Resize(_rowFirm.Length * 2);

    private void Resize(int size)
    {
        Array.Resize(ref _rowFirm, size);
        Array.Resize(ref _rowYear, size);
        Array.Resize(ref _rowScheme, size);
        Array.Resize(ref _rowMonths, size);
        Array.Resize(ref _rowPresent, size);
        for (var c = 0; c < _columns.Length; c++)
        {
            if (_columns[c] is { } column)
            {
                Array.Resize(ref column, size);
                _columns[c] = column;
            }
        }
    }
}
