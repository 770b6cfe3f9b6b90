namespace ImpactAnalytics.Reporting.Model;

/// <summary>How the values of a table column are written in the report language.</summary>
public enum CellFormat
{
    /// <summary>Text, left-aligned.</summary>
    Text = 0,

    /// <summary>A number with the column's decimals: 1.234,5.</summary>
    Number = 1,

    /// <summary>A count: 1.234.</summary>
    WholeNumber = 2,

    /// <summary>A share shown as a percentage (0.034 → "3,4 %").</summary>
    Percent = 3,

    /// <summary>A share shown as a signed percentage (0.034 → "+3,4 %"), for premiums and effects.</summary>
    SignedPercent = 4,

    /// <summary>An amount in euros: "€ 1.234".</summary>
    Euro = 5,

    /// <summary>A calendar year, never grouped: 2014.</summary>
    Year = 6,
}
