using System.Runtime.CompilerServices;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// A parse worker's part of the long-form reader: checks every record of a block on its own (shape, enterprise
/// number, year, period, study years, rubric code, register, scheme, months, value) and keeps the valid rows and the
/// rejects in file order for the pivot. It touches no shared state, so several parsers can work on different blocks
/// at once. The happy path allocates nothing per row: fields are byte spans, the enterprise number an integer
/// (validated once per run of rows of the same firm), the rubric a switch on the code's bytes.
/// </summary>
internal sealed partial class LongFormBlockParser
{
    private readonly LongFormColumns _c;
    private readonly string _file;
    private readonly string[] _header;
    private readonly CsvDialect _dialect;
    private readonly Encoding _encoding;
    private readonly IngestOptions _options;
    private readonly Func<EnterpriseNumber, int> _firmIndex;
    private readonly CsvRecordReader _reader;
    private LongFormBlock _block = null!;
    private long _lastNumber = -1;
    private int _lastFirm;
    private string? _lastNumberError;
    private byte[] _lastDate = [];
    private int _lastDateYear;
    // The bytes of the last enterprise number, year and scheme fields and what they meant: rows come in runs of the
    // same firm, year and scheme, so most rows are settled by comparing a few bytes.
    private FieldMemo _id;
    private long _idNumber;
    private FieldMemo _yearMemo;
    private FieldMemo _schemeMemo;

    public LongFormBlockParser(
        LongFormColumns columns, string file, string[] header, CsvDialect dialect, byte lineEnd, Encoding encoding, IngestOptions options,
        Func<EnterpriseNumber, int> firmIndex)
    {
        _c = columns;
        _file = file;
        _header = header;
        _dialect = dialect;
        _encoding = encoding;
        _options = options;
        _firmIndex = firmIndex;
        _reader = new CsvRecordReader(null, (byte)dialect.Separator, [], 0, 0, lineEnd: lineEnd);
        _runs = new RunLayout(columns, header.Length, (byte)dialect.Separator, lineEnd, dialect.DecimalComma);
    }

    /// <summary>Parses the block's bytes into its rows, events and counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(LongFormBlock block)
    {
        _block = block;
        var reader = _reader;
        var decimalComma = _dialect.DecimalComma;
        var position = 0;
        var line = block.FirstLine;
        while (true)
        {
            if (_run.Length > 0 && TryRun(block, ref position, ref line, decimalComma))
            {
                continue;
            }

            reader.Reset(block.Buffer, position, block.Count, line);
            if (!reader.Read())
            {
                return;
            }

            position = reader.NextOffset;
            line = reader.NextLine;
            ParseRecord(block, decimalComma);
        }
    }

    /// <summary>Checks the reader's current record field by field (the general path) and keeps it or its issue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRecord(LongFormBlock block, bool decimalComma)
    {
        var reader = _reader;
        block.Records++;
        block.LastLine = reader.Line;
        if (!CheckShape() || !TryFirm(reader.Field(_c.Id), out var firm) || !TryYear(out var filingYear)
            || !TryPeriod(out var prior))
        {
            return;
        }

        var year = prior ? filingYear - 1 : filingYear;
        if (!_options.Keeps(year))
        {
            block.Skips.NoteOutside(reader.Line);
            return;
        }

        if (!RubricBytes.TryParse(reader.Field(_c.Code), out var rubric))
        {
            block.Skips.NoteUnused(reader.Field(_c.Code), reader.Line);
            return;
        }

        if (firm < 0)
        {
            Unregistered();
            return;
        }

        if (!TryScheme(out var scheme) || !TryMonths(out var months) || !TryValue(rubric, decimalComma, out var value))
        {
            return;
        }

        ref var row = ref block.AddRow();
        row.Value = value;
        row.Line = reader.Line;
        row.Firm = firm;
        row.RecordStart = reader.RecordStart;
        row.RecordEnd = reader.RecordEnd;
        row.Year = (short)year;
        row.Rubric = (byte)rubric;
        row.Scheme = (byte)scheme;
        row.Months = (byte)months;
        row.Prior = prior;
        RememberRun(block.Buffer, in row);
    }

    private bool CheckShape()
    {
        if (CsvSource.ShapeProblem(_reader, _header.Length, _file, _dialect.Separator) is not { } problem)
        {
            return true;
        }

        Reject(-1, problem.Code, problem.Message);
        return false;
    }

