using System.Text.Json;

namespace ImpactAnalytics.Cli.Tests;

public sealed class DidCommandTests : IDisposable
{
    // R did 2.5 on mpdta, est_method = "dr", base_period = "varying" (Fixtures/README.md); the estimator reproduces
    // it to about 1e-12, so 1e-6 is a fair tolerance after the JSON round trip.
    private const double Tolerance = 1e-6;
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-did-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Did_on_mpdta_reproduces_the_simple_att_of_R_did_in_the_json_and_prints_it()
    {
        var json = Path.Combine(_dir, "did.json");

        var (code, output, _) = Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--json", json, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var simple = doc.RootElement.GetProperty("aggregations").GetProperty("simple");
        Assert.Equal(-0.0399512751551763, simple.GetProperty("overall_att").GetDouble(), Tolerance);
        Assert.Equal(0.0120340127701854, simple.GetProperty("overall_se").GetDouble(), Tolerance);
        Assert.Contains("-0.0399513  0.0120340", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_json_holds_every_group_time_cell_the_aggregations_and_the_pretest_of_R_did()
    {
        var json = Path.Combine(_dir, "did.json");

        Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--json", json, "--quiet"));

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        var cells = root.GetProperty("group_time_effects").EnumerateArray().ToArray();
        Assert.Equal(12, cells.Length);
        Assert.Equal(2004, cells[0].GetProperty("group").GetInt32());
        Assert.Equal(2004, cells[0].GetProperty("time").GetInt32());
        Assert.Equal(-0.0105032462209624, cells[0].GetProperty("att").GetDouble(), Tolerance);
        Assert.Equal(0.0232510363681664, cells[0].GetProperty("se").GetDouble(), Tolerance);
        var dynamic = root.GetProperty("aggregations").GetProperty("dynamic");
        Assert.Equal(-0.0772398214573151, dynamic.GetProperty("overall_att").GetDouble(), Tolerance);
        Assert.Equal(0.0199649890618494, dynamic.GetProperty("overall_se").GetDouble(), Tolerance);
        Assert.Equal([-3, -2, -1, 0, 1, 2, 3], dynamic.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("element").GetInt32()));
        var group = root.GetProperty("aggregations").GetProperty("group");
        Assert.Equal(-0.0310182822287484, group.GetProperty("overall_att").GetDouble(), Tolerance);
        var calendar = root.GetProperty("aggregations").GetProperty("calendar");
        Assert.Equal(0.01597185188456, calendar.GetProperty("overall_se").GetDouble(), Tolerance);
        Assert.Equal(7.79123662720035, root.GetProperty("pretest").GetProperty("w").GetDouble(), Tolerance);
        Assert.Equal(500, root.GetProperty("panel").GetProperty("units").GetInt32());
    }

    [Fact]
    public void Not_yet_treated_controls_reproduce_R_did()
    {
        var json = Path.Combine(_dir, "did.json");

        var (code, output, _) = Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--control", "notyet", "--json", json, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("notyet", doc.RootElement.GetProperty("specification").GetProperty("control").GetString());
        var simple = doc.RootElement.GetProperty("aggregations").GetProperty("simple");
        Assert.Equal(-0.0397636256230437, simple.GetProperty("overall_att").GetDouble(), Tolerance);
        Assert.Equal(0.0120524247873419, simple.GetProperty("overall_se").GetDouble(), Tolerance);
        Assert.Contains("control notyet", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semicolon_file_with_decimal_commas_gives_the_same_estimates()
    {
        var data = Path.Combine(_dir, "mpdta-be.csv");
        File.WriteAllLines(data, File.ReadAllLines(Fixtures.Mpdta).Select(l => l.Replace(',', ';').Replace('.', ',').Replace("first,treat", "first.treat", StringComparison.Ordinal)));
        var a = Path.Combine(_dir, "a.json");
        var b = Path.Combine(_dir, "b.json");

        Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--json", a, "--quiet"));
        var (code, _, _) = Cli.Run(Fixtures.DidOnMpdta(data, "--json", b, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(
            File.ReadAllText(a).Replace("mpdta.csv", "X", StringComparison.Ordinal),
            File.ReadAllText(b).Replace("mpdta-be.csv", "X", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bootstrap_with_a_seed_is_repeatable_and_widens_to_uniform_bands()
    {
        var a = Path.Combine(_dir, "a.json");
        var b = Path.Combine(_dir, "b.json");

        Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--bootstrap", "499", "--seed", "7", "--json", a, "--quiet"));
        Cli.Run(Fixtures.DidOnMpdta(Fixtures.Mpdta, "--bootstrap", "499", "--seed", "7", "--json", b, "--quiet"));

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        using var doc = JsonDocument.Parse(File.ReadAllText(a));
        Assert.Equal(499, doc.RootElement.GetProperty("specification").GetProperty("bootstrap").GetInt32());
        Assert.True(doc.RootElement.GetProperty("critical_value").GetDouble() > 1.96);
    }

    [Fact]
    public void Help_lists_every_option()
    {
        var (code, output, _) = Cli.Run("did", "--help");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var option in new[] { "--data", "--id", "--time", "--group", "--outcome", "--covariates", "--control", "--method", "--bootstrap", "--seed", "--json", "never|notyet", "dr|ipw|reg" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
