namespace ImpactAnalytics.Core.Settings;

/// <summary>The formula ids of value added that outputs and the method annex name (METHODS §3).</summary>
public static class ValueAddedFormulas
{
    /// <summary>Full scheme 70 + 71 + 72 + 74 − 60 − 61; abbreviated and micro 9900 − 76A.</summary>
    public const string GrossMargin = "va.gross-margin";

    /// <summary>Value added as given by a tidy input.</summary>
    public const string Given = "va.given";
}
