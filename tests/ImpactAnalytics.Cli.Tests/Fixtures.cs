namespace ImpactAnalytics.Cli.Tests;

/// <summary>Paths of the files in Fixtures/ (copied to the test output), see Fixtures/README.md.</summary>
internal static class Fixtures
{
    public static string Mpdta => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mpdta.csv");

    public static string PsmSmall => Path.Combine(AppContext.BaseDirectory, "Fixtures", "psm_small.csv");

    /// <summary>The arguments of <c>impact did</c> on mpdta as R <c>did</c>'s reference runs use them.</summary>
    public static string[] DidOnMpdta(string data, params string[] more) =>
        ["did", "--data", data, "--id", "countyreal", "--time", "year", "--group", "first.treat", "--outcome", "lemp", .. more];

    /// <summary>The arguments of <c>impact psm</c> on psm_small.csv.</summary>
    public static string[] PsmOnSmall(string data, params string[] more) =>
        ["psm", "--data", data, "--treatment", "treat", "--covariates", "age,size,sector", "--outcome", "y", .. more];
}
