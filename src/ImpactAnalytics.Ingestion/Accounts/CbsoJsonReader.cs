using System.Globalization;
using System.Text;
using System.Text.Json;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Reads NBB CBSO JSON filings — a folder of them (one file per filing, <c>*.json</c>, read in ordinal name order),
/// or a single <c>.json</c> file. For
/// each firm and financial year (the year of the exercise end date) only the latest deposit is used (ties: the
/// higher reference number); the rubric entries of earlier deposits are counted as skipped with an info issue.
/// Each file is accounted for separately; its rows are its rubric entries.
/// </summary>
internal sealed class CbsoJsonReader(
    string folder, IngestLog log, IngestOptions options, Func<EnterpriseNumber, int> firmIndex, FirmYearAccumulator accumulator)
{
    /// <summary>The columns of a JSON filing's rows in quarantine.</summary>
    public static readonly string[] Columns =
        ["file", "reference", "enterprise_number", "exercise_end", "deposit_date", "model_type", "code", "period", "value"];

    private readonly bool _single = File.Exists(folder);
    private readonly string _folderName = Ingest.DisplayName(File.Exists(folder) ? Path.GetDirectoryName(Path.GetFullPath(folder))! : folder);

    public void Read()
    {
        var paths = _single ? [folder] : Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (paths.Length == 0)
        {
            log.FileError(_folderName, IssueCodes.FilingsEmptyFolder, $"{_folderName}: the folder holds no .json filings");
            return;
        }

        var valid = new List<(CbsoFiling Filing, EnterpriseNumber Id, DateOnly End, DateOnly Deposit, int Months, FilingScheme Scheme)>();
        foreach (var path in paths)
        {
            var name = _single ? Path.GetFileName(path) : $"{_folderName}/{Path.GetFileName(path)}";
            var tally = log.Tally(name);
            tally.Columns = Columns;
            var filing = Load(path, name, tally);
            if (filing is not null && Validate(filing) is { } ok)
            {
                valid.Add((filing, ok.Id, ok.End, ok.Deposit, ok.Months, ok.Scheme));
            }
        }

        var latest = valid
            .GroupBy(f => (f.Id, f.End.Year))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Deposit).ThenByDescending(f => f.Filing.Reference, StringComparer.Ordinal).First().Filing);
        foreach (var (filing, id, end, deposit, months, scheme) in valid)
        {
            var kept = latest[(id, end.Year)];
            if (!ReferenceEquals(kept, filing))
            {
                filing.Tally.Skipped += filing.Rubrics.Count;
                log.Issue(filing.File, 0, string.Empty, IssueCodes.FilingsSupersededDeposit, string.Create(
                    CultureInfo.InvariantCulture,
                    $"filing {filing.Reference} (deposited {deposit:yyyy-MM-dd}) of firm {id} for {end.Year} is superseded by {kept.Reference} (deposited {kept.DepositDate}); its {filing.Rubrics.Count} figures are not used"),
                    Severity.Info);
                continue;
            }

            Use(filing, id, end, months, scheme);
        }
    }

    private CbsoFiling? Load(string path, string name, FileTally tally)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var body = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes.AsSpan();
            if (body.Trim("\r\n\t "u8).IsEmpty)
            {
                log.FileError(name, IssueCodes.FileEmpty, $"{name}: the file is empty");
                return null;
            }

            if (body.Contains((byte)0))
            {
                log.FileError(name, IssueCodes.FileBinary, $"{name}: this is a binary file, not a JSON filing");
                return null;
            }

            var filing = CbsoJsonParser.Parse(body, name, tally);
            tally.Read = filing.Rubrics.Count;
            return filing;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader refuses text that is not valid UTF-8 this way.
            log.FileError(name, IssueCodes.FilingsMalformed, $"{name}: not a readable CBSO JSON filing: {e.Message}");
            return null;
        }
        catch (JsonException e)
        {
            log.Issue(name, (e.LineNumber ?? -1) + 1, string.Empty, IssueCodes.FilingsMalformed, $"{name}: not a readable CBSO JSON filing: {e.Message}", Severity.Error);
            return null;
        }
        catch (IOException e)
        {
            log.FileError(name, IssueCodes.FileUnreadable, $"{name}: {e.Message}");
            return null;
        }
    }

    private (EnterpriseNumber Id, DateOnly End, DateOnly Deposit, int Months, FilingScheme Scheme)? Validate(CbsoFiling filing)
    {
        var id = EnterpriseNumber.Parse(filing.EnterpriseNumber);
        if (!id.Success)
        {
            return RejectAll(filing, "EnterpriseNumber", filing.EnterpriseNumber.Length == 0 ? IssueCodes.FilingsMissingField : FieldChecks.EnterpriseCode(filing.EnterpriseNumber),
                filing.EnterpriseNumber.Length == 0 ? "the filing has no EnterpriseNumber" : id.Error!);
        }

        if (!DateFields.TryParse(filing.EndDate, out var end))
        {
            return RejectAll(filing, "ExerciseDates.endDate", filing.EndDate.Length == 0 ? IssueCodes.FilingsMissingField : IssueCodes.DateMalformed,
                $"the filing needs ExerciseDates.endDate as a date, found '{filing.EndDate}'");
        }

        var deposit = DateFields.TryParse(filing.DepositDate, out var d) ? d : DateOnly.MinValue;
        var model = filing.ModelType.Split('-', '_', ' ')[0];
        var scheme = FilingSchemes.Parse(model);
        if (!scheme.Success)
        {
            return RejectAll(filing, "ModelType", IssueCodes.AccountsSchemeMalformed, $"ModelType '{filing.ModelType}' names no known scheme (m01/m02/m07/m08, VOL/VKT/MIC)");
        }

        var months = 12;
        if (DateFields.TryParse(filing.StartDate, out var start))
        {
            months = Months(start, end);
            if (months is < 1 or > 36)
            {
                return RejectAll(filing, "ExerciseDates", IssueCodes.AccountsMonthsMalformed, string.Create(
                    CultureInfo.InvariantCulture, $"the exercise {filing.StartDate} to {filing.EndDate} is {months} months, not 1 to 36"));
            }
        }

        return (id.Value, end, deposit, months, scheme.Value);
    }

    private void Use(CbsoFiling filing, EnterpriseNumber id, DateOnly end, int months, FilingScheme scheme)
    {
        var firm = firmIndex(id);
        accumulator.BeginFile(filing.File);
        var tally = filing.Tally;
        long unused = 0, outside = 0;
        var supersededBefore = accumulator.Superseded;
        foreach (var rubric in filing.Rubrics)
        {
            var period = rubric.Period.Trim();
            var prior = period is "N-1" or "n-1" or "N\u22121";
            if (!prior && period is not ("" or "N" or "n"))
            {
                Reject(filing, rubric, "Period", IssueCodes.AccountsPeriodMalformed, $"Period must be N or N-1, found '{rubric.Period}'");
                continue;
            }

            var year = end.Year - (prior ? 1 : 0);
            if (!options.Keeps(year))
            {
                outside++;
                continue;
            }

            if (!RubricCodes.TryParse(rubric.Code, out var code))
            {
                unused++;
                continue;
            }

            if (firm < 0)
            {
                Reject(filing, rubric, "EnterpriseNumber", IssueCodes.AccountsFirmNotInRegister,
                    $"firm {id} is not in the firm register, so it has no sector; the filing's figures are quarantined");
                continue;
            }

            if (!NumberParser.TryParse(Encoding.UTF8.GetBytes(rubric.Value), false, out var value))
            {
                Reject(filing, rubric, "Value", rubric.Value.Length == 0 ? IssueCodes.AccountsValueMissing : IssueCodes.AccountsValueNonNumeric,
                    $"code {rubric.Code}: Value must be a number with a decimal point, found '{rubric.Value}'");
                continue;
            }

            if (RubricKinds.Problem(code, value, rubric.Value) is { } problem)
            {
                Reject(filing, rubric, "Value", problem.Code, problem.Message);
                continue;
            }

            var outcome = accumulator.Offer(firm, year, prior, scheme, prior ? 12 : months, code, value, rubric.Line, out var firstLine, out _);
            if (outcome == OfferOutcome.Duplicate)
            {
                Reject(filing, rubric, "Code", IssueCodes.AccountsDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {id}, year {year}, code {rubric.Code}{(prior ? " (N-1)" : string.Empty)} already came at line {firstLine}; the first is kept"));
            }
        }

        tally.Skipped += unused + outside + (accumulator.Superseded - supersededBefore);
        if (unused > 0)
        {
            log.Issue(filing.File, 0, "Code", IssueCodes.AccountsCodeUnused, string.Create(
                CultureInfo.InvariantCulture, $"{unused} rubric entries carry codes the engine does not use; counted, not loaded"), Severity.Info);
        }

        if (outside > 0)
        {
            log.Issue(filing.File, 0, string.Empty, IssueCodes.YearOutsideStudy, string.Create(
                CultureInfo.InvariantCulture, $"{outside} rubric entries are for years outside the study; counted, not loaded"), Severity.Info);
        }
    }

    private (EnterpriseNumber, DateOnly, DateOnly, int, FilingScheme)? RejectAll(CbsoFiling filing, string column, string code, string message)
    {
        log.Issue(filing.File, 0, column, code, $"{filing.File}: {message}; its {filing.Rubrics.Count} figures are quarantined", Severity.Error);
        foreach (var rubric in filing.Rubrics)
        {
            log.Quarantined(filing.Tally, rubric.Line, code, message, filing.Fields(rubric));
        }

        return null;
    }

    private void Reject(CbsoFiling filing, CbsoRubric rubric, string column, string code, string message) =>
        log.Reject(filing.Tally, rubric.Line, column, code, message, filing.Fields(rubric));

    /// <summary>Whole months from start to end inclusive (2020-01-01 to 2020-12-31 is 12); odd ends round by days.</summary>
    internal static int Months(DateOnly start, DateOnly end)
    {
        var next = end.AddDays(1);
        var months = ((next.Year - start.Year) * 12) + next.Month - start.Month;
        return next.Day == start.Day
            ? months
            : (int)Math.Round((next.DayNumber - start.DayNumber) / 30.436875, MidpointRounding.AwayFromZero);
    }
}
