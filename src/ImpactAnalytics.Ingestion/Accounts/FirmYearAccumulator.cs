using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Pivots rubric values into firm-years as they arrive, in any order, keeping for each value the line it came
/// from. Period rule: figures of a financial year come from its own filing (period N); N−1 comparatives in the
/// next year's filing are used only when no N figure for that year exists, and an N figure arriving later replaces
/// all N−1 figures of that year.
/// </summary>
/// <remarks>
/// Memory follows the firm-years, not the rows: every per-firm-year array is chunked (<see cref="ChunkedArray{T}"/>,
/// no doubling), a rubric's values take 8 bytes per firm-year only once the rubric occurs, and the line each value
/// came from is kept as one byte (its distance from the firm-year's first line; the rare far or earlier line goes
/// to a small side table). <see cref="AddTo"/> hands the values over rubric by rubric, releasing each as it goes.
/// </remarks>
internal sealed unsafe class FirmYearAccumulator : IDisposable
{
    private const byte FarLine = byte.MaxValue;
    // How many rows ahead the fields of a row's slot are fetched into the cache.
    private const int Ahead = 16;
    // Firm-years from which the rows are written and the values handed to the builder on two threads.
    private const int ParallelScatter = 1 << 16;
    // Firm-years are chained per firm (head per builder firm index, next per slot): a firm has a handful of years,
    // so walking its chain beats hashing, and it needs no rehashing as the file grows.
    private int[] _head = [];
    private readonly ChunkedArray<int> _next = new();
    private readonly ChunkedArray<double>?[] _values = new ChunkedArray<double>?[RubricCodes.Count];
    private readonly ChunkedArray<byte>?[] _lineOffsets = new ChunkedArray<byte>?[RubricCodes.Count];
    private readonly Dictionary<long, int> _farLines = [];
    private readonly ChunkedArray<int> _firm = new();
    private readonly ChunkedArray<int> _year = new();
    private readonly ChunkedArray<FilingScheme> _scheme = new();
    private readonly ChunkedArray<byte> _months = new();
    private readonly ChunkedArray<uint> _present = new();
    private readonly ChunkedArray<bool> _hasCurrent = new();
    private readonly ChunkedArray<int> _firstLine = new();
    private readonly ChunkedArray<int> _file = new();
    private readonly List<string> _files = [];
    private long _lastKey = -1;
    private int _lastSlot = -1;
    // The per-slot fields of the slot rows last went to (rows of a firm-year come together): addresses into the
    // chunks, taken once per slot instead of a chunk lookup per field and row.
    private int _at = -1;
    private bool* _atHasCurrent;
    private uint* _atPresent;
    private FilingScheme* _atScheme;
    private byte* _atMonths;
    private int* _atFirstLine;
    private int _count;

    /// <summary>Values that were valid but did not reach the panel (superseded N−1 comparatives).</summary>
    public long Superseded { get; private set; }

    /// <summary>Names the file the next offers come from (issues about a firm-year name the file that set it).</summary>
    public void BeginFile(string file) => _files.Add(file);

    /// <summary>Number of firm-years.</summary>
    public int Count => _count;

    /// <summary>
    /// Offers a value of firm <paramref name="firm"/> (builder index) for a year. <paramref name="conflict"/> is set
    /// when the row's scheme or months disagree with the firm-year's (the firm-year keeps its first).
    /// </summary>
    public OfferOutcome Offer(
        int firm, int year, bool priorPeriod, FilingScheme scheme, int months, Rubric rubric, double value, long line,
        out int firstLine, out bool conflict)
    {
        firstLine = 0;
        conflict = false;
        var slot = Slot(firm, year, priorPeriod, scheme, months, line);
        if (slot != _at)
        {
            _at = slot;
            _atHasCurrent = _hasCurrent.Pointer(slot);
            _atPresent = _present.Pointer(slot);
            _atScheme = _scheme.Pointer(slot);
            _atMonths = _months.Pointer(slot);
            _atFirstLine = _firstLine.Pointer(slot);
        }

        if (priorPeriod && *_atHasCurrent)
        {
            Superseded++;
            return OfferOutcome.Superseded;
        }

        ref var present = ref *_atPresent;
        if (!priorPeriod && !*_atHasCurrent)
        {
            // The first N figure of a year that so far had only N−1 comparatives: those give way.
            Superseded += BitOperations.PopCount(present);
            present = 0;
            *_atHasCurrent = true;
            *_atScheme = scheme;
            *_atMonths = (byte)months;
            *_atFirstLine = ClampLine(line);
            _file[slot] = FileIndex();
        }

        var bit = 1u << (int)rubric;
        if ((present & bit) != 0)
        {
            firstLine = LineOf(slot, rubric);
            return OfferOutcome.Duplicate;
        }

        var values = _values[(int)rubric] ??= new ChunkedArray<double>();
        var offsets = _lineOffsets[(int)rubric] ??= new ChunkedArray<byte>();
        if (values.Capacity < _count)
        {
            values.EnsureCapacity(_count);
        }

        if (offsets.Capacity < _count)
        {
            offsets.EnsureCapacity(_count);
        }

        conflict = *_atScheme != scheme || *_atMonths != months;
        values[slot] = value;
        var offset = ClampLine(line) - (long)*_atFirstLine;
        if (offset is >= 0 and < FarLine)
        {
            offsets[slot] = (byte)offset;
        }
        else
        {
            offsets[slot] = FarLine;
            _farLines[((long)slot * RubricCodes.Count) + (int)rubric] = ClampLine(line);
        }

        present |= bit;
        return OfferOutcome.Stored;
    }

