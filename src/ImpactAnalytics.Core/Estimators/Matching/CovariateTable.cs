using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// A small columnar table for the matching estimator: numeric columns (finite doubles) and categorical columns
/// (non-empty strings), each addressed by its name; row i of every column is unit i, and row order is data order
/// (it breaks ties in matching). Immutable: <see cref="AddNumeric(string, IEnumerable{double})"/> and <see cref="AddCategorical(string, IEnumerable{string})"/> return a new
/// table that shares the existing columns. Row numbers in messages are 1-based data rows (the header not counted).
/// A generic CLI fills it from any tidy CSV with <see cref="FromText"/>.
/// </summary>
public sealed class CovariateTable
{
    private readonly ImmutableDictionary<string, ImmutableArray<double>> _numeric;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _categorical;

    private CovariateTable(
        int rowCount,
        ImmutableList<string> names,
        ImmutableDictionary<string, ImmutableArray<double>> numeric,
        ImmutableDictionary<string, ImmutableArray<string>> categorical)
    {
        RowCount = rowCount;
        ColumnNames = names;
        _numeric = numeric;
        _categorical = categorical;
    }

    /// <summary>A table without columns; the first column added sets the row count.</summary>
    public static CovariateTable Empty { get; } = new(
        0,
        [],
        ImmutableDictionary.Create<string, ImmutableArray<double>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal));

    /// <summary>Number of rows (units); 0 for a table without columns.</summary>
    public int RowCount { get; }

    /// <summary>Column names in the order they were added.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    public bool HasColumn(string name) => _numeric.ContainsKey(name) || _categorical.ContainsKey(name);

    public bool IsNumeric(string name) => _numeric.ContainsKey(name);

    public bool IsCategorical(string name) => _categorical.ContainsKey(name);

    /// <summary>The values of a numeric column; throws when the table has no numeric column of that name.</summary>
    public IReadOnlyList<double> Numeric(string name) =>
        _numeric.TryGetValue(name, out var values)
            ? values
            : throw new KeyNotFoundException($"The table has no numeric column '{name}'.");

    /// <summary>The values of a categorical column; throws when the table has no categorical column of that name.</summary>
    public IReadOnlyList<string> Categorical(string name) =>
        _categorical.TryGetValue(name, out var values)
            ? values
            : throw new KeyNotFoundException($"The table has no categorical column '{name}'.");

    /// <summary>
    /// The values of a numeric column as the array behind it, without a copy: read it, never write it. Throws like
    /// <see cref="Numeric"/>.
    /// </summary>
    internal double[] NumericArray(string name) =>
        _numeric.TryGetValue(name, out var values)
            ? ImmutableCollectionsMarshal.AsArray(values)!
            : throw new KeyNotFoundException($"The table has no numeric column '{name}'.");

    /// <summary>Adds a numeric column. Every value must be finite: missing values are dropped or imputed before.</summary>
    public CovariateTable AddNumeric(string name, IEnumerable<double> values) => AddNumeric(name, values.ToImmutableArray());

    /// <summary><see cref="AddNumeric(string, IEnumerable{double})"/> of values already immutable (no copy).</summary>
    internal CovariateTable AddNumeric(string name, ImmutableArray<double> array)
    {
        CheckNewColumn(name, array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (!double.IsFinite(array[i]))
            {
                throw new EstimationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Column '{name}', row {i + 1}: {array[i]} is not a finite number; drop or impute missing values before matching."));
            }
        }

        return new CovariateTable(array.Length, ((ImmutableList<string>)ColumnNames).Add(name), _numeric.Add(name, array), _categorical);
    }

    /// <summary>Adds a categorical column (compared ordinally). Every value must be a non-empty string.</summary>
    public CovariateTable AddCategorical(string name, IEnumerable<string> values) => AddCategorical(name, values.ToImmutableArray());

    /// <summary><see cref="AddCategorical(string, IEnumerable{string})"/> of values already immutable (no copy).</summary>
    internal CovariateTable AddCategorical(string name, ImmutableArray<string> array)
    {
        CheckNewColumn(name, array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (string.IsNullOrEmpty(array[i]))
            {
                throw new EstimationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Column '{name}', row {i + 1}: the value is empty; drop or recode missing categories before matching."));
            }
        }

        return new CovariateTable(array.Length, ((ImmutableList<string>)ColumnNames).Add(name), _numeric, _categorical.Add(name, array));
    }

    /// <summary>
    /// A table from text columns, as a CSV reader delivers them: a column is numeric when every cell parses as an
    /// invariant-culture number (trimmed), otherwise categorical. Columns named in <paramref name="categorical"/>
    /// stay categorical even when their cells look numeric (a NACE division "20", a cohort "2018").
    /// </summary>
    public static CovariateTable FromText(
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> columns,
        IEnumerable<string>? categorical = null)
    {
        var forced = new HashSet<string>(categorical ?? [], StringComparer.Ordinal);
        var table = Empty;
        foreach (var (name, cells) in columns)
        {
            var parsed = new double[cells.Count];
            var allNumeric = !forced.Contains(name);
            for (var i = 0; allNumeric && i < cells.Count; i++)
            {
                allNumeric = double.TryParse(cells[i]?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out parsed[i]);
            }

            table = allNumeric
                ? table.AddNumeric(name, parsed)
                : table.AddCategorical(name, cells.Select(c => c?.Trim() ?? string.Empty));
        }

        return table;
    }

    private void CheckNewColumn(string name, int length)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (HasColumn(name))
        {
            throw new ArgumentException($"The table already has a column '{name}'.", nameof(name));
        }

        if (ColumnNames.Count > 0 && length != RowCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Column '{name}' has {length} rows; the table has {RowCount}."),
                nameof(name));
        }
    }
}
