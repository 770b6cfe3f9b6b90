namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The last file written into a cache entry: what the entry holds and how long each Parquet file must be. An entry
/// whose manifest is missing, of another format or key, or whose files differ in length from it is not trusted.
/// </summary>
internal sealed record CacheManifest(
    int FormatVersion,
    string Key,
    int FirmCount,
    int RowCount,
    IReadOnlyList<int> Rubrics,
    IReadOnlyDictionary<string, long> FileLengths,
    IReadOnlyList<FileAccounting> Files);