    /// <summary>
    /// Adds every firm-year with at least one value to the builder, flows annualised by 12/months, and reports each
    /// financial year that is not 12 months long as a warning at the firm-year's first line (in the order the
    /// firm-years first appeared). Rows go to the builder already in panel order (enterprise number, year) and
    /// sized once, so it can hand them to the panel without a copy; values move over one rubric at a time, each
    /// rubric's storage released as soon as it is handed over, so the accumulator and the builder never both hold
    /// every value. The accumulator is empty afterwards.
    /// </summary>
    public void AddTo(FirmPanelBuilder builder, IngestLog log, IReadOnlyList<EnterpriseNumber> firmIds)
    {
        _at = -1;
        _farLines.Clear();
        for (var r = 0; r < RubricCodes.Count; r++)
        {
            _lineOffsets[r]?.Dispose();
            _lineOffsets[r] = null;
        }

        // The warnings are written beside the ordering (both only read the firm-years).
        var report = Task.Run(() => ReportFinancialYearLengths(log, firmIds));
        int[] order;
        try
        {
            order = PanelOrder(builder.FirmsInIdOrder());
        }
        finally
        {
            report.GetAwaiter().GetResult();
        }

        var firstRow = builder.AddFirmYearsInPlace(order.Length);
        var parallel = _count >= ParallelScatter && Environment.ProcessorCount > 1;
        var half = parallel ? order.Length / 2 : order.Length;
        RowScatter? scatter = null;
        // The builder's rows (in two halves) and the runs the values move by are made side by side.
        Parallel.Invoke(
            () => FillRows(builder, order, firstRow, 0, half),
            () => FillRows(builder, order, firstRow, half, order.Length),
            () => scatter = new RowScatter(order, _count, firstRow, parallel));

        // Only presence and months are needed from here on.
        foreach (var done in new IDisposable[] { _next, _firm, _year, _scheme, _firstLine, _file, _hasCurrent })
        {
            done.Dispose();
        }

        NativeHeap.Trim();

        scatter!.MovePresence(builder, _present);
        for (var r = 0; r < RubricCodes.Count; r++)
        {
            if (_values[r] is not { } values)
            {
                continue;
            }

            scatter!.Move(builder, (Rubric)r, values, _present, _months);

            // The rubric's memory goes back now, so the accumulator shrinks as the panel grows.
            values.Dispose();
            _values[r] = null;
            NativeHeap.Trim();
        }

        _count = 0;
        _head = [];
        _lastKey = -1;
        _lastSlot = -1;
        _at = -1;
    }

    /// <summary>
    /// Writes rows [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="order"/> in place, from row
    /// <paramref name="firstRow"/> on: row <c>firstRow + i</c> takes the fields of slot <c>order[i]</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillRows(FirmPanelBuilder builder, int[] order, int firstRow, int from, int to)
    {
        var rows = builder.FirmYearStorage();
        var firms = rows.Firm[firstRow..];
        var years = rows.Year[firstRow..];
        var schemes = rows.Scheme[firstRow..];
        var months = rows.Months[firstRow..];
        for (var i = from; i < to; i++)
        {
            var slot = order[i];
            if (Sse.IsSupported && i + Ahead < to)
            {
                // A firm's slots lie apart from the previous firm's: fetch the fields a few rows ahead.
                var ahead = order[i + Ahead];
                Sse.Prefetch0(_firm.Pointer(ahead));
                Sse.Prefetch0(_year.Pointer(ahead));
                Sse.Prefetch0(_scheme.Pointer(ahead));
                Sse.Prefetch0(_months.Pointer(ahead));
            }

            firms[i] = _firm[slot];
            years[i] = _year[slot];
            schemes[i] = _scheme[slot];
            months[i] = _months[slot];
        }
    }

