using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Reads NBB annual accounts in long form — enterprise_number, year (or fiscal_year_end), scheme, code, value, and
/// optionally period (N / N-1) and months — in one streaming pass that parses and pivots at once. The happy path
/// allocates nothing per row: fields are byte spans, the enterprise number an integer (validated once per run of
/// rows of the same firm), the rubric a switch on the code's bytes.
/// </summary>
/// <remarks>
/// <c>year</c> (or <c>fiscal_year_end</c>) names the financial year of the filing; a row with period N−1 is that
/// filing's comparative figure and belongs to the year before. <c>months</c> is the length of the financial year
/// the row's figures cover (12 when absent or empty).
/// </remarks>
internal sealed class AccountsLongFormReader
{
    private readonly CsvSource _source;
    private readonly IngestLog _log;
    private readonly IngestOptions _options;
    private readonly Func<EnterpriseNumber, int> _firmIndex;
    private readonly FirmYearAccumulator _accumulator;
    private readonly HashSet<long> _unregisteredReported = [];
    private readonly SortedSet<string> _unusedExamples = new(StringComparer.Ordinal);
    private int _id, _year, _end, _scheme, _code, _value, _period, _months;
    private long _lastNumber = -1;
    private int _lastFirm;
    private string? _lastNumberError;
    private byte[] _lastDate = [];
    private int _lastDateYear;
    private long _unused, _outside;
    private long _firstUnusedLine, _firstOutsideLine;

    public AccountsLongFormReader(CsvSource source, IngestLog log, IngestOptions options, Func<EnterpriseNumber, int> firmIndex, FirmYearAccumulator accumulator)
    {
        _source = source;
        _log = log;
        _options = options;
        _firmIndex = firmIndex;
        _accumulator = accumulator;
    }

    private string File => _source.File;

    /// <summary>Reads the whole file into the accumulator; issues, quarantine and the tally go to the log.</summary>
    public void Read()
    {
        if (!FindColumns())
        {
            return;
        }

        _accumulator.BeginFile(File);
        var reader = _source.Reader;
        var decimalComma = _source.Dialect.DecimalComma;
        var supersededBefore = _accumulator.Superseded;
        while (_source.Next())
        {
            if (!_source.CheckShape() || !TryFirm(reader.Field(_id), out var firm) || !TryYear(out var filingYear)
                || !TryPeriod(out var prior))
            {
                continue;
            }

            var year = prior ? filingYear - 1 : filingYear;
            if (!_options.Keeps(year))
            {
                _firstOutsideLine = _outside++ == 0 ? reader.Line : _firstOutsideLine;
                continue;
            }

            if (!RubricBytes.TryParse(reader.Field(_code), out var rubric))
            {
                NoteUnused(reader.Field(_code));
                continue;
            }

            if (firm < 0)
            {
                Unregistered();
                continue;
            }

            if (!TryScheme(out var scheme) || !TryMonths(out var months) || !TryValue(rubric, decimalComma, out var value))
            {
                continue;
            }

            var outcome = _accumulator.Offer(firm, year, prior, scheme, months, rubric, value, reader.Line, out var firstLine, out var conflict);
            if (outcome == OfferOutcome.Duplicate)
            {
                Reject(_code, IssueCodes.AccountsDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {Number()}, year {year}, code {rubric.Code()}{(prior ? " (N-1)" : string.Empty)} already came at line {firstLine}; the first is kept, line {reader.Line} is quarantined"));
            }
            else if (conflict)
            {
                _log.Issue(File, reader.Line, ColumnName(_months >= 0 ? _months : _scheme), IssueCodes.AccountsSchemeConflict, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {Number()}, year {year}: scheme or months differ from the firm-year's earlier rows; the first are kept"),
                    Severity.Warning);
            }
        }

        _source.Tally.Skipped += _unused + _outside + (_accumulator.Superseded - supersededBefore);
        Summarise(_accumulator.Superseded - supersededBefore);
    }

    private bool FindColumns()
    {
        _id = _source.Column("enterprise_number", "enterprisenumber", "ondernemingsnummer", "numero_entreprise", "kbo");
        _year = _source.Column("year", "financial_year", "boekjaar");
        _end = _source.Column("fiscal_year_end", "exercise_end", "end_date", "year_end");
        _scheme = _source.Column("scheme", "model", "schema");
        _code = _source.Column("code", "rubric", "rubriek");
        _value = _source.Column("value", "amount", "waarde");
        _period = _source.Column("period", "periode");
        _months = _source.Column("months", "maanden");
        var ok = _source.Require(_id, "enterprise_number") & _source.Require(_scheme, "scheme")
            & _source.Require(_code, "code") & _source.Require(_value, "value");
        if (_year < 0 && _end < 0)
        {
            ok = _source.Require(-1, "year (or fiscal_year_end)") && ok;
        }

        return ok;
    }

    /// <summary>Builder index of the firm, or -1 when valid but not in the register; <c>false</c> when malformed.</summary>
    private bool TryFirm(ReadOnlySpan<byte> field, out int firm)
    {
        var number = DigitsOf(field);
        if (number != _lastNumber || number < 0)
        {
            _lastNumber = number;
            var parsed = number >= 0 ? EnterpriseNumber.FromValue(number) : default;
            if (number < 0 || !parsed.Success)
            {
                var text = _source.Text(_id);
                var full = EnterpriseNumber.Parse(text);
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
            return true;
        }

        Reject(_id, FieldChecks.EnterpriseCode(_source.Text(_id)), _lastNumberError);
        return false;
    }

    /// <summary>The 9- or 10-digit number in BE/dot/space spellings, or -1 when the bytes are not such a number.</summary>
    private static long DigitsOf(ReadOnlySpan<byte> field)
    {
        var s = field.Trim((byte)' ');
        if (s.Length >= 2 && (s[0] | 0x20) == 'b' && (s[1] | 0x20) == 'e')
        {
            s = s[2..].TrimStart((byte)' ');
        }

        long value = 0;
        var digits = 0;
        foreach (var b in s)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (b - '0');
                digits++;
            }
            else if (b is not ((byte)'.' or (byte)' ' or (byte)'-'))
            {
                return -1;
            }
        }

        return digits is 9 or 10 ? value : -1;
    }

