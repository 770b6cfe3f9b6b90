namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>What a distribution chart measures, which fixes its axis and reference line.</summary>
public enum DistributionMeasure
{
    /// <summary>ln(LP / B): 0 is the sector benchmark.</summary>
    LogRatio = 0,

    /// <summary>The member's percentile (0–100) among its sector's firms: 50 is the sector median.</summary>
    Percentile = 1,
}