    /// <summary>Builder index of the firm, or -1 when valid but not in the register; <c>false</c> when malformed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryFirm(ReadOnlySpan<byte> field, out int firm)
    {
        if (_id.Matches(field))
        {
            _lastNumber = _idNumber;
            _lastNumberError = null;
            firm = _lastFirm = _id.Meaning;
            return true;
        }

        var number = LongFormFields.EnterpriseDigits(field);
        if (number != _lastNumber || number < 0)
        {
            _lastNumber = number;
            var parsed = number >= 0 ? EnterpriseNumber.FromValue(number) : default;
            if (number < 0 || !parsed.Success)
            {
                var full = EnterpriseNumber.Parse(Text(_c.Id));
                _lastNumberError = full.Error ?? parsed.Error;
                _lastFirm = -2;
            }
            else
            {
                _lastNumberError = null;
                _lastFirm = _firmIndex(parsed.Value);
            }
        }

        firm = _lastFirm;
        if (_lastNumberError is null)
        {
            _id.Remember(field, _lastFirm);
            _idNumber = _lastNumber;
            return true;
        }

        Reject(_c.Id, FieldChecks.EnterpriseCode(Text(_c.Id)), _lastNumberError);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryYear(out int year)
    {
        if (_c.Year >= 0)
        {
            var text = _reader.Field(_c.Year);
            if (_yearMemo.Matches(text))
            {
                year = _yearMemo.Meaning;
                return true;
            }

            if (NumberParser.TryParseInt(text, out year) && year is >= FieldChecks.MinYear and <= FieldChecks.MaxYear)
            {
                _yearMemo.Remember(text, year);
                return true;
            }

            Reject(_c.Year, IssueCodes.YearMalformed, FieldChecks.YearMessage(ColumnName(_c.Year), Text(_c.Year)));
            return false;
        }

        var field = _reader.Field(_c.End);
        if (field.SequenceEqual(_lastDate))
        {
            year = _lastDateYear;
            return true;
        }

        if (DateFields.TryParse(Text(_c.End), out var date) && date.Year is >= FieldChecks.MinYear and <= FieldChecks.MaxYear)
        {
            _lastDate = field.ToArray();
            _lastDateYear = year = date.Year;
            return true;
        }

        year = 0;
        Reject(_c.End, IssueCodes.DateMalformed,
            $"{ColumnName(_c.End)} must be a date such as 2020-12-31 or 31/12/2020, found '{Text(_c.End)}'");
        return false;
    }

    private bool TryPeriod(out bool prior)
    {
        prior = false;
        if (_c.Period < 0 || LongFormFields.TryPeriod(_reader.Field(_c.Period), out prior))
        {
            return true;
        }

        Reject(_c.Period, IssueCodes.AccountsPeriodMalformed, $"period must be N or N-1, found '{Text(_c.Period)}'");
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryScheme(out FilingScheme scheme)
    {
        var field = _reader.Field(_c.Scheme);
        if (_schemeMemo.Matches(field))
        {
            scheme = (FilingScheme)_schemeMemo.Meaning;
            return true;
        }

        if (LongFormFields.TrySchemeFast(field, out scheme))
        {
            _schemeMemo.Remember(field, (int)scheme);
            return true;
        }

        var parsed = FilingSchemes.Parse(Text(_c.Scheme));
        scheme = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            Reject(_c.Scheme, IssueCodes.AccountsSchemeMalformed, parsed.Error!);
        }

        return parsed.Success;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMonths(out int months)
    {
        months = 12;
        if (_c.Months < 0 || LongFormFields.TryMonths(_reader.Field(_c.Months), out months))
        {
            return true;
        }

        Reject(_c.Months, IssueCodes.AccountsMonthsMalformed,
            $"months must be the financial year's length, a whole number from 1 to 36, found '{Text(_c.Months)}'");
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryValue(Rubric rubric, bool decimalComma, out double value)
    {
        var field = _reader.Field(_c.Value);
        if (NumberParser.TryParse(field, decimalComma, out value))
        {
            if ((value < 0 || value >= RubricKinds.MaxMagnitude || value <= -RubricKinds.MaxMagnitude)
                && RubricKinds.Problem(rubric, value, Text(_c.Value)) is { } problem)
            {
                Reject(_c.Value, problem.Code, problem.Message);
                return false;
            }

            return true;
        }

        if (field.Trim((byte)' ').IsEmpty)
        {
            Reject(_c.Value, IssueCodes.AccountsValueMissing, $"code {rubric.Code()} has no value");
        }
        else
        {
            var mark = decimalComma ? "a decimal comma (1.234,56)" : "a decimal point (1234.56)";
            Reject(_c.Value, IssueCodes.AccountsValueNonNumeric, $"value must be a number with {mark}, found '{Text(_c.Value)}'");
        }

        return false;
    }

    private void Unregistered()
    {
        var number = EnterpriseNumber.FromValue(_lastNumber).Value.ToString();
        var message = $"firm {number} is not in the firm register, so it has no sector; its accounts are quarantined";
        _block.Events.Add(new LongFormEvent(
            _block.RowCount, _reader.Line, ColumnName(_c.Id), IssueCodes.AccountsFirmNotInRegister, message, Fields(), _lastNumber));
    }

    private string Text(int i) => i < 0 || i >= _reader.FieldCount ? string.Empty : CsvSource.Decode(_encoding, _reader.Field(i)).Trim();

    private string[] Fields() => CsvSource.Fields(_reader, _encoding);

    private string ColumnName(int i) => i >= 0 && i < _header.Length ? _header[i] : string.Empty;

    private void Reject(int column, string code, string message) =>
        _block.Events.Add(new LongFormEvent(_block.RowCount, _reader.Line, ColumnName(column), code, message, Fields(), -1));
}
