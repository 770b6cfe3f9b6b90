namespace ImpactAnalytics.Reporting;

/// <summary>What ingestion accepted, as the method annex states it.</summary>
/// <param name="Firms">Firms in the panel (register entries with at least one accepted firm-year), ≥ 0.</param>
/// <param name="FirmYears">Accepted firm-years (annual accounts) in the panel, ≥ 0.</param>
public sealed record InputCounts(long Firms, long FirmYears);
