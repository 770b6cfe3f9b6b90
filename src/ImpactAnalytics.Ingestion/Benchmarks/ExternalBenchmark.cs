using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// One observation of an external sector statistic (Eurostat SBS or a simple CSV), for context beside the
/// annual-accounts benchmark, never instead of it (METHODS §4: heads not FTE, grossed up, VA at factor cost).
/// </summary>
/// <param name="Source">Where it comes from: Eurostat's agency and dataset (<c>ESTAT:SBS_NA_1A_SE_R2</c>) or the file name.</param>
/// <param name="NaceText">The activity code as the source writes it, e.g. <c>I561</c> or <c>B-S_X_O_S94</c>.</param>
/// <param name="Nace">The code in NACE Rev. 2 (I561 → group 56.1); <c>null</c> for aggregates and unknown codes.</param>
/// <param name="Geo">Country or region code as the source writes it (<c>BE</c>); empty when the source gives none.</param>
/// <param name="Year">Reference year.</param>
/// <param name="Indicator">Indicator code: Eurostat's (<c>V12110</c> turnover, <c>V16110</c> persons employed, <c>V12150</c> VA at factor cost) or the simple CSV's column name (<c>value_added</c>, <c>persons_employed</c>, <c>fte</c>, <c>n_firms</c>).</param>
/// <param name="Value">The figure in <paramref name="Unit"/>; <c>null</c> when missing or confidential.</param>
/// <param name="Unit">Unit as the source names it (<c>million euro</c>, <c>number</c>, <c>MIO_EUR</c>, <c>EUR</c>, <c>persons</c>); empty when unknown.</param>
/// <param name="Flags">Eurostat observation flags as written, e.g. <c>b</c> (break in series), <c>c</c> (confidential), <c>p</c> (provisional); empty when none.</param>
public sealed record ExternalBenchmark(
    string Source,
    string NaceText,
    NaceCode? Nace,
    string Geo,
    int Year,
    string Indicator,
    double? Value,
    string Unit,
    string Flags)
{
    /// <summary>Flag <c>c</c>: the publisher withheld the value (<see cref="Value"/> is <c>null</c>).</summary>
    public bool IsConfidential => Flags.Contains('c', StringComparison.Ordinal);

    /// <summary>Flag <c>b</c>: a break in the time series at this observation; the value is kept.</summary>
    public bool HasBreakInSeries => Flags.Contains('b', StringComparison.Ordinal);
}
