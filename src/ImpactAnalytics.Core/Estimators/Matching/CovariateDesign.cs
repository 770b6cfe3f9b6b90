using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The covariates as numeric columns. Model columns (propensity model, regression adjustment): numeric columns as
/// they are, a categorical column as one 0/1 dummy per level except the first in ordinal order (the reference).
/// Balance columns: the same, but with a dummy for every level, as MatchIt's balance table shows them.
/// </summary>
internal sealed class CovariateDesign
{
    /// <summary>Joins the exact columns' values in a key (<see cref="ExactKeys"/>).</summary>
    internal const char KeySeparator = '\u001f';

    private CovariateDesign(List<(string Name, double[] Values)> model, List<(string Name, double[] Values)> balance)
    {
        ModelNames = [.. model.Select(c => c.Name)];
        ModelColumns = [.. model.Select(c => c.Values)];
        BalanceNames = [.. balance.Select(c => c.Name)];
        BalanceColumns = [.. balance.Select(c => c.Values)];
    }

    public IReadOnlyList<string> ModelNames { get; }

    public IReadOnlyList<double[]> ModelColumns { get; }

    public IReadOnlyList<string> BalanceNames { get; }

    public IReadOnlyList<double[]> BalanceColumns { get; }

    /// <summary>Builds the columns; a covariate that is constant over all rows is an <see cref="EstimationException"/>.</summary>
    public static CovariateDesign Build(CovariateTable table, IReadOnlyList<string> covariates)
    {
        var model = new List<(string, double[])>();
        var balance = new List<(string, double[])>();
        foreach (var name in covariates)
        {
            if (table.IsNumeric(name))
            {
                // The table's own array (read only, never written: the design's columns are read by every consumer).
                var values = table.NumericArray(name);
                if (Array.TrueForAll(values, v => v == values[0]))
                {
                    throw new EstimationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Covariate '{name}' is constant ({values[0]} in every row), so it cannot explain treatment; drop it from the covariates."));
                }

                model.Add((name, values));
                balance.Add((name, values));
                continue;
            }

            var categories = table.Categorical(name);
            var levels = categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (levels.Length < 2)
            {
                throw new EstimationException(
                    $"Covariate '{name}' is constant (level '{levels[0]}' in every row), so it cannot explain treatment; drop it from the covariates.");
            }

            for (var l = 0; l < levels.Length; l++)
            {
                var level = levels[l];
                var dummy = categories.Select(c => string.Equals(c, level, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray();
                balance.Add(($"{name}={level}", dummy));
                if (l > 0)
                {
                    model.Add(($"{name}={level}", dummy));
                }
            }
        }

        return new CovariateDesign(model, balance);
    }

    /// <summary>One exact-matching key per row: the values of the exact columns, joined.</summary>
    public static string[] ExactKeys(CovariateTable table, IReadOnlyList<string> columns)
    {
        var texts = columns
            .Select(c => table.IsNumeric(c)
                ? table.Numeric(c).Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray()
                : table.Categorical(c).ToArray())
            .ToArray();
        var keys = new string[table.RowCount];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = string.Join(KeySeparator, texts.Select(t => t[i]));
        }

        return keys;
    }
}