    private bool TryYear(out int year)
    {
        var reader = _source.Reader;
        if (_year >= 0)
        {
            if (NumberParser.TryParseInt(reader.Field(_year), out year) && year is >= FieldChecks.MinYear and <= FieldChecks.MaxYear)
            {
                return true;
            }

            Reject(_year, IssueCodes.YearMalformed, FieldChecks.YearMessage(ColumnName(_year), _source.Text(_year)));
            return false;
        }

        var field = reader.Field(_end);
        if (field.SequenceEqual(_lastDate))
        {
            year = _lastDateYear;
            return true;
        }

        if (DateFields.TryParse(_source.Text(_end), out var date) && date.Year is >= FieldChecks.MinYear and <= FieldChecks.MaxYear)
        {
            _lastDate = field.ToArray();
            _lastDateYear = year = date.Year;
            return true;
        }

        year = 0;
        Reject(_end, IssueCodes.DateMalformed,
            $"{ColumnName(_end)} must be a date such as 2020-12-31 or 31/12/2020, found '{_source.Text(_end)}'");
        return false;
    }

    private bool TryPeriod(out bool prior)
    {
        prior = false;
        if (_period < 0)
        {
            return true;
        }

        var s = _source.Reader.Field(_period).Trim((byte)' ');
        if (s.IsEmpty || (s.Length == 1 && (s[0] | 0x20) == 'n'))
        {
            return true;
        }

        if (s.Length >= 3 && (s[0] | 0x20) == 'n' && (s[1..].SequenceEqual("-1"u8) || s[1..].SequenceEqual("\u22121"u8)))
        {
            prior = true;
            return true;
        }

        Reject(_period, IssueCodes.AccountsPeriodMalformed, $"period must be N or N-1, found '{_source.Text(_period)}'");
        return false;
    }

    private bool TryScheme(out FilingScheme scheme)
    {
        var s = _source.Reader.Field(_scheme).Trim((byte)' ');
        if (s.SequenceEqual("VOL"u8))
        {
            scheme = FilingScheme.Full;
            return true;
        }

        if (s.SequenceEqual("VKT"u8))
        {
            scheme = FilingScheme.Abbreviated;
            return true;
        }

        if (s.SequenceEqual("MIC"u8))
        {
            scheme = FilingScheme.Micro;
            return true;
        }

        var parsed = FilingSchemes.Parse(_source.Text(_scheme));
        scheme = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            Reject(_scheme, IssueCodes.AccountsSchemeMalformed, parsed.Error!);
        }

