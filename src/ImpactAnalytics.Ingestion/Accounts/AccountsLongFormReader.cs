using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Reads NBB annual accounts in long form — enterprise_number, year (or fiscal_year_end), scheme, code, value, and
/// optionally period (N / N-1) and months — in one streaming pass that parses and pivots at once. The file is cut
/// into blocks of whole records that parse workers check in parallel (<see cref="LongFormBlockParser"/>); this
/// class pivots their valid rows into the accumulator and replays their issues, block after block in file order, so
/// the result — panel, issues and their order, quarantine, accounting, "the first value in the file is kept" — is
/// the same whatever the number of workers or the block size.
/// </summary>
/// <remarks>
/// <c>year</c> (or <c>fiscal_year_end</c>) names the financial year of the filing; a row with period N−1 is that
/// filing's comparative figure and belongs to the year before. <c>months</c> is the length of the financial year
/// the row's figures cover (12 when absent or empty).
/// </remarks>
internal sealed class AccountsLongFormReader(
    CsvSource source, IngestLog log, IngestOptions options, Func<EnterpriseNumber, int> firmIndex, FirmYearAccumulator accumulator,
    LongFormParallelism parallelism)
{
    private readonly HashSet<long> _unregisteredReported = [];
    private readonly SkipSummary _skips = new();
    private LongFormColumns _c = null!;

    private string File => source.File;

    /// <summary>Reads the whole file into the accumulator; issues, quarantine and the tally go to the log.</summary>
    public void Read()
    {
        _c = LongFormColumns.Find(source);
        if (!_c.Require(source))
        {
            return;
        }

        accumulator.BeginFile(File);
        var supersededBefore = accumulator.Superseded;
        var lastLine = source.Reader.Line;
        var splitter = new RecordBlockSplitter(source.Reader, parallelism.BlockSize);
        var pipeline = new LongFormPipeline(
            splitter, () => new LongFormBlockParser(_c, File, source.Header, source.Dialect, source.LineEnd, source.Encoding, options, firmIndex), parallelism);
        foreach (var block in pipeline.Blocks())
        {
            Pivot(block);
            lastLine = block.LastLine > 0 ? block.LastLine : lastLine;
        }

        if (splitter.Error is { } error)
        {
            log.FileError(File, IssueCodes.FileTruncated, string.Create(
                CultureInfo.InvariantCulture, $"{File}: reading stopped after line {lastLine}: {error.Message}"));
        }
        else if (source.Tally.Read == 0)
        {
            log.FileError(File, IssueCodes.FileHeaderOnly, $"{File}: the file has a header but no data rows");
        }

        var superseded = accumulator.Superseded - supersededBefore;
        source.Tally.Skipped += superseded;
        _skips.Report(log, source.Tally, ColumnName(_c.Code), ColumnName(_c.Year >= 0 ? _c.Year : _c.End), options);
        if (superseded > 0)
        {
            log.Issue(File, 0, ColumnName(_c.Period), IssueCodes.AccountsPriorPeriodSuperseded, string.Create(
                CultureInfo.InvariantCulture,
                $"{superseded} N-1 comparative figures were not used because the year's own filing (N) is present"),
                Severity.Info);
        }
    }

    /// <summary>Offers the block's rows to the accumulator and replays its events, in file order.</summary>
    private void Pivot(LongFormBlock block)
    {
        source.Tally.Read += block.Records;
        var rows = block.Rows;
        var events = block.Events;
        var e = 0;
        var nextEvent = events.Count > 0 ? events[0].Before : int.MaxValue;
        for (var i = 0; i < rows.Length; i++)
        {
            while (nextEvent == i)
            {
                Replay(events[e++]);
                nextEvent = e < events.Count ? events[e].Before : int.MaxValue;
            }

            ref readonly var row = ref rows[i];
            var outcome = accumulator.Offer(
                row.Firm, row.Year, row.Prior, (FilingScheme)row.Scheme, row.Months, (Rubric)row.Rubric, row.Value, row.Line,
                out var firstLine, out var conflict);
            if (outcome == OfferOutcome.Duplicate || conflict)
            {
                Report(block, row, outcome, firstLine);
            }
        }

        while (e < events.Count)
        {
            Replay(events[e++]);
        }

        _skips.Merge(block.Skips);
    }

    private void Replay(LongFormEvent e)
    {
        if (e.UnregisteredFirm < 0)
        {
            log.Reject(source.Tally, e.Line, e.Column, e.Code, e.Message, e.Fields);
            return;
        }

        if (_unregisteredReported.Add(e.UnregisteredFirm))
        {
            log.Issue(File, e.Line, e.Column, e.Code, e.Message + " (reported once per firm, at its first row)", Severity.Error);
        }

        log.Quarantined(source.Tally, e.Line, e.Code, e.Message, e.Fields);
    }

    /// <summary>A duplicate (rejected) or a scheme conflict (warned) found by the pivot; the row is read again for its text.</summary>
    private void Report(LongFormBlock block, in LongFormRow row, OfferOutcome outcome, int firstLine)
    {
        var reader = new CsvRecordReader(null, (byte)source.Dialect.Separator, block.Buffer, row.RecordStart, row.RecordEnd, lineEnd: source.LineEnd);
        reader.Read();
        var number = EnterpriseNumber.FromValue(LongFormFields.EnterpriseDigits(reader.Field(_c.Id))).Value.ToString();
        var prior = row.Prior;
        var year = row.Year;
        if (outcome == OfferOutcome.Duplicate)
        {
            log.Reject(source.Tally, row.Line, ColumnName(_c.Code), IssueCodes.AccountsDuplicate, string.Create(
                CultureInfo.InvariantCulture,
                $"firm {number}, year {year}, code {((Rubric)row.Rubric).Code()}{(prior ? " (N-1)" : string.Empty)} already came at line {firstLine}; the first is kept, line {row.Line} is quarantined"),
                CsvSource.Fields(reader, source.Encoding));
        }
        else
        {
            log.Issue(File, row.Line, ColumnName(_c.Months >= 0 ? _c.Months : _c.Scheme), IssueCodes.AccountsSchemeConflict, string.Create(
                CultureInfo.InvariantCulture,
                $"firm {number}, year {year}: scheme or months differ from the firm-year's earlier rows; the first are kept"),
                Severity.Warning);
        }
    }

    private string ColumnName(int i) => source.ColumnName(i);
}
