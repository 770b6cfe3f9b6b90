namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The last file written into a cache entry: what the entry holds, how long each Parquet file must be and the
/// XxHash128 of its bytes (lowercase hex). An entry whose manifest is missing, of another format or key, or whose files
/// differ from it in length or hash is not trusted: a damaged file is never handed to the Parquet reader.
/// </summary>
internal sealed record CacheManifest(
    int FormatVersion,
    string Key,
    int FirmCount,
    int RowCount,
    IReadOnlyList<int> Rubrics,
    IReadOnlyDictionary<string, long> FileLengths,
    IReadOnlyDictionary<string, string> FileHashes,
    IReadOnlyList<FileAccounting> Files);
