using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Counts the valid rows a reader skips by design (codes the engine does not use, years outside the study) and
/// reports each kind once, as an info issue at its first line, instead of one issue per row.
/// </summary>
internal sealed class SkipSummary
{
    private readonly SortedSet<string> _unusedExamples = new(StringComparer.Ordinal);
    private long _firstUnusedLine;
    private long _firstOutsideLine;

    public long Unused { get; private set; }

    public long Outside { get; private set; }

    public void NoteUnused(ReadOnlySpan<byte> code, long line)
    {
        _firstUnusedLine = Unused++ == 0 ? line : _firstUnusedLine;
        if (_unusedExamples.Count < 10)
        {
            _unusedExamples.Add(Encoding.UTF8.GetString(code.Trim((byte)' ')));
        }
    }

    public void NoteOutside(long line) => _firstOutsideLine = Outside++ == 0 ? line : _firstOutsideLine;

    public void Report(IngestLog log, FileTally tally, string codeColumn, string yearColumn, IngestOptions options)
    {
        tally.Skipped += Unused + Outside;
        if (Unused > 0)
        {
            log.Issue(tally.File, _firstUnusedLine, codeColumn, IssueCodes.AccountsCodeUnused, string.Create(
                CultureInfo.InvariantCulture,
                $"{Unused} rows carry rubric codes the engine does not use (e.g. {string.Join(", ", _unusedExamples)}); counted, not loaded"),
                Severity.Info);
        }

        if (Outside > 0)
        {
            var from = options.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "…";
            var to = options.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "…";
            log.Issue(tally.File, _firstOutsideLine, yearColumn, IssueCodes.YearOutsideStudy, string.Create(
                CultureInfo.InvariantCulture, $"{Outside} rows are for financial years outside {from}–{to}; counted, not loaded"),
                Severity.Info);
        }
    }
}
