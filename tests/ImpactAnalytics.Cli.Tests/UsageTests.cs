namespace ImpactAnalytics.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void An_unknown_option_is_bad_usage_with_exit_code_2_and_one_message()
    {
        var (code, _, error) = Cli.Run("--bogus");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var (code, output, _) = Cli.Run("--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("sample", output, StringComparison.Ordinal);
    }
}
