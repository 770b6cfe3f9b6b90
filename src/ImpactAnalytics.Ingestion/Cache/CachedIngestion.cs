namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>What <see cref="Ingest.RunCached"/> returns: the ingestion result and where it came from.</summary>
/// <param name="Result">The result, identical whether it came from the cache or from the inputs.</param>
/// <param name="CacheHit">Whether the result was read from the cache (the inputs were hashed, not parsed).</param>
/// <param name="Key">The cache key: SHA-256 (hex) over the inputs' hashes, the ingestion options and the cache format version.</param>
/// <param name="Note">
/// Why the cache was not used or not written, for people (an unreadable entry that was ignored, a folder that
/// could not be written); <c>null</c> when all went as expected. Never part of the data-quality issues, so a cached
/// and an uncached run report exactly the same data quality.
/// </param>
public sealed record CachedIngestion(IngestionResult Result, bool CacheHit, string Key, string? Note)
{
    /// <summary>
    /// The entry being written in the background (<see cref="Ingest.RunCached"/> with <c>storeInBackground</c>), whose
    /// result is the store's note (null when all went as expected); null when nothing is being written.
    /// </summary>
    public Task<string?>? Storing { get; init; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of every input file the key was computed from (register, memberships, accounts or
    /// the firm-year table; each file of a folder of filings), by full path: the bytes the panel stands for, hashed
    /// once, for the run manifest. Empty when nothing was hashed.
    /// </summary>
    public IReadOnlyDictionary<string, string> InputHashes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
