namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// How the long-form accounts are parsed: by how many worker threads, in blocks of about how many bytes. Every
/// setting gives the same result (panel, issues in the same order, quarantine, accounting); only the time differs.
/// </summary>
/// <param name="Workers">Parse workers; 1 parses on the calling thread, block after block.</param>
/// <param name="BlockSize">Bytes per block (a block always ends at a record boundary, so it can be longer).</param>
internal readonly record struct LongFormParallelism(int Workers, int BlockSize)
{
    /// <summary>One worker per core, at most four (the in-order pivot on the calling thread is the limit beyond).</summary>
    public static LongFormParallelism Default { get; } = new(Math.Clamp(Environment.ProcessorCount, 1, 4), 1 << 18);

    /// <summary>The single-threaded pass.</summary>
    public static LongFormParallelism Single { get; } = new(1, 1 << 18);
}
