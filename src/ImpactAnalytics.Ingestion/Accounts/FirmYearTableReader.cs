using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Reads a tidy firm-year table (one row per firm and year, a column per figure, as Bel-first or Orbis export it)
/// through the study's column mapping (<see cref="FirmYearFields"/>). A row is rejected whole when any of its
/// fields is bad; an empty figure cell means "not reported". Without a scheme column a row is the full scheme
/// unless it reports 9900 (gross margin), which only the abbreviated and micro schemes have.
/// </summary>
internal sealed class FirmYearTableReader(
    TableSource source, IngestLog log, IngestOptions options, IReadOnlyDictionary<string, string> mapping,
    Func<EnterpriseNumber, int> firmIndex, FirmYearAccumulator accumulator)
{
    private readonly List<(int Column, Rubric Rubric)> _figures = [];
    private readonly Dictionary<(int, int), long> _seen = [];
    private readonly double[] _values = new double[RubricCodes.Count];
    private readonly SkipSummary _skips = new();
    private int _id, _year, _scheme, _months;

    public void Read()
    {
        if (!FindColumns())
        {
            return;
        }

        accumulator.BeginFile(source.File);
        while (source.Next())
        {
            if (!source.CheckShape() || !FieldChecks.Enterprise(source, _id, out var id) || !FieldChecks.Year(source, _year, true, out var y))
            {
                continue;
            }

            var year = y!.Value;
            if (!options.Keeps(year))
            {
                _skips.NoteOutside(source.Line);
                continue;
            }

            var firm = firmIndex(id);
            if (firm < 0)
            {
                source.Reject(_id, IssueCodes.AccountsFirmNotInRegister,
                    $"firm {id} is not in the firm register, so it has no sector; the row is quarantined");
                continue;
            }

            if (!TryFigures(out var present) || !TryMonths(out var months) || !TryScheme(present, out var scheme))
            {
                continue;
            }

            if (!_seen.TryAdd((firm, year), source.Line))
            {
                source.Reject(_year, IssueCodes.AccountsDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {id}, year {year} already came at line {_seen[(firm, year)]}; the first is kept"));
                continue;
            }

            foreach (var (_, rubric) in _figures)
            {
                if ((present & (1u << (int)rubric)) != 0)
                {
                    accumulator.Offer(firm, year, false, scheme, months, rubric, _values[(int)rubric], source.Line, out _, out _);
                }
            }
        }

        _skips.Report(log, source.Tally, string.Empty, source.ColumnName(_year), options);
    }

    private bool FindColumns()
    {
        _id = Resolve(FirmYearFields.EnterpriseNumber);
        _year = Resolve(FirmYearFields.Year);
        _scheme = Resolve(FirmYearFields.Scheme);
        _months = Resolve(FirmYearFields.Months);
        var ok = source.Require(_id, Mapped(FirmYearFields.EnterpriseNumber)) & source.Require(_year, Mapped(FirmYearFields.Year));
        foreach (var (field, rubric) in FirmYearFields.Rubrics)
        {
            var column = Resolve(field);
            column = column >= 0 || mapping.ContainsKey(field) ? column : source.Column(rubric.Code());
            if (mapping.ContainsKey(field))
            {
                ok &= source.Require(column, Mapped(field));
            }

            if (column >= 0)
            {
                _figures.Add((column, rubric));
            }
        }

        if (ok && _figures.Count == 0)
        {
            ok = source.Require(-1, "a figure column (e.g. value_added, gross_margin, employees_fte)");
        }

        return ok;
    }

    private int Resolve(string field) => source.Column(Mapped(field));

    private string Mapped(string field) => mapping.TryGetValue(field, out var header) ? header : field;

    private bool TryFigures(out uint present)
    {
        present = 0;
        foreach (var (column, rubric) in _figures)
        {
            if (source.Text(column).Length == 0)
            {
                continue;
            }

            if (!source.TryNumber(column, out var value))
            {
                source.Reject(column, IssueCodes.AccountsValueNonNumeric, $"{source.ColumnName(column)} must be a number, found '{source.Text(column)}'");
                return false;
            }

            if (RubricKinds.Problem(rubric, value, source.Text(column)) is { } problem)
            {
                source.Reject(column, problem.Code, problem.Message);
                return false;
            }

            _values[(int)rubric] = value;
            present |= 1u << (int)rubric;
        }

        return true;
    }

    private bool TryMonths(out int months)
    {
        months = 12;
        var text = source.Text(_months);
        if (text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out months) && months is >= 1 and <= 36))
        {
            months = text.Length == 0 ? 12 : months;
            return true;
        }

        source.Reject(_months, IssueCodes.AccountsMonthsMalformed, $"months must be a whole number from 1 to 36, found '{text}'");
        return false;
    }

    private bool TryScheme(uint present, out FilingScheme scheme)
    {
        var text = source.Text(_scheme);
        if (text.Length == 0)
        {
            scheme = (present & (1u << (int)Rubric.GrossMargin)) != 0 ? FilingScheme.Abbreviated : FilingScheme.Full;
            return true;
        }

        var parsed = FilingSchemes.Parse(text);
        scheme = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            source.Reject(_scheme, IssueCodes.AccountsSchemeMalformed, parsed.Error!);
        }

        return parsed.Success;
    }
}
