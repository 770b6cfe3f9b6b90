using System.IO.Hashing;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The hash of a cache entry's file (lowercase hex): recorded in the manifest when the entry is written and checked
/// before the entry is read, so that a file damaged on disk (same length, other bytes) is a miss instead of a wrong
/// panel or a Parquet reader that never returns. It is the XxHash128 of the XxHash128s of the file's 16 MiB segments
/// in order, so the segments of a large file are hashed on every core. Not a defence against tampering: the cache
/// is the user's own.
/// </summary>
internal static class EntryHash
{
    private const int SegmentSize = 16 << 20;
    private const int BufferSize = 1 << 20;
    private const int HashSize = 16;

    public static string Of(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        var segments = (int)Math.Max(1, (length + SegmentSize - 1) / SegmentSize);
        var hashes = new byte[segments * HashSize];
        Parallel.For(0, segments, () => new byte[BufferSize], (segment, _, buffer) =>
        {
            var hash = new XxHash128();
            var end = Math.Min(length, ((long)segment + 1) * SegmentSize);
            for (var at = (long)segment * SegmentSize; at < end;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(BufferSize, end - at)), at);
                if (read == 0)
                {
                    throw new EndOfStreamException($"{Path.GetFileName(path)} ended while it was being hashed");
                }

                hash.Append(buffer.AsSpan(0, read));
                at += read;
            }

            hash.GetCurrentHash(hashes.AsSpan(segment * HashSize, HashSize));
            return buffer;
        }, _ => { });
        return Convert.ToHexStringLower(XxHash128.Hash(hashes));
    }
}
