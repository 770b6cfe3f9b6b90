using ImpactAnalytics.Ingestion.Quality;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// What CsvHelper reads (<see cref="StrictCsv"/>) against what our own reader in Ingestion reads
/// (<see cref="TidyTable"/>: byte tokenizer, sniffed dialect): the same separator, header, fields and lines.
/// </summary>
internal static class CsvRoundTrip
{
    public static void AssertOurReaderAgrees(string path, string label)
    {
        var csv = StrictCsv.Read(path);

        var ours = TidyTable.Read(path);

        if (csv.Rows.Count == 0)
        {
            Assert.Null(ours.Table);
            Assert.Contains(ours.Issues, i => i.Code == IssueCodes.FileHeaderOnly);
            return;
        }

        var table = Assert.IsType<TidyTable>(ours.Table);
        Assert.Empty(ours.Issues);
        Assert.Equal(',', table.Dialect!.Separator);
        Assert.Equal(csv.Header, table.ColumnNames);
        Assert.Equal(csv.Rows.Count, table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            var (line, fields) = csv.Rows[r];
            Assert.True(line == table.LineOf(r), $"{label} record {r + 1}: CsvHelper line {line}, ours {table.LineOf(r)}");
            for (var c = 0; c < fields.Length; c++)
            {
                var text = table.Columns[c].Text[r];
                Assert.True(fields[c] == text, $"{label} line {line}, {csv.Header[c]}: CsvHelper '{fields[c]}', ours '{text}'");
            }
        }
    }
}
