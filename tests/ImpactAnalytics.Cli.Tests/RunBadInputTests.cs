namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// <c>impact run</c> on bad input: an exit code, a short clear message on stderr naming the problem, no stack trace,
/// and no output folder or staging folder left behind (a previous output is left as it was).
/// </summary>
public sealed class RunBadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-run-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_missing_register_file_is_exit_1_naming_the_file_and_the_key()
    {
        var study = RepoPaths.CopySample(_dir);
        File.Delete(Path.Combine(_dir, "register.csv"));
        var output = Path.Combine(_dir, "out");

        var error = Fails(ExitCodes.BadInput, "run", study, "--out", output, "--quiet");

        Assert.Contains("inputs.register", error, StringComparison.Ordinal);
        Assert.Contains("register.csv", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, error);
        Assert.False(Directory.Exists(output));
        NoStagingLeft(_dir);
    }

    [Fact]
    public void A_yaml_syntax_error_is_exit_1_naming_file_line_and_column()
    {
        var study = Path.Combine(_dir, "study.yaml");
        File.WriteAllText(study, "name: broken\nyears: [2014\nreport: x\n");
        var output = Path.Combine(_dir, "out");

        var error = Fails(ExitCodes.BadInput, "run", study, "--out", output, "--quiet");

        Assert.Matches(@"study\.yaml:\d+:\d+: ", error);
        Assert.Contains("YAML", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, error);
        Assert.False(Directory.Exists(output));
        NoStagingLeft(_dir);
    }

    [Fact]
    public void An_output_folder_below_a_file_is_exit_2_cannot_write_output_naming_the_file()
    {
        var blocker = Path.Combine(_dir, "file.txt");
        File.WriteAllText(blocker, "in the way");
        var output = Path.Combine(blocker, "out");

        var error = Fails(ExitCodes.Usage, "run", RepoPaths.SampleStudy, "--out", output, "--quiet");

        Assert.Contains("cannot write output", error, StringComparison.Ordinal);
        Assert.Contains($"'{blocker}' is a file", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("in the way", File.ReadAllText(blocker));
        Assert.Equal([blocker], Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void A_malformed_study_leaves_the_previous_output_untouched()
    {
        var output = PreviousOutput();
        var study = Path.Combine(_dir, "study.yaml");
        File.WriteAllText(study, "name: broken\nyears: [2014\n");

        Fails(ExitCodes.BadInput, "run", study, "--out", output, "--quiet");

        AssertPreviousOutput(output);
        NoStagingLeft(_dir);
    }

    [Fact]
    public void A_run_that_fails_after_staging_began_leaves_the_previous_output_untouched_and_no_staging_folder()
    {
        var study = RepoPaths.CopySample(_dir);
        var register = Path.Combine(_dir, "register.csv");
        File.WriteAllLines(register, File.ReadLines(register).Take(1));
        var output = PreviousOutput();

        var (code, stdout, stderr) = Cli.Run("run", study, "--out", output, "--quiet");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("impact: no usable firm-years in the inputs", stderr, StringComparison.Ordinal);
        Assert.Contains("panel: 0 firms, 0 firm-years", stderr, StringComparison.Ordinal);
        Assert.Contains("data quality report: not written", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        AssertPreviousOutput(output);
        NoStagingLeft(_dir);
        // The panel-cache entry the run began beside its evaluation is finished (renamed into place), not still being
        // written into the cache folder after the command returned.
        Assert.Empty(Directory.GetDirectories(_dir, ".staging-*", SearchOption.AllDirectories));
    }

    private static string Fails(int expected, params string[] args)
    {
        var (code, stdout, stderr) = Cli.Run(args);

        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("impact: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        return stderr;
    }

    private string PreviousOutput()
    {
        var output = Path.Combine(_dir, "previous");
        Directory.CreateDirectory(Path.Combine(output, "tables"));
        File.WriteAllText(Path.Combine(output, "report.pdf"), "previous report");
        File.WriteAllText(Path.Combine(output, "tables", "cluster_summary.csv"), "previous table");
        return output;
    }

    private static void AssertPreviousOutput(string output)
    {
        Assert.Equal(2, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length);
        Assert.Equal("previous report", File.ReadAllText(Path.Combine(output, "report.pdf")));
        Assert.Equal("previous table", File.ReadAllText(Path.Combine(output, "tables", "cluster_summary.csv")));
    }

    private static void NoStagingLeft(string dir) =>
        Assert.Empty(Directory.GetDirectories(dir, ".*.staging-*", SearchOption.AllDirectories));
}
