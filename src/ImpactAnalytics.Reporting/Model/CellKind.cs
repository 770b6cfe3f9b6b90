namespace ImpactAnalytics.Reporting.Model;

/// <summary>What a table cell holds.</summary>
public enum CellKind : byte
{
    /// <summary>Nothing to show (not applicable); drawn blank, written as an empty cell.</summary>
    Empty = 0,

    /// <summary>A text value.</summary>
    Text = 1,

    /// <summary>A finite number.</summary>
    Number = 2,

    /// <summary>A value withheld by disclosure control; shown as the suppression mark with a footnote.</summary>
    Suppressed = 3,
}
