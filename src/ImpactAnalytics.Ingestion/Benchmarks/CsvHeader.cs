using ImpactAnalytics.Ingestion.Nace;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>Column positions of a CSV header, looked up by name ignoring case and surrounding spaces.</summary>
internal sealed class CsvHeader(CsvRecord header)
{
    private readonly string[] _names = header.Fields.Select(f => f.Trim()).ToArray();

    public bool Contains(string name) => Index(name) >= 0;

    /// <summary>The position of the first column whose name is one of <paramref name="names"/>, or −1.</summary>
    public int Index(params string[] names)
    {
        foreach (var name in names)
        {
            var i = Array.FindIndex(_names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of the first column whose name starts with <paramref name="prefix"/>, or −1.</summary>
    public int IndexStartingWith(string prefix) =>
        Array.FindIndex(_names, n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public string Name(int index) => _names[index];
}
