using System.Diagnostics.CodeAnalysis;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Tables;

/// <summary>
/// One named column of a <see cref="TidyTable"/>: the trimmed text of every cell, and the cell as a number where it
/// parses in the file's dialect (decimal comma or point, thousands grouping; see the ingestion README). Row i is the
/// table's row i; <see cref="TidyTable.LineOf"/> gives its line in the file for messages.
/// </summary>
public sealed class TidyColumn
{
    private readonly TidyTable _table;
    private readonly string[] _text;
    private readonly double[] _numbers;
    private readonly bool[] _isNumber;

    internal TidyColumn(TidyTable table, string name, int position, string[] text, double[] numbers, bool[] isNumber)
    {
        _table = table;
        Name = name;
        Position = position;
        _text = text;
        _numbers = numbers;
        _isNumber = isNumber;
        NumericCount = isNumber.Count(b => b);
    }

    /// <summary>The column's name as the header writes it (trimmed).</summary>
    public string Name { get; }

    /// <summary>1-based position of the column in the header.</summary>
    public int Position { get; }

    /// <summary>The trimmed text of every cell; empty string for an empty cell.</summary>
    public IReadOnlyList<string> Text => _text;

    /// <summary>How many cells parse as a number.</summary>
    public int NumericCount { get; }

    /// <summary>How many cells are empty.</summary>
    public int EmptyCount => _text.Count(t => t.Length == 0);

    /// <summary>The number in row <paramref name="row"/>, when the cell parses as one.</summary>
    public bool TryGetNumber(int row, out double value)
    {
        value = _numbers[row];
        return _isNumber[row];
    }

    /// <summary>
    /// Every cell as a finite number; on the first cell that is empty or not a number, <c>false</c> and an error
    /// issue naming the file, line, column and the text found.
    /// </summary>
    public bool TryGetNumbers([NotNullWhen(true)] out double[]? values, [NotNullWhen(false)] out DataIssue? issue)
    {
        for (var row = 0; row < _isNumber.Length; row++)
        {
            if (!_isNumber[row])
            {
                values = null;
                issue = _text[row].Length == 0
                    ? IssueAt(row, TidyIssueCodes.Empty, "the cell is empty; a number is expected (drop or impute missing values first)")
                    : IssueAt(row, TidyIssueCodes.NotNumeric, $"'{_text[row]}' is not a number{DialectHint()}");
                return false;
            }
        }

        values = (double[])_numbers.Clone();
        issue = null;
        return true;
    }

    /// <summary>An error issue about the cell of row <paramref name="row"/> (file, line and this column's name).</summary>
    public DataIssue IssueAt(int row, string code, string message) =>
        new(_table.File, _table.LineOf(row), Name, code, message, Severity.Error);

    private string DialectHint() => _table.Dialect switch
    {
        { DecimalComma: true } => " (this file was read with a decimal comma)",
        { DecimalComma: false } => " (this file was read with a decimal point)",
        null => string.Empty,
    };
}
