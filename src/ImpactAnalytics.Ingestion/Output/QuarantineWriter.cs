using System.Globalization;

namespace ImpactAnalytics.Ingestion.Output;

/// <summary>
/// Writes rejected rows to <c>quarantine/&lt;file&gt;.csv</c>, one file per input with rejections, named after the
/// input without its <c>.gz</c> and format extension (<c>accounts.csv.gz</c> → <c>accounts.csv</c>,
/// <c>memberships.xlsx</c> → <c>memberships.csv</c>). Columns: line, code, message, then the input's own columns
/// with the row's original values; rows in line order.
/// </summary>
public static class QuarantineWriter
{
    /// <summary>Writes the files and returns their paths, in input order.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<FileAccounting> files, IReadOnlyList<QuarantinedRow> rows)
    {
        var written = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byFile = rows.GroupBy(r => r.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var file in files.Select(f => f.File).Concat(byFile.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            if (!byFile.TryGetValue(file, out var quarantined))
            {
                continue;
            }

            var name = UniqueName(FileName(file), names);
            var path = Path.Combine(folder, name);
            var columns = files.FirstOrDefault(f => f.File == file)?.Columns ?? [];
            var width = Math.Max(columns.Count, quarantined.Max(r => r.Fields.Count));
            using var writer = CsvText.Create(path);
            var header = new List<string> { "line", "code", "message" };
            header.AddRange(Enumerable.Range(0, width).Select(i => i < columns.Count && columns[i].Length > 0
                ? columns[i]
                : string.Create(CultureInfo.InvariantCulture, $"field_{i + 1}")));
            CsvText.WriteRow(writer, header);
            foreach (var row in quarantined.OrderBy(r => r.Line))
            {
                var fields = new List<string> { row.Line.ToString(CultureInfo.InvariantCulture), row.Code, row.Message };
                fields.AddRange(Enumerable.Range(0, width).Select(i => i < row.Fields.Count ? row.Fields[i] : string.Empty));
                CsvText.WriteRow(writer, fields);
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>The quarantine file name for an input: <c>accounts.csv.gz</c> → <c>accounts.csv</c>.</summary>
    public static string FileName(string input)
    {
        var name = Path.GetFileName(input.TrimEnd('/', '\\'));
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        return (stem.Length > 0 ? stem : "input") + ".csv";
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}-{i}.csv");
        }

        return candidate;
    }
}
