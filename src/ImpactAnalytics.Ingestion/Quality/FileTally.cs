using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Quality;

/// <summary>The running row count of one input file while it is read.</summary>
internal sealed class FileTally(string file)
{
    public string File { get; } = file;

    public long Read { get; set; }

    public long Quarantined { get; set; }

    public long Skipped { get; set; }

    public IReadOnlyList<string> Columns { get; set; } = [];

    public CsvDialect? Dialect { get; set; }

    public FileAccounting ToAccounting() =>
        new(File, Read, Read - Quarantined, Quarantined, Skipped, Columns, Dialect);
}
