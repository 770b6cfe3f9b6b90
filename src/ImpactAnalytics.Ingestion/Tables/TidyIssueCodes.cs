namespace ImpactAnalytics.Ingestion.Tables;

/// <summary>Issue codes of the tidy-table reader and of its typed column access (besides the file and row codes it shares with ingestion).</summary>
public static class TidyIssueCodes
{
    /// <summary>A cell that should hold a number holds other text.</summary>
    public const string NotNumeric = "cell.not-numeric";

    /// <summary>A cell that should hold a number (or a category) is empty.</summary>
    public const string Empty = "cell.empty";

    /// <summary>A column name that does not exist in the header.</summary>
    public const string MissingColumn = Quality.IssueCodes.FileMissingColumn;

    /// <summary>Two header cells with the same name: the first is used.</summary>
    public const string DuplicateColumn = "file.duplicate-column";
}
