namespace ImpactAnalytics.Cli.Tests;

public sealed class SampleCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("impact-cli-sample-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_same_arguments_twice_give_byte_identical_files()
    {
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");

        var first = Cli.Run("sample", "--firms", "300", "--years", "2015-2022", "--seed", "5", "--out", a);
        var second = Cli.Run("sample", "--firms", "300", "--years", "2015-2022", "--seed", "5", "--out", b);

        Assert.Equal(ExitCodes.Ok, first.Code);
        Assert.Equal(ExitCodes.Ok, second.Code);
        foreach (var name in new[] { "accounts.csv.gz", "register.csv", "memberships.csv", "truth.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, name)), File.ReadAllBytes(Path.Combine(b, name)));
        }
    }

    [Fact]
    public void Different_seeds_give_different_files()
    {
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");

        Cli.Run("sample", "--firms", "200", "--seed", "1", "--out", a);
        Cli.Run("sample", "--firms", "200", "--seed", "2", "--out", b);

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "accounts.csv.gz")), File.ReadAllBytes(Path.Combine(b, "accounts.csv.gz")));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "register.csv")), File.ReadAllBytes(Path.Combine(b, "register.csv")));
    }

    [Fact]
    public void The_effect_option_reaches_the_truth_file()
    {
        var folder = Path.Combine(_root, "out");

        var (code, output, _) = Cli.Run("sample", "--firms", "100", "--effect", "0.05", "--out", folder, "--quiet");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\"multiplicative\": 0.05", File.ReadAllText(Path.Combine(folder, "truth.json")), StringComparison.Ordinal);
        Assert.Contains("100 firms", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--firms", "-5", "--firms")]
    [InlineData("--firms", "0", "--firms")]
    [InlineData("--years", "2030-2010", "--years")]
    [InlineData("--years", "2014", "--years")]
    [InlineData("--years", "1800-2010", "--years")]
    [InlineData("--effect", "2", "--effect")]
    public void Bad_arguments_give_one_clear_line_exit_code_2_and_write_nothing(string option, string value, string named)
    {
        var folder = Path.Combine(_root, "out");

        var (code, output, error) = Cli.Run("sample", option, value, "--out", folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void An_unwritable_out_folder_gives_one_clear_line_exit_code_2_and_leaves_nothing_behind()
    {
        var file = Path.Combine(_root, "not-a-folder");
        File.WriteAllText(file, "x");

        var (code, _, error) = Cli.Run("sample", "--firms", "50", "--out", Path.Combine(file, "sample"), "--quiet");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot write to --out", error, StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Progress_lines_go_to_standard_error_unless_quiet()
    {
        var loud = Cli.Run("sample", "--firms", "100", "--out", Path.Combine(_root, "a"));
        var quiet = Cli.Run("sample", "--firms", "100", "--out", Path.Combine(_root, "b"), "--quiet");

        Assert.Contains("100 of 100 firms", loud.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, quiet.Error);
    }

    [Fact]
    public void Help_lists_the_options_with_their_defaults()
    {
        var (code, output, _) = Cli.Run("sample", "--help");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var option in new[] { "--firms", "--years", "--seed", "--effect", "--out", "20240501", "2014-2023" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
