using System.Text.Json;

namespace ImpactAnalytics.Cli.Tests;

public sealed class PsmCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-psm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Psm_prints_the_matched_counts_and_writes_json_with_balance_rows()
    {
        var json = Path.Combine(_dir, "psm.json");

        var (code, output, _) = Cli.Run(Fixtures.PsmOnSmall(Fixtures.PsmSmall, "--json", json, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("matched: 6 of 6 treated (0 unmatched), 6 of 16 controls used", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        var counts = root.GetProperty("counts");
        Assert.Equal(6, counts.GetProperty("treated").GetInt32());
        Assert.Equal(6, counts.GetProperty("treated_matched").GetInt32());
        Assert.Equal(16, counts.GetProperty("controls").GetInt32());
        Assert.Equal(6, counts.GetProperty("controls_used").GetInt32());
        var balance = root.GetProperty("balance").EnumerateArray().Select(b => b.GetProperty("covariate").GetString()!).ToArray();
        Assert.Equal(["propensity score", "age", "size", "sector=chem", "sector=food", "sector=logistics"], balance);
        Assert.Equal(["sector"], root.GetProperty("specification").GetProperty("categorical").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["difference_in_means", "regression_adjusted"], root.GetProperty("effects").EnumerateArray().Select(e => e.GetProperty("method").GetString()!));
    }

    [Fact]
    public void The_difference_in_means_in_the_json_is_the_weighted_mean_gap_of_the_units_it_lists()
    {
        var json = Path.Combine(_dir, "psm.json");
        var y = File.ReadAllLines(Fixtures.PsmSmall).Skip(1)
            .Select((l, i) => (Line: i + 2, Y: double.Parse(l.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Line, p => p.Y);

        Cli.Run(Fixtures.PsmOnSmall(Fixtures.PsmSmall, "--json", json, "--quiet"));

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var units = doc.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => (Line: u.GetProperty("line").GetInt32(), Treated: u.GetProperty("treated").GetInt32() == 1, Weight: u.GetProperty("weight").GetDouble()))
            .Where(u => u.Weight > 0).ToArray();
        double Mean(bool treated) => units.Where(u => u.Treated == treated).Sum(u => u.Weight * y[u.Line]) / units.Where(u => u.Treated == treated).Sum(u => u.Weight);
        var effect = doc.RootElement.GetProperty("effects")[0].GetProperty("estimate").GetDouble();
        Assert.Equal(Mean(true) - Mean(false), effect, 1e-12);
        Assert.Equal(12, units.Length);
    }

    [Fact]
    public void Exact_matching_pairs_units_of_the_same_sector_only()
    {
        var json = Path.Combine(_dir, "psm.json");
        var sector = File.ReadAllLines(Fixtures.PsmSmall).Select(l => l.Split(',')).ToArray();

        var (code, _, _) = Cli.Run(Fixtures.PsmOnSmall(Fixtures.PsmSmall, "--exact", "sector", "--json", json, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var pairs = doc.RootElement.GetProperty("pairs").EnumerateArray().ToArray();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var treated = pair.GetProperty("treated_line").GetInt32();
            var control = pair.GetProperty("control_line").GetInt32();
            Assert.Equal(sector[treated - 1][4], sector[control - 1][4]);
        }
    }

    [Fact]
    public void A_numeric_looking_column_named_in_categorical_becomes_dummies()
    {
        var data = Path.Combine(_dir, "coded.csv");
        var codes = new Dictionary<string, string> { ["food"] = "10", ["chem"] = "20", ["logistics"] = "49" };
        File.WriteAllLines(data, File.ReadAllLines(Fixtures.PsmSmall).Select(l => codes.Aggregate(l, (s, c) => s.Replace(c.Key, c.Value, StringComparison.Ordinal))));
        var json = Path.Combine(_dir, "psm.json");

        var (code, _, _) = Cli.Run(Fixtures.PsmOnSmall(data, "--categorical", "sector", "--json", json, "--quiet"));

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var terms = doc.RootElement.GetProperty("propensity_model").EnumerateArray().Select(t => t.GetProperty("term").GetString()!);
        Assert.Equal(["(Intercept)", "age", "size", "sector=20", "sector=49"], terms);
    }

    [Fact]
    public void Help_lists_every_option()
    {
        var (code, output, _) = Cli.Run("psm", "--help");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var option in new[] { "--data", "--treatment", "--covariates", "--outcome", "--exact", "--categorical", "--ratio", "--replace", "--caliper", "--json" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
