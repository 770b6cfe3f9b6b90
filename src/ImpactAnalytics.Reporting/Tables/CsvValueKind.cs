namespace ImpactAnalytics.Reporting.Tables;

/// <summary>What a CSV field holds.</summary>
public enum CsvValueKind : byte
{
    /// <summary>Missing or not applicable: an empty field.</summary>
    Empty = 0,
    Text = 1,
    Real = 2,
    Whole = 3,
    Boolean = 4,
}
