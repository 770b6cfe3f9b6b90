namespace ImpactAnalytics.Reporting.Model;

/// <summary>
/// One cell of a report table: empty, text, a finite number, or suppressed. <c>default</c> is an empty cell.
/// Numbers are stored unformatted; the writers format them for the report language or store them as numbers.
/// </summary>
public readonly record struct TableCell
{
    private TableCell(CellKind kind, string? text, double number)
    {
        Kind = kind;
        Text = text;
        Number = number;
    }

    public CellKind Kind { get; }

    /// <summary>The text of a <see cref="CellKind.Text"/> cell; <c>null</c> otherwise.</summary>
    public string? Text { get; }

    /// <summary>The value of a <see cref="CellKind.Number"/> cell; 0 otherwise.</summary>
    public double Number { get; }

    /// <summary>An empty cell.</summary>
    public static TableCell Empty => default;

    /// <summary>A suppressed cell.</summary>
    public static TableCell Suppressed => new(CellKind.Suppressed, null, 0.0);

    /// <summary>A text cell.</summary>
    public static TableCell Of(string text) => new(CellKind.Text, text, 0.0);

    /// <summary>A number cell; NaN and infinities are programming errors (missing is <see cref="Empty"/>).</summary>
    public static TableCell Of(double number) => double.IsFinite(number)
        ? new(CellKind.Number, null, number)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "A table cell holds a finite number.");

    /// <summary>A number cell, or an empty cell when the value is missing.</summary>
    public static TableCell Of(double? number) => number is { } value ? Of(value) : Empty;

    public static implicit operator TableCell(string text) => Of(text);

    public static implicit operator TableCell(double number) => Of(number);
}
