using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Counts the valid rows a reader skips by design (codes the engine does not use, years outside the study) and
/// reports each kind once, as an info issue at its first line, instead of one issue per row.
/// </summary>
internal sealed class SkipSummary(int exampleLimit = SkipSummary.Examples)
{
    /// <summary>How many distinct unused codes the issue names.</summary>
    public const int Examples = 10;

    // The first distinct codes met, in the order met.
    private readonly List<string> _unusedExamples = [];
    private long _firstUnusedLine;
    private long _firstOutsideLine;

    public long Unused { get; private set; }

    public long Outside { get; private set; }

    public void NoteUnused(ReadOnlySpan<byte> code, long line)
    {
        _firstUnusedLine = Unused++ == 0 ? line : _firstUnusedLine;
        if (_unusedExamples.Count < exampleLimit)
        {
            AddExample(Encoding.UTF8.GetString(code.Trim((byte)' ')));
        }
    }

    /// <summary>
    /// Adds what a summary of the rows that follow this one's saw, as if this summary had seen those rows itself.
    /// Exact when <paramref name="later"/> keeps at least twice <see cref="Examples"/> codes: of its first 2 × 10
    /// distinct codes at most 10 are already here, so the ones this summary would have added are among them.
    /// </summary>
    public void Merge(SkipSummary later)
    {
        if (later.Unused > 0)
        {
            _firstUnusedLine = Unused == 0 ? later._firstUnusedLine : _firstUnusedLine;
            Unused += later.Unused;
            foreach (var code in later._unusedExamples)
            {
                if (_unusedExamples.Count < exampleLimit)
                {
                    AddExample(code);
                }
            }
        }

        if (later.Outside > 0)
        {
            _firstOutsideLine = Outside == 0 ? later._firstOutsideLine : _firstOutsideLine;
            Outside += later.Outside;
        }
    }

    private void AddExample(string code)
    {
        if (!_unusedExamples.Contains(code, StringComparer.Ordinal))
        {
            _unusedExamples.Add(code);
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
                $"{Unused} rows carry rubric codes the engine does not use (e.g. {string.Join(", ", _unusedExamples.Order(StringComparer.Ordinal))}); counted, not loaded"),
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
