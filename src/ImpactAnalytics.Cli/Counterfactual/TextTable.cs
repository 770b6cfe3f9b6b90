using System.Globalization;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// A fixed-width text table for the console: the first column left-aligned, the others right-aligned, two spaces
/// between columns, each as wide as its widest cell. Numbers are formatted by the caller with <see cref="Number"/>.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    /// <summary>What a missing or non-finite value prints as.</summary>
    public const string Missing = "-";

    private readonly List<string[]> _rows = [headers];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter output)
    {
        var widths = new int[headers.Length];
        foreach (var row in _rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in _rows)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>A number with a fixed count of decimals, invariant culture; <see cref="Missing"/> when null or not finite.</summary>
    public static string Number(double? value, int decimals = 7) =>
        value is { } v && double.IsFinite(v)
            ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Missing;

    /// <summary>A whole number, invariant culture.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
