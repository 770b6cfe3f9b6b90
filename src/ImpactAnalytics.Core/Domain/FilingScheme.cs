namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// The model of annual accounts a firm files with the NBB Central Balance Sheet Office. Each reports different
/// codes: the full scheme has 70, 60 and 61 but no 9900; abbreviated and micro report 9900 and may leave out 70.
/// </summary>
public enum FilingScheme : byte
{
    /// <summary>Full scheme (VOL, large firms).</summary>
    Full = 1,

    /// <summary>Abbreviated scheme (VKT, small firms).</summary>
    Abbreviated = 2,

    /// <summary>Micro scheme (MIC).</summary>
    Micro = 3,
}