        return parsed.Success;
    }

    private bool TryMonths(out int months)
    {
        months = 12;
        if (_months < 0)
        {
            return true;
        }

        var field = _source.Reader.Field(_months).Trim((byte)' ');
        if (field.IsEmpty || (NumberParser.TryParseInt(field, out months) && months is >= 1 and <= 36))
        {
            months = field.IsEmpty ? 12 : months;
            return true;
        }

        Reject(_months, IssueCodes.AccountsMonthsMalformed,
            $"months must be the financial year's length, a whole number from 1 to 36, found '{_source.Text(_months)}'");
        return false;
    }

    private bool TryValue(Rubric rubric, bool decimalComma, out double value)
    {
        var field = _source.Reader.Field(_value);
        if (NumberParser.TryParse(field, decimalComma, out value))
        {
            if ((value < 0 || value >= RubricKinds.MaxMagnitude || value <= -RubricKinds.MaxMagnitude)
                && RubricKinds.Problem(rubric, value, _source.Text(_value)) is { } problem)
            {
                Reject(_value, problem.Code, problem.Message);
                return false;
            }

            return true;
        }

        if (field.Trim((byte)' ').IsEmpty)
        {
            Reject(_value, IssueCodes.AccountsValueMissing, $"code {rubric.Code()} has no value");
        }
        else
        {
            var mark = decimalComma ? "a decimal comma (1.234,56)" : "a decimal point (1234.56)";
            Reject(_value, IssueCodes.AccountsValueNonNumeric, $"value must be a number with {mark}, found '{_source.Text(_value)}'");
        }

        return false;
    }

    private void NoteUnused(ReadOnlySpan<byte> code)
    {
        _firstUnusedLine = _unused++ == 0 ? _source.Reader.Line : _firstUnusedLine;
        if (_unusedExamples.Count < 10)
        {
            _unusedExamples.Add(Encoding.UTF8.GetString(code.Trim((byte)' ')));
        }
    }

    private void Unregistered()
    {
        var number = Number();
        var message = $"firm {number} is not in the firm register, so it has no sector; its accounts are quarantined";
        if (_unregisteredReported.Add(_lastNumber))
        {
            _log.Issue(File, _source.Reader.Line, ColumnName(_id), IssueCodes.AccountsFirmNotInRegister,
                message + " (reported once per firm, at its first row)", Severity.Error);
        }

        _log.Quarantined(_source.Tally, _source.Reader.Line, IssueCodes.AccountsFirmNotInRegister, message, _source.Fields());
    }

    private void Summarise(long superseded)
    {
        if (_unused > 0)
        {
            _log.Issue(File, _firstUnusedLine, ColumnName(_code), IssueCodes.AccountsCodeUnused, string.Create(
                CultureInfo.InvariantCulture,
                $"{_unused} rows carry rubric codes the engine does not use (e.g. {string.Join(", ", _unusedExamples)}); counted, not loaded"),
                Severity.Info);
        }

        if (_outside > 0)
        {
            _log.Issue(File, _firstOutsideLine, ColumnName(_year >= 0 ? _year : _end), IssueCodes.YearOutsideStudy, string.Create(
                CultureInfo.InvariantCulture,
                $"{_outside} rows are for financial years outside {_options.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{_options.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}; counted, not loaded"),
                Severity.Info);
        }

        if (superseded > 0)
        {
            _log.Issue(File, 0, ColumnName(_period), IssueCodes.AccountsPriorPeriodSuperseded, string.Create(
                CultureInfo.InvariantCulture,
                $"{superseded} N-1 comparative figures were not used because the year's own filing (N) is present"),
                Severity.Info);
        }
    }

    private string Number() => EnterpriseNumber.FromValue(_lastNumber) is { Success: true } p ? p.Value.ToString() : _source.Text(_id);

    private string ColumnName(int i) => _source.ColumnName(i);

    private void Reject(int column, string code, string message) =>
        _log.Reject(_source.Tally, _source.Reader.Line, ColumnName(column), code, message, _source.Fields());
}
