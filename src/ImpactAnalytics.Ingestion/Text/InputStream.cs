namespace ImpactAnalytics.Ingestion.Text;

/// <summary>An opened input: the (decompressed) byte stream and whether it was gzip.</summary>
internal sealed class InputStream(Stream stream, bool isGzip) : IDisposable
{
    public Stream Stream { get; } = stream;

    public bool IsGzip { get; } = isGzip;

    public void Dispose() => Stream.Dispose();
}
