using System.Text;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Ingestion.Tests.Tables;

public sealed class TidyTableTests
{
    [Fact]
    public void Columns_are_found_by_name_with_their_text_numbers_and_lines()
    {
        using var dir = new TempFolder();
        var path = dir.Write("t.csv", "id,year,y\na,2020,1.5\n\nb,2021,\"2,500.25\"\n");

        var result = TidyTable.Read(path);

        var table = Assert.IsType<TidyTable>(result.Table);
        Assert.Empty(result.Issues);
        Assert.Equal(["id", "year", "y"], table.ColumnNames);
        Assert.Equal(2, table.RowCount);
        Assert.Equal([2L, 4L], [table.LineOf(0), table.LineOf(1)]);
        Assert.True(table.TryGetColumn("y", out var y, out _));
        Assert.True(y.TryGetNumbers(out var values, out _));
        Assert.Equal([1.5, 2500.25], values);
        Assert.True(table.TryGetColumn("ID", out var id, out _));
        Assert.Equal(["a", "b"], id.Text);
        Assert.Equal(0, id.NumericCount);
    }

    [Fact]
    public void A_semicolon_file_in_windows_1252_with_decimal_commas_reads_like_its_plain_twin()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("naam;waarde\nCaf\u00e9;1.234,5\nZ\u00fcrich;-0,25\n");
        var path = dir.WriteBytes("be.csv", bytes);

        var table = TidyTable.Read(path).Table!;

        Assert.True(table.Dialect!.DecimalComma);
        Assert.Equal(';', table.Dialect.Separator);
        Assert.True(table.TryGetColumn("waarde", out var value, out _));
        Assert.True(value.TryGetNumbers(out var numbers, out _));
        Assert.Equal([1234.5, -0.25], numbers);
        Assert.True(table.TryGetColumn("naam", out var name, out _));
        Assert.Equal(["Caf\u00e9", "Z\u00fcrich"], name.Text);
    }

    [Fact]
    public void A_non_numeric_cell_is_an_issue_with_file_line_and_column()
    {
        using var dir = new TempFolder();
        var path = dir.Write("t.csv", "id,\"note\",y\na,\"two\nlines\",1\nb,x,abc\nc,x,\n");
        var table = TidyTable.Read(path).Table!;
        table.TryGetColumn("y", out var y, out _);

        var ok = y!.TryGetNumbers(out _, out var issue);

        Assert.False(ok);
        Assert.Equal(("t.csv", 4L, "y", TidyIssueCodes.NotNumeric, Severity.Error), (issue!.File, issue.Line, issue.Column, issue.Code, issue.Severity));
        Assert.Contains("'abc' is not a number", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_cell_is_reported_as_empty_not_as_zero()
    {
        using var dir = new TempFolder();
        var table = TidyTable.Read(dir.Write("t.csv", "id,y\na,1\nb,\n")).Table!;
        table.TryGetColumn("y", out var y, out _);

        Assert.False(y!.TryGetNumbers(out _, out var issue));
        Assert.Equal((3L, TidyIssueCodes.Empty), (issue!.Line, issue.Code));
        Assert.False(y.TryGetNumber(1, out _));
    }

    [Fact]
    public void A_missing_column_is_an_issue_that_lists_the_columns()
    {
        using var dir = new TempFolder();
        var table = TidyTable.Read(dir.Write("t.csv", "id,year,y\na,2020,1\n")).Table!;

        var found = table.TryGetColumn("yaer", out _, out var issue);

        Assert.False(found);
        Assert.Equal(TidyIssueCodes.MissingColumn, issue!.Code);
        Assert.Contains("no column 'yaer'; its columns are: id, year, y", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_gives_no_table_and_a_file_error()
    {
        using var dir = new TempFolder();

        var result = TidyTable.Read(Path.Combine(dir.Path, "nope.csv"));

        Assert.Null(result.Table);
        Assert.Contains("nope.csv: file not found", result.FirstError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_is_left_out_with_an_error_naming_its_line()
    {
        using var dir = new TempFolder();

        var result = TidyTable.Read(dir.Write("t.csv", "id,y\na,1\nb,2,3\nc,4\n"));

        Assert.Equal(2, result.Table!.RowCount);
        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(3L, result.FirstError!.Line);
    }

    [Fact]
    public void A_gzip_file_reads_like_its_plain_twin()
    {
        using var dir = new TempFolder();

        var table = TidyTable.Read(dir.WriteGzip("t.csv.gz", "id,y\na,1\nb,2\n")).Table!;

        Assert.Equal(2, table.RowCount);
        Assert.Equal("t.csv.gz", table.File);
    }
}
