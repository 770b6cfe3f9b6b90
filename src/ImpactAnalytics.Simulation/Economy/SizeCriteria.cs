using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Economy;

/// <summary>
/// The Belgian size criteria that decide which scheme a company files (Code of Companies and Associations,
/// art. 1:24 for small and art. 1:25 for micro companies). A company is small when it exceeds at most one of the
/// three limits (annual average workforce in FTE, turnover excluding VAT, balance-sheet total), and micro when it
/// is small and exceeds at most one of the micro limits. Large companies file the full scheme (VOL), small ones the
/// abbreviated scheme (VKT) and micro ones the micro scheme (MIC).
/// </summary>
/// <remarks>
/// Limits for financial years starting from 1 January 2024 (raised by about 25 % after EU Delegated Directive
/// 2023/2775): small 50 FTE, €11,250,000 turnover, €6,000,000 balance sheet; micro 10 FTE, €900,000, €450,000.
/// Earlier years use the limits in force since 2016: small 50 FTE, €9,000,000, €4,500,000; micro 10 FTE,
/// €700,000, €350,000. For simplicity these also apply before 2016 (when the micro scheme was newly introduced).
/// A change of status takes effect only when the limits are crossed in two consecutive years (art. 1:24 §2),
/// which <see cref="Apply"/> models.
/// </remarks>
internal static class SizeCriteria
{
    /// <summary>The scheme a firm-year's own figures point to, before the two-year rule.</summary>
    public static FilingScheme Classify(int year, double fte, double turnover, double totalAssets)
    {
        var recent = year >= 2024;
        var smallExceeded = Count(fte > 50, turnover > (recent ? 11_250_000 : 9_000_000), totalAssets > (recent ? 6_000_000 : 4_500_000));
        if (smallExceeded > 1)
        {
            return FilingScheme.Full;
        }

        var microExceeded = Count(fte > 10, turnover > (recent ? 900_000 : 700_000), totalAssets > (recent ? 450_000 : 350_000));
        return microExceeded > 1 ? FilingScheme.Abbreviated : FilingScheme.Micro;
    }

    /// <summary>
    /// The two-year rule: the status changes only when this year's and last year's figures agree on the new one.
    /// In a firm's first year its own figures decide.
    /// </summary>
    public static FilingScheme Apply(FilingScheme? previousStatus, FilingScheme? previousRaw, FilingScheme raw) =>
        previousStatus is not { } status || (raw == previousRaw && raw != status) ? raw : status;

    private static int Count(bool a, bool b, bool c) => (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0);
}
