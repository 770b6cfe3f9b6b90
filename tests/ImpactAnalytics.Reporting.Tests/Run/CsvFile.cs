namespace ImpactAnalytics.Reporting.Tests.Run;

/// <summary>Reads the run's CSV files back (no quoted commas in these tables except cluster names without commas).</summary>
internal static class CsvFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => (IReadOnlyDictionary<string, string>)header
                .Zip(line.Split(','), (name, value) => (name, value))
                .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal))
            .ToArray();
    }
}
