using System.Globalization;
using System.Numerics;
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
internal sealed class FirmYearAccumulator
{
    private const int InitialCapacity = 1024;
    // Firm-years are chained per firm (head per builder firm index, next per slot): a firm has a handful of years,
    // so walking its chain beats hashing, and it needs no rehashing as the file grows.
    private int[] _head = [];
    private int[] _next = new int[InitialCapacity];
    private readonly double[]?[] _values = new double[]?[RubricCodes.Count];
    private readonly int[]?[] _lines = new int[]?[RubricCodes.Count];
    private int[] _firm = new int[InitialCapacity];
    private int[] _year = new int[InitialCapacity];
    private FilingScheme[] _scheme = new FilingScheme[InitialCapacity];
    private byte[] _months = new byte[InitialCapacity];
    private uint[] _present = new uint[InitialCapacity];
    private bool[] _hasCurrent = new bool[InitialCapacity];
    private int[] _firstLine = new int[InitialCapacity];
    private int[] _file = new int[InitialCapacity];
    private readonly List<string> _files = [];
    private long _lastKey = -1;
    private int _lastSlot = -1;
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
        if (priorPeriod && _hasCurrent[slot])
        {
            Superseded++;
            return OfferOutcome.Superseded;
        }

        if (!priorPeriod && !_hasCurrent[slot])
        {
            // The first N figure of a year that so far had only N−1 comparatives: those give way.
            Superseded += BitOperations.PopCount(_present[slot]);
            _present[slot] = 0;
            _hasCurrent[slot] = true;
            _scheme[slot] = scheme;
            _months[slot] = (byte)months;
            _firstLine[slot] = ClampLine(line);
            _file[slot] = _files.Count - 1;
        }

        var bit = 1u << (int)rubric;
        var values = _values[(int)rubric] ??= new double[_firm.Length];
        var lines = _lines[(int)rubric] ??= new int[_firm.Length];
        if ((_present[slot] & bit) != 0)
        {
            firstLine = lines[slot];
            return OfferOutcome.Duplicate;
        }

        conflict = _scheme[slot] != scheme || _months[slot] != months;
        values[slot] = value;
        lines[slot] = ClampLine(line);
        _present[slot] |= bit;
        return OfferOutcome.Stored;
    }

    /// <summary>
    /// Adds every firm-year with at least one value to the builder, flows annualised by 12/months, and reports each
    /// financial year that is not 12 months long as a warning at the firm-year's first line.
    /// </summary>
    public void AddTo(FirmPanelBuilder builder, IngestLog log, IReadOnlyList<EnterpriseNumber> firmIds)
    {
        for (var slot = 0; slot < _count; slot++)
        {
            if (_present[slot] == 0)
            {
                continue;
            }

            var months = _months[slot];
            var row = builder.AddFirmYear(_firm[slot], _year[slot], _scheme[slot], months);
            var factor = 12.0 / months;
            for (var r = 0; r < RubricCodes.Count; r++)
            {
                if ((_present[slot] & (1u << r)) != 0)
                {
                    var rubric = (Rubric)r;
                    var value = _values[r]![slot];
                    builder.SetValue(row, rubric, months != 12 && RubricKinds.IsAnnualised(rubric) ? value * factor : value);
                }
            }

            if (months != 12)
            {
                log.Issue(_files[_file[slot]], _firstLine[slot], "months", IssueCodes.AccountsFinancialYearLength, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {firmIds[_firm[slot]]}, financial year {_year[slot]}: {months} months; flows annualised by 12/{months}, stocks and FTE as reported"),
                    Severity.Warning);
            }
        }
    }

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
            Array.Resize(ref _head, Math.Max(firm + 1, old * 2));
            Array.Fill(_head, -1, old, _head.Length - old);
        }

        var slot = _head[firm];
        while (slot >= 0 && _year[slot] != year)
        {
            slot = _next[slot];
        }

        if (slot < 0)
        {
            if (_count == _firm.Length)
            {
                Grow();
            }

            slot = _count++;
            _next[slot] = _head[firm];
            _head[firm] = slot;
            _firm[slot] = firm;
            _year[slot] = year;
            _scheme[slot] = scheme;
            _months[slot] = (byte)months;
            _hasCurrent[slot] = !priorPeriod;
            _firstLine[slot] = ClampLine(line);
            _file[slot] = _files.Count - 1;
        }

        _lastKey = key;
        _lastSlot = slot;
        return slot;
    }

    private void Grow()
    {
        var size = _firm.Length * 2;
        Array.Resize(ref _firm, size);
        Array.Resize(ref _year, size);
        Array.Resize(ref _scheme, size);
        Array.Resize(ref _months, size);
        Array.Resize(ref _present, size);
        Array.Resize(ref _hasCurrent, size);
        Array.Resize(ref _firstLine, size);
        Array.Resize(ref _next, size);
        Array.Resize(ref _file, size);
        for (var r = 0; r < RubricCodes.Count; r++)
        {
            if (_values[r] is not null)
            {
                Array.Resize(ref _values[r], size);
                Array.Resize(ref _lines[r], size);
            }
        }
    }

    private static int ClampLine(long line) => line > int.MaxValue ? int.MaxValue : (int)line;
}
