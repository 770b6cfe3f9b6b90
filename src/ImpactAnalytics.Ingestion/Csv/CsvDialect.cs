namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// How a delimited text file is written, as sniffed from its first 64 KiB (see <see cref="DialectSniffer"/>).
/// </summary>
/// <param name="Separator">Field separator: <c>,</c>, <c>;</c> or tab.</param>
/// <param name="DecimalComma">
/// <c>true</c>: <c>1.234,56</c> (comma decimal, dot or space thousands); <c>false</c>: <c>1,234.56</c> or plain
/// invariant <c>1234.56</c>.
/// </param>
/// <param name="Encoding">The text encoding's web name: <c>utf-8</c> or <c>windows-1252</c>.</param>
public sealed record CsvDialect(char Separator, bool DecimalComma, string Encoding);
