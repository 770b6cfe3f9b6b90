using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class CovariateTableTests
{
    [Fact]
    public void Text_columns_become_numeric_when_every_cell_parses_and_categorical_otherwise_or_on_request()
    {
        var columns = new Dictionary<string, IReadOnlyList<string>>
        {
            ["treated"] = ["1", "0", "0"],
            ["ln_va"] = ["12.5", " 11.25", "1e1"],
            ["nace"] = ["C20", "C10", "C20"],
            ["cohort"] = ["2018", "2019", "2018"],
        };

        var table = CovariateTable.FromText(columns, categorical: ["cohort"]);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(["treated", "ln_va", "nace", "cohort"], table.ColumnNames);
        Assert.True(table.IsNumeric("ln_va"));
        Assert.Equal([12.5, 11.25, 10.0], table.Numeric("ln_va"));
        Assert.True(table.IsCategorical("nace"));
        Assert.True(table.IsCategorical("cohort"));
        Assert.Equal(["2018", "2019", "2018"], table.Categorical("cohort"));
    }

    [Fact]
    public void An_empty_cell_is_refused_with_its_column_and_row()
    {
        var columns = new Dictionary<string, IReadOnlyList<string>> { ["x"] = ["1", "", "3"] };

        var e = Assert.Throws<EstimationException>(() => CovariateTable.FromText(columns));

        Assert.StartsWith("Column 'x', row 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_finite_number_is_refused_with_its_column_and_row()
    {
        var e = Assert.Throws<EstimationException>(() => CovariateTable.Empty.AddNumeric("x", [1.0, double.NaN]));

        Assert.StartsWith("Column 'x', row 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_of_unequal_length_are_a_programming_error()
    {
        var table = CovariateTable.Empty.AddNumeric("a", [1.0, 2.0]);

        Assert.Throws<ArgumentException>(() => table.AddNumeric("b", [1.0]));
    }
}
