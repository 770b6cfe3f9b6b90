namespace ImpactAnalytics.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_sample_study_validates_clean_and_every_row_is_accounted_for()
    {
        var output = Path.Combine(_dir, "out");

        var (code, stdout, _) = Cli.Run("validate", RepoPaths.SampleStudy, "--out", output, "--quiet");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("issues: 0 error(s)", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "data_quality.csv")));
    }

    [Fact]
    public void A_missing_study_file_is_one_clear_message_with_exit_code_1()
    {
        var (code, _, stderr) = Cli.Run("validate", Path.Combine(_dir, "nope.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("nope.yaml' not found", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_malformed_study_file_names_the_key_and_line()
    {
        var study = Path.Combine(_dir, "study.yaml");
        File.WriteAllText(study, "name: broken\nyears: 2014-2023\nbenchmark:\n  nace_levle: class\n");

        var (code, _, stderr) = Cli.Run("validate", study);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("benchmark.nace_levle", stderr, StringComparison.Ordinal);
        Assert.Contains(":4:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_level_data_issues_make_validate_exit_1_and_are_written_to_data_quality()
    {
        var study = RepoPaths.CopySample(_dir);
        File.AppendAllText(Path.Combine(_dir, "register.csv"), "0123456748,Broken NV,62010,NACE-BEL 2008,Antwerpen,2001\n");
        var output = Path.Combine(_dir, "out");

        var (code, stdout, _) = Cli.Run("validate", study, "--out", output, "--quiet");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("register.csv", stdout, StringComparison.Ordinal);
        var quality = File.ReadAllText(Path.Combine(output, "data_quality.csv"));
        Assert.Contains("register.csv,3002,enterprise_number", quality, StringComparison.Ordinal);
    }
}
