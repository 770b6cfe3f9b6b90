namespace ImpactAnalytics.Cli.Tests;

/// <summary>Bad input to <c>impact psm</c> and <c>impact did</c>: one line naming the problem, exit 1 or 2, no trace, no output.</summary>
public sealed class CounterfactualBadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-cf-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("psm")]
    [InlineData("did")]
    public void A_missing_file_is_bad_input_naming_the_file(string command)
    {
        var missing = Path.Combine(_dir, "nope.csv");
        var args = command == "psm" ? Fixtures.PsmOnSmall(missing, "--quiet") : Fixtures.DidOnMpdta(missing, "--quiet");

        var error = Fails(ExitCodes.BadInput, args);

        Assert.Contains("nope.csv: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_that_does_not_exist_is_bad_input_listing_the_columns()
    {
        var error = Fails(ExitCodes.BadInput, "did", "--data", Fixtures.Mpdta, "--id", "county", "--time", "year", "--group", "first.treat", "--outcome", "lemp", "--quiet");

        Assert.Contains("--id: mpdta.csv has no column 'county'", error, StringComparison.Ordinal);
        Assert.Contains("year, countyreal, lpop, lemp, first.treat, treat", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_that_does_not_exist_is_bad_input_listing_the_columns()
    {
        var error = Fails(ExitCodes.BadInput, "psm", "--data", Fixtures.PsmSmall, "--treatment", "treat", "--covariates", "age,turnover", "--outcome", "y", "--quiet");

        Assert.Contains("--covariates: psm_small.csv has no column 'turnover'", error, StringComparison.Ordinal);
        Assert.Contains("firm, treat, age, size, sector, y", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_treatment_that_is_not_0_or_1_is_bad_input_naming_the_line_and_value()
    {
        var data = Edit(Fixtures.PsmSmall, "psm.csv", lines => lines[5] = lines[5].Replace("f05,1,", "f05,2,", StringComparison.Ordinal));

        var error = Fails(ExitCodes.BadInput, Fixtures.PsmOnSmall(data, "--quiet"));

        Assert.Contains("psm.csv:6:treat:", error, StringComparison.Ordinal);
        Assert.Contains("found '2'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_cell_is_bad_input_naming_file_line_and_column()
    {
        var data = Edit(Fixtures.Mpdta, "panel.csv", lines => lines[7] = string.Join(',', lines[7].Split(',').Select((f, i) => i == 3 ? "n/a" : f)));

        var error = Fails(ExitCodes.BadInput, Fixtures.DidOnMpdta(data, "--quiet"));

        Assert.Contains("panel.csv:8:lemp: 'n/a'", error, StringComparison.Ordinal);
        Assert.Contains("is not a number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_covariate_cell_in_psm_names_the_cell_and_suggests_categorical()
    {
        var data = Edit(Fixtures.PsmSmall, "psm.csv", lines => lines[3] = lines[3].Replace(",2.2,", ",small,", StringComparison.Ordinal));

        var error = Fails(ExitCodes.BadInput, Fixtures.PsmOnSmall(data, "--quiet"));

        Assert.Contains("psm.csv:4:size: 'small' is not a number", error, StringComparison.Ordinal);
        Assert.Contains("--categorical", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_that_never_has_controls_is_bad_input_naming_the_cohort()
    {
        var data = Edit(Fixtures.Mpdta, "treated-only.csv", lines => lines.RemoveAll(l => l.EndsWith(",0,0", StringComparison.Ordinal)));

        var error = Fails(ExitCodes.BadInput, Fixtures.DidOnMpdta(data, "--quiet"));

        Assert.Contains("Cohort 2004 has no comparison units", error, StringComparison.Ordinal);
        Assert.Contains("never-treated", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Perfect_separation_in_the_propensity_model_is_bad_input()
    {
        var data = Path.Combine(_dir, "separated.csv");
        File.WriteAllLines(data, ["treat,x,y", "0,1,3.0", "0,2,3.5", "0,3,2.9", "1,4,4.1", "1,5,4.4", "1,6,4.0"]);

        var error = Fails(ExitCodes.BadInput, "psm", "--data", data, "--treatment", "treat", "--covariates", "x", "--outcome", "y", "--quiet");

        Assert.Contains("Propensity model", error, StringComparison.Ordinal);
        Assert.Contains("separation", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_time_rows_are_bad_input_naming_the_unit_period_and_lines()
    {
        var data = Edit(Fixtures.Mpdta, "dup.csv", lines => lines.Add(lines[2]));

        var error = Fails(ExitCodes.BadInput, Fixtures.DidOnMpdta(data, "--quiet"));

        Assert.Contains("1 duplicate id-time row(s)", error, StringComparison.Ordinal);
        Assert.Contains("countyreal '8001' year 2004 (lines 3 and 2502)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_treatment_period_that_changes_within_a_unit_is_bad_input_naming_both_lines()
    {
        var data = Edit(Fixtures.Mpdta, "moving.csv", lines => lines[3] = lines[3].Replace(",2007,1", ",2006,1", StringComparison.Ordinal));

        var error = Fails(ExitCodes.BadInput, Fixtures.DidOnMpdta(data, "--quiet"));

        Assert.Contains("moving.csv:4:first.treat: unit '8001' has first-treatment period 2006 here but 2007 at line 2", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--control", "sometimes")]
    [InlineData("--method", "ols")]
    [InlineData("--bootstrap", "-1")]
    public void A_bad_did_option_value_is_bad_usage(string option, string value)
    {
        var error = Fails(ExitCodes.Usage, Fixtures.DidOnMpdta(Fixtures.Mpdta, option, value, "--quiet"));

        Assert.Contains(option == "--bootstrap" ? "--bootstrap" : value, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ratio", "0")]
    [InlineData("--caliper", "-0.2")]
    public void A_bad_psm_option_value_is_bad_usage(string option, string value)
    {
        var error = Fails(ExitCodes.Usage, Fixtures.PsmOnSmall(Fixtures.PsmSmall, option, value, "--quiet"));

        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_option_is_bad_usage()
    {
        var (code, _, error) = Cli.Run("psm", "--data", Fixtures.PsmSmall, "--treatment", "treat", "--outcome", "y");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--covariates", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_treatment_named_as_a_covariate_is_bad_usage()
    {
        var error = Fails(ExitCodes.Usage, "psm", "--data", Fixtures.PsmSmall, "--treatment", "treat", "--covariates", "age,treat", "--outcome", "y", "--quiet");

        Assert.Contains("'treat' is the treatment", error, StringComparison.Ordinal);
    }

    private static string Fails(int expected, params string[] args)
    {
        var (code, output, error) = Cli.Run(args);

        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", error, StringComparison.Ordinal);
        return error;
    }

    private string Edit(string source, string name, Action<List<string>> edit)
    {
        var lines = File.ReadAllLines(source).ToList();
        edit(lines);
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
