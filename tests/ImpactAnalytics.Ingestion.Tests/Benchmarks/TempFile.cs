namespace ImpactAnalytics.Ingestion.Tests.Benchmarks;

/// <summary>A file with the given text in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ia-bench-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
