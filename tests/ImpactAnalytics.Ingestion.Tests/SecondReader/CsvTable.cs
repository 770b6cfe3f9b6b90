namespace ImpactAnalytics.Ingestion.Tests.SecondReader;

/// <summary>A CSV file as one reader saw it: the header, then every record's fields and the line it starts on.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvTableRow> Rows)
{
    /// <summary>One line per record, fields joined by ␟ and line breaks shown, for readable assertion messages.</summary>
    public override string ToString() =>
        string.Join('\n', new[] { Show(Header) }.Concat(Rows.Select(r => $"{r.Line}: {Show(r.Fields)}")));

    private static string Show(IReadOnlyList<string> fields) =>
        string.Join('␟', fields.Select(f => f.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)));
}