    /// <summary>
    /// The slots with values, ordered by their firm's enterprise number, then year: a counting sort by firm (slots
    /// of a firm keep their order of first appearance), then each firm's few years put in order.
    /// </summary>
    /// <param name="byId">Builder firm indices in enterprise-number order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] PanelOrder(ReadOnlySpan<int> byId)
    {
        // Per builder firm: its number of slots with values, then where its next slot goes, then the end of its run.
        var next = new int[byId.Length];
        // Per builder firm: the year of its last slot with values so far, or int.MaxValue once a year came out of
        // order (slots nearly always come in year order: those firms need no sorting, and their years no reading).
        var lastYear = GC.AllocateUninitializedArray<int>(byId.Length);
        Array.Fill(lastYear, int.MinValue);
        const int Size = ChunkedArray<int>.ChunkSize;
        for (var chunk = 0; chunk * Size < _count; chunk++)
        {
            var length = Math.Min(Size, _count - (chunk * Size));
            var firms = _firm.Chunk(chunk)[..length];
            var years = _year.Chunk(chunk)[..length];
            var present = _present.Chunk(chunk)[..length];
            for (var i = 0; i < firms.Length; i++)
            {
                if (present[i] != 0)
                {
                    var f = firms[i];
                    next[f]++;
                    lastYear[f] = years[i] > lastYear[f] ? years[i] : int.MaxValue;
                }
            }
        }

        var total = 0;
        foreach (var f in byId)
        {
            var count = next[f];
            next[f] = total;
            total += count;
        }

        var order = GC.AllocateUninitializedArray<int>(total);
        for (var chunk = 0; chunk * Size < _count; chunk++)
        {
            var length = Math.Min(Size, _count - (chunk * Size));
            var firms = _firm.Chunk(chunk)[..length];
            var present = _present.Chunk(chunk)[..length];
            for (var i = 0; i < firms.Length; i++)
            {
                if (present[i] != 0)
                {
                    order[next[firms[i]]++] = (chunk * Size) + i;
                }
            }
        }

        var from = 0;
        foreach (var f in byId)
        {
            if (lastYear[f] == int.MaxValue)
            {
                SortByYear(order, from, next[f]);
            }

            from = next[f];
        }

        return order;
    }

    /// <summary>
    /// Insertion sort of one firm's slots by year (a firm has a handful, all of different years, nearly always
    /// already in order). Inlined into the once-run loop above, so it runs optimised from the first firm on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SortByYear(int[] order, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var slot = order[i];
            var year = _year[slot];
            if (_year[order[i - 1]] < year)
            {
                continue;
            }

            var j = i - 1;
            while (j >= from && _year[order[j]] > year)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = slot;
        }
    }

    private void ReportFinancialYearLengths(IngestLog log, IReadOnlyList<EnterpriseNumber> firmIds)
    {
        for (var slot = 0; slot < _count; slot++)
        {
            var months = _months[slot];
            if (_present[slot] != 0 && months != 12)
            {
                log.Issue(_files[_file[slot]], _firstLine[slot], "months", IssueCodes.AccountsFinancialYearLength, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {firmIds[_firm[slot]]}, financial year {_year[slot]}: {months} months; flows annualised by 12/{months}, stocks and FTE as reported"),
                    Severity.Warning);
            }
        }
    }

    /// <summary>Frees every chunk (the accumulator's memory lives outside the GC heap).</summary>
    public void Dispose()
    {
        foreach (var chunks in new IDisposable?[] { _next, _firm, _year, _scheme, _months, _present, _hasCurrent, _firstLine, _file }
            .Concat(_values).Concat(_lineOffsets))
        {
            chunks?.Dispose();
        }

        Array.Clear(_values);
        Array.Clear(_lineOffsets);
        _count = 0;
        _at = -1;
    }

    private int LineOf(int slot, Rubric rubric)
    {
        var offset = _lineOffsets[(int)rubric]![slot];
        return offset == FarLine ? _farLines[((long)slot * RubricCodes.Count) + (int)rubric] : _firstLine[slot] + offset;
    }

    private int FileIndex() => _files.Count - 1;

    private int Slot(int firm, int year, bool priorPeriod, FilingScheme scheme, int months, long line)
    {
        var key = ((long)firm << 16) | (uint)year;
        if (key == _lastKey)
        {
            return _lastSlot;
        }

        if (firm >= _head.Length)
        {
            var old = _head.Length;
            Array.Resize(ref _head, Math.Max(firm + 1, Math.Max(1024, old * 2)));
            Array.Fill(_head, -1, old, _head.Length - old);
        }

        var slot = _head[firm];
        while (slot >= 0 && _year[slot] != year)
        {
            slot = _next[slot];
        }

        if (slot < 0)
        {
            slot = _count++;
            Grow(_count);
            _next[slot] = _head[firm];
            _head[firm] = slot;
            _firm[slot] = firm;
            _year[slot] = year;
            _scheme[slot] = scheme;
            _months[slot] = (byte)months;
            _present[slot] = 0;
            _hasCurrent[slot] = !priorPeriod;
            _firstLine[slot] = ClampLine(line);
            _file[slot] = FileIndex();
        }

        _lastKey = key;
        _lastSlot = slot;
        return slot;
    }

    private void Grow(int count)
    {
        if (count <= _firm.Capacity)
        {
            return;
        }

        _firm.EnsureCapacity(count);
        _year.EnsureCapacity(count);
        _scheme.EnsureCapacity(count);
        _months.EnsureCapacity(count);
        _present.EnsureCapacity(count);
        _hasCurrent.EnsureCapacity(count);
        _firstLine.EnsureCapacity(count);
        _next.EnsureCapacity(count);
        _file.EnsureCapacity(count);
    }

    private static int ClampLine(long line) => line > int.MaxValue ? int.MaxValue : (int)line;
}
