namespace ImpactAnalytics.Ingestion;

/// <summary>
/// The input files of one study, as absolute paths (the study file's relative paths already resolved).
/// Exactly one of <see cref="Accounts"/> and <see cref="FirmYears"/> is given.
/// </summary>
public sealed record InputFiles
{
    /// <summary>NBB annual accounts: a long-form CSV (plain or .gz), or a folder of NBB CBSO JSON filings.</summary>
    public string? Accounts { get; init; }

    /// <summary>A tidy firm-year table (Bel-first / Orbis export), the alternative to <see cref="Accounts"/>.</summary>
    public string? FirmYears { get; init; }

    /// <summary>Column mapping of <see cref="FirmYears"/>: engine field name → the file's column header.</summary>
    public IReadOnlyDictionary<string, string> FirmYearColumns { get; init; } = new Dictionary<string, string>();

    /// <summary>The firm register: enterprise_number, name, nace, nace_version, region, founded.</summary>
    public required string Register { get; init; }

    /// <summary>Membership spells (CSV or XLSX): enterprise_number, cluster, start_year, end_year.</summary>
    public required string Memberships { get; init; }

    /// <summary>External sector benchmarks for context (Eurostat SDMX-CSV or JSON-stat, or a simple CSV).</summary>
    public IReadOnlyList<string> ExternalBenchmarks { get; init; } = [];

    /// <summary>The folder with the NACE classification files (the repository's <c>data/nace/</c>).</summary>
    public required string NaceFolder { get; init; }
}
