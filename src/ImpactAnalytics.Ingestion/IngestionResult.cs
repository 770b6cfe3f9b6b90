using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Output;

namespace ImpactAnalytics.Ingestion;

/// <summary>
/// Everything one ingestion run produced: the validated panel, every data issue, what became of every row of
/// every input file, and the rejected rows. Immutable.
/// </summary>
/// <param name="Panel">The firm panel built from the accepted rows.</param>
/// <param name="Issues">Every data issue, in the order found (files in reading order, lines ascending within a pass).</param>
/// <param name="Files">Row accounting per input file, in reading order: register, memberships, accounts.</param>
/// <param name="Quarantine">Every rejected row with its reason.</param>
public sealed record IngestionResult(
    FirmPanel Panel,
    IReadOnlyList<DataIssue> Issues,
    IReadOnlyList<FileAccounting> Files,
    IReadOnlyList<QuarantinedRow> Quarantine)
{
    /// <summary>Whether any issue is an error (what makes <c>impact validate</c> exit 1).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);

    /// <summary>Writes <c>data_quality.csv</c> (see <see cref="DataQualityWriter"/>).</summary>
    public void WriteDataQuality(string path) => DataQualityWriter.Write(path, Issues);

    /// <summary>Writes one <c>&lt;file&gt;.csv</c> per input with rejected rows into <paramref name="folder"/> (see <see cref="QuarantineWriter"/>).</summary>
    public IReadOnlyList<string> WriteQuarantine(string folder) => QuarantineWriter.Write(folder, Files, Quarantine);
}
