using System.Globalization;
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
    private readonly SkipSummary _skips = new();
    private int _id, _year, _end, _scheme, _code, _value, _period, _months;
    private long _lastNumber = -1;
    private int _lastFirm;
    private string? _lastNumberError;
    private byte[] _lastDate = [];
    private int _lastDateYear;

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
                _skips.NoteOutside(reader.Line);
                continue;
            }

            if (!RubricBytes.TryParse(reader.Field(_code), out var rubric))
            {
                _skips.NoteUnused(reader.Field(_code), reader.Line);
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

        var superseded = _accumulator.Superseded - supersededBefore;
        _source.Tally.Skipped += superseded;
        _skips.Report(_log, _source.Tally, ColumnName(_code), ColumnName(_year >= 0 ? _year : _end), _options);
        if (superseded > 0)
        {
            _log.Issue(File, 0, ColumnName(_period), IssueCodes.AccountsPriorPeriodSuperseded, string.Create(
                CultureInfo.InvariantCulture,
                $"{superseded} N-1 comparative figures were not used because the year's own filing (N) is present"),
                Severity.Info);
        }
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
        var number = LongFormFields.EnterpriseDigits(field);
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

        if (LongFormFields.TryPeriod(_source.Reader.Field(_period), out prior))
        {
            return true;
        }

        Reject(_period, IssueCodes.AccountsPeriodMalformed, $"period must be N or N-1, found '{_source.Text(_period)}'");
        return false;
    }

    private bool TryScheme(out FilingScheme scheme)
    {
        if (LongFormFields.TrySchemeFast(_source.Reader.Field(_scheme), out scheme))
        {
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

        if (LongFormFields.TryMonths(_source.Reader.Field(_months), out months))
        {
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

    private string Number() => EnterpriseNumber.FromValue(_lastNumber) is { Success: true } p ? p.Value.ToString() : _source.Text(_id);

    private string ColumnName(int i) => _source.ColumnName(i);

    private void Reject(int column, string code, string message) =>
        _log.Reject(_source.Tally, _source.Reader.Line, ColumnName(column), code, message, _source.Fields());
}
