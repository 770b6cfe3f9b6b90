namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>One record of an RFC 4180 CSV file.</summary>
/// <param name="Line">1-based physical line where the record starts (a quoted field may span several lines).</param>
/// <param name="Fields">The fields, unquoted, with "" turned into ".</param>
/// <param name="UnterminatedQuote">The file ended inside a quoted field (the last field holds the rest of the file).</param>
internal sealed record CsvRecord(long Line, string[] Fields, bool UnterminatedQuote = false)
{
    /// <summary>The field at <paramref name="index"/>, or empty when the record is shorter.</summary>
    public string this[int index] => index < Fields.Length ? Fields[index] : string.Empty;
}
