namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>The stable issue codes of the external benchmark readers.</summary>
public static class ExternalBenchmarkIssueCodes
{
    /// <summary>
    /// Error: the file cannot be read, or is not JSON-stat 2.0 / SDMX-CSV / the simple CSV layout (line 0); or a CSV
    /// row is not well-formed (a quote never closed, a cell count other than the header's) and is left out (its line).
    /// </summary>
    public const string FileInvalid = "external.file-invalid";

    /// <summary>Error: a required column (CSV) or dimension (JSON-stat) is absent; nothing is read.</summary>
    public const string ColumnMissing = "external.column-missing";

    /// <summary>Error: the value is not a number; the observation is rejected.</summary>
    public const string ValueNotNumeric = "external.value-not-numeric";

    /// <summary>Error: the year is not a four-digit whole number; the observation is rejected.</summary>
    public const string YearInvalid = "external.year-invalid";

    /// <summary>Warning: the activity code is an aggregate or not a NACE Rev. 2 code; kept with no <c>Nace</c>.</summary>
    public const string NaceUnknown = "external.nace-unknown";

    /// <summary>Info: no value and no confidentiality flag; kept with no <c>Value</c>.</summary>
    public const string ValueMissing = "external.value-missing";
}
