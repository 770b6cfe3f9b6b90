using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Ingestion.Tests.Studies;

public sealed class StudyFileProblemTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Each extra text is appended to the 6-line minimal study, so its first line is line 7.
    [Theory]
    [InlineData("benchmark:\n  nace_levle: class", "benchmark.nace_levle", 8, 3, StudyProblemCodes.UnknownKey)]
    [InlineData("bootstrap:\n  seed: 1\n  replicate: 10", "bootstrap.replicate", 9, 3, StudyProblemCodes.UnknownKey)]
    [InlineData("benchmark:\n  min_cell: ten", "benchmark.min_cell", 8, 13, StudyProblemCodes.WrongType)]
    [InlineData("measures: { min_fte: [1] }", "measures.min_fte", 7, 22, StudyProblemCodes.WrongType)]
    [InlineData("benchmark: { exclude_members: \"yes\" }", "benchmark.exclude_members", 7, 31, StudyProblemCodes.WrongType)]
    [InlineData("counterfactual: class", "counterfactual", 7, 17, StudyProblemCodes.WrongType)]
    [InlineData("measures:\n  min_fte: -0.5", "measures.min_fte", 8, 12, StudyProblemCodes.OutOfRange)]
    [InlineData("benchmark:\n  outliers:\n    low: 1.5", "benchmark.outliers.low", 9, 10, StudyProblemCodes.OutOfRange)]
    [InlineData("benchmark:\n  outliers: { low: 0.5, high: 0.4 }", "benchmark.outliers.high", 8, 31, StudyProblemCodes.OutOfRange)]
    [InlineData("benchmark:\n  outliers: { low: 0.995 }", "benchmark.outliers.low", 8, 20, StudyProblemCodes.OutOfRange)]
    [InlineData("bootstrap: { replicates: 0 }", "bootstrap.replicates", 7, 26, StudyProblemCodes.OutOfRange)]
    [InlineData("disclosure: { dominance: 1.2 }", "disclosure.dominance", 7, 26, StudyProblemCodes.OutOfRange)]
    [InlineData("counterfactual:\n  psm: { caliper: 0 }", "counterfactual.psm.caliper", 8, 19, StudyProblemCodes.OutOfRange)]
    [InlineData("counterfactual:\n  did: { pretest_leads: 0 }", "counterfactual.did.pretest_leads", 8, 25, StudyProblemCodes.OutOfRange)]
    [InlineData("benchmark:\n  nace_level: klass", "benchmark.nace_level", 8, 15, StudyProblemCodes.UnknownWord)]
    [InlineData("measures:\n  fte: [1003, 70]", "measures.fte[1]", 8, 15, StudyProblemCodes.UnknownWord)]
    [InlineData("counterfactual:\n  did:\n    control: sometimes", "counterfactual.did.control", 9, 14, StudyProblemCodes.UnknownWord)]
    [InlineData("counterfactual:\n  did: { outcomes: [ln_va, ln_tfp] }", "counterfactual.did.outcomes[1]", 8, 28, StudyProblemCodes.UnknownWord)]
    [InlineData("report: { language: fr }", "report.language", 7, 21, StudyProblemCodes.UnknownWord)]
    public void Each_problem_names_its_key_path_line_column_and_code(string extra, string keyPath, int line, int column, string code)
    {
        var path = _folder.Write(StudyFolder.Minimal + "\n" + extra + "\n");

        var result = StudyFile.Load(path);

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((keyPath, line, column, code), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
        Assert.Equal(path, problem.File);
    }

    [Fact]
    public void An_unknown_key_suggests_the_nearest_known_key()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\nbenchmark:\n  nace_levle: class\n");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Contains("did you mean 'nace_level'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_says_what_was_expected_and_what_was_found()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\nbenchmark:\n  nace_level: klass\n");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal("expected one of section, division, group, class; found 'klass'", problem.Message);
        Assert.Equal($"{path}:8:15: benchmark.nace_level: expected one of section, division, group, class; found 'klass' [study.unknown-word]", problem.ToString());
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_the_mapping_that_lacks_it()
    {
        var path = _folder.Write("""
            name: test
            years: 2014-2023
            inputs:
              accounts: accounts.csv.gz
              memberships: memberships.csv
            """);

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal(("inputs.register", 4, 3, StudyProblemCodes.MissingKey), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Missing_top_level_keys_are_each_reported()
    {
        var path = _folder.Write("report: { language: en }\n");

        var problems = StudyFile.Load(path).Problems;

        Assert.Equal(["name", "years", "inputs"], problems.Select(p => p.KeyPath));
        Assert.All(problems, p => Assert.Equal(StudyProblemCodes.MissingKey, p.Code));
    }

    [Fact]
    public void A_missing_input_file_names_the_key_and_the_resolved_path()
    {
        var path = _folder.Write(StudyFolder.Minimal.Replace("memberships.csv", "members.xlsx", StringComparison.Ordinal));

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal(("inputs.memberships", 6, 16, StudyProblemCodes.MissingFile), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
        Assert.Contains(Path.Combine(_folder.Studies, "members.xlsx"), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nace_folder_override_that_does_not_exist_is_a_missing_file()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\n  nace_folder: ../nowhere\n");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal(("inputs.nace_folder", 7, 16, StudyProblemCodes.MissingFile), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Accounts_and_firm_years_together_conflict()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\n  firm_years: firms.csv\n");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal(("inputs.firm_years", 7, 15, StudyProblemCodes.Conflict), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void A_reversed_year_range_is_out_of_range()
    {
        var path = _folder.Write(StudyFolder.Minimal.Replace("2014-2023", "2023-2014", StringComparison.Ordinal));

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal(("years", 2, 8, StudyProblemCodes.OutOfRange), (problem.KeyPath, problem.Line, problem.Column, problem.Code));
    }

    [Theory]
    [InlineData("name: test\nyears: 2014-2023\n  bad: indent\n", 3, 6)]
    [InlineData("name: test\nyears: [2014, 2023\ninputs: {}\n", 3, 1)]
    [InlineData("name: 'test\nyears: 2014\n", 1, 7)]
    public void A_yaml_syntax_error_is_reported_with_its_position(string yaml, int line, int column)
    {
        var path = _folder.Write(yaml);

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal((StudyProblemCodes.Syntax, line, column), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void A_duplicate_key_is_a_syntax_error_on_its_line()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\nname: again\n");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal((StudyProblemCodes.Syntax, 7), (problem.Code, problem.Line));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        var path = _folder.Write(StudyFolder.Minimal + "\nbootstrap: { replicates: 0 }\nbenchmark: { min_cell: -1, statistic: mode }\n");

        var problems = StudyFile.Load(path).Problems;

        Assert.Equal(["bootstrap.replicates", "benchmark.min_cell", "benchmark.statistic"], problems.Select(p => p.KeyPath));
        Assert.Equal([(7, 26), (8, 24), (8, 39)], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_study_file_that_does_not_exist_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(_folder.Studies, "absent.yaml");

        var problem = Assert.Single(StudyFile.Load(path).Problems);

        Assert.Equal((StudyProblemCodes.Unreadable, 0), (problem.Code, problem.Line));
    }
}
