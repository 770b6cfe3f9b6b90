using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImpactAnalytics.Cli.Tests;

/// <summary><c>impact run</c> on the embedded sample study, end to end: report, tables, charts and manifest.</summary>
public sealed partial class RunCommandTests(SampleRun run) : IClassFixture<SampleRun>
{
    [Fact]
    public void The_run_exits_0_and_says_where_it_wrote()
    {
        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.Contains($"wrote {run.Output}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_exists_and_every_page_is_numbered_page_of_total()
    {
        Assert.True(File.Exists(run.PathOf("report.pdf")));
        Assert.True(run.Pages.Count > 10, $"only {run.Pages.Count} page(s)");

        for (var i = 0; i < run.Pages.Count; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"p. {i + 1} van {run.Pages.Count}");
            Assert.True(run.Pages[i].Any(l => l.EndsWith(number, StringComparison.Ordinal)), $"page {i + 1} has no line '{number}'");
        }
    }

    [Fact]
    public void The_report_names_every_cluster_of_the_cluster_summary()
    {
        var names = SummaryRows().Select(r => DisplayName(r["cluster"])).Distinct().ToArray();

        Assert.Equal(8, names.Length);
        foreach (var name in names)
        {
            Assert.Contains(name, run.PdfText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_published_premium_in_cluster_summary_csv_is_printed_in_its_clusters_table_row()
    {
        var published = SummaryRows().Where(r => r["premium_adjusted"].Length > 0).ToArray();
        Assert.True(published.Length > 30, $"only {published.Length} published cluster-year(s)");
        Assert.All(SummaryRows().Where(r => r["suppressed"] == "true"), r => Assert.Equal(string.Empty, r["premium_adjusted"]));

        foreach (var row in published)
        {
            var name = DisplayName(row["cluster"]);
            var rowStart = $"{row["year"]} {row["n_members"]} {row["n_with_lp"]} ";
            var premium = DutchPercent(double.Parse(row["premium_adjusted"], CultureInfo.InvariantCulture));

            var found = run.Pages
                .Where(lines => lines.Any(l => l.Contains(name, StringComparison.Ordinal)))
                .SelectMany(lines => lines)
                .Any(l => l.StartsWith(rowStart, StringComparison.Ordinal) && l.Contains($" {premium} ", StringComparison.Ordinal));
            Assert.True(found, $"no table row '{rowStart}… {premium}' on a page naming {name}");
        }
    }

    [Fact]
    public void Every_chart_is_a_non_empty_png_and_svg_pair_and_every_cluster_has_its_four_charts()
    {
        var files = Directory.GetFiles(run.PathOf("charts"));
        var names = files.Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);

        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, $"{f} is empty"));
        Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), f =>
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(f)[..4]));
        Assert.All(files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)), f =>
            Assert.Contains("<svg", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.All(names, n => Assert.Contains(Path.ChangeExtension(n, n.EndsWith(".png", StringComparison.Ordinal) ? ".svg" : ".png"), names));
        var expected = new[] { "premium_by_cluster", "distribution_by_cluster", "impact_event_study", "impact_balance" }
            .Concat(SummaryRows().Select(r => Slug(r["cluster"])).Distinct()
                .SelectMany(s => new[] { "premium", "distribution", "index", "flows" }.Select(c => $"{s}_{c}")));
        foreach (var chart in expected)
        {
            Assert.Contains(chart + ".png", names);
            Assert.Contains(chart + ".svg", names);
        }
    }

    [Fact]
    public void The_manifest_accounts_for_every_row_hashes_every_input_and_lists_the_report_with_its_hash()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(run.PathOf("manifest.json")));
        var root = manifest.RootElement;

        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(3, rows.Length);
        foreach (var row in rows)
        {
            var read = row.GetProperty("read").GetInt64();
            Assert.True(read > 0, row.GetProperty("file").GetString());
            Assert.Equal(read, row.GetProperty("used").GetInt64() + row.GetProperty("quarantined").GetInt64());
            Assert.True(row.GetProperty("balanced").GetBoolean());
        }

        var inputs = root.GetProperty("inputs").EnumerateArray().ToArray();
        Assert.Superset(
            new HashSet<string> { "study", "accounts", "register", "memberships", "nace" },
            inputs.Select(i => i.GetProperty("role").GetString()!).ToHashSet());
        Assert.All(inputs, i => Assert.Matches("^[0-9a-f]{64}$", i.GetProperty("sha256").GetString()));
        var outputs = root.GetProperty("outputs").EnumerateArray()
            .ToDictionary(o => o.GetProperty("file").GetString()!, o => o.GetProperty("sha256").GetString());
        Assert.Equal(Sha256(run.PathOf("report.pdf")), outputs["report.pdf"]);
        var written = Directory.GetFiles(run.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(run.Output, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json");
        Assert.Equal(written.Order(StringComparer.Ordinal), outputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(outputs, o => Assert.Equal(Sha256(run.PathOf(o.Key)), o.Value));
    }

    [Fact]
    public void No_enterprise_number_of_the_register_is_in_the_report_the_tables_or_the_workbook()
    {
        var register = File.ReadLines(Path.Combine(RepoPaths.Root, "data", "sample", "register.csv")).Skip(1)
            .Select(l => l.Split(',')[0])
            .ToHashSet(StringComparer.Ordinal);
        var texts = new List<(string Where, string Text)> { ("report.pdf", run.PdfText) };
        texts.AddRange(Directory.GetFiles(run.PathOf("tables"), "*.csv").Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        using (var workbook = ZipFile.OpenRead(run.PathOf("tables.xlsx")))
        {
            foreach (var entry in workbook.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                texts.Add(("tables.xlsx:" + entry.FullName, reader.ReadToEnd()));
            }
        }

        Assert.Equal(3000, register.Count);
        Assert.True(File.ReadAllText(run.PathOf("confidential/member_deltas.csv")).Length > 0);
        foreach (var (where, text) in texts)
        {
            var leaked = TenDigits().Matches(text).Select(m => m.Value)
                .Concat(DottedNumber().Matches(text).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal)))
                .Where(register.Contains)
                .ToArray();
            Assert.True(leaked.Length == 0, $"{where} holds enterprise number(s) {string.Join(", ", leaked.Take(5))}");
        }
    }

    [Fact]
    public void Two_runs_of_the_same_study_write_byte_identical_tables()
    {
        var again = Path.Combine(run.Folder, "again");

        var (code, _, _) = Cli.Run("run", RepoPaths.SampleStudy, "--out", again, "--quiet", "--language", "nl");

        Assert.Equal(ExitCodes.Ok, code);
        var first = Directory.GetFiles(run.PathOf("tables"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var second = Directory.GetFiles(Path.Combine(again, "tables"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(first, second);
        Assert.NotEmpty(first);
        foreach (var name in first)
        {
            Assert.True(
                File.ReadAllBytes(run.PathOf(Path.Combine("tables", name!))).SequenceEqual(File.ReadAllBytes(Path.Combine(again, "tables", name!))),
                $"tables/{name} differs between two runs");
        }
    }

    [Fact]
    public void Language_en_writes_an_english_report()
    {
        using var english = SampleRun.With("--language", "en");

        Assert.Equal(ExitCodes.Ok, english.Code);
        Assert.Contains("Key findings", english.PdfText, StringComparison.Ordinal);
        Assert.Contains("Causal effect", english.PdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kernbevindingen", english.PdfText, StringComparison.Ordinal);
        Assert.Contains("Kernbevindingen", run.PdfText, StringComparison.Ordinal);
    }

    private IEnumerable<Dictionary<string, string>> SummaryRows()
    {
        var lines = File.ReadAllLines(run.PathOf("tables/cluster_summary.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }

    private static string DisplayName(string cluster) => cluster == "ALL" ? "Alle clusters" : cluster;

    private static string Slug(string cluster) =>
        cluster == "ALL" ? "all_clusters" : NonAlphanumeric().Replace(cluster.ToLowerInvariant(), "_").Trim('_');

    /// <summary>A fraction as the Dutch report prints it: signed percentage, one decimal, decimal comma ("+85,5 %").</summary>
    private static string DutchPercent(double fraction)
    {
        var text = (fraction * 100).ToString("+#,##0.0;-#,##0.0", CultureInfo.GetCultureInfo("nl-BE"));
        return text + " %";
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex("(?<![0-9])[0-9]{10}(?![0-9])")]
    private static partial Regex TenDigits();

    [GeneratedRegex("(?<![0-9])[0-9]{4}\\.[0-9]{3}\\.[0-9]{3}(?![0-9])")]
    private static partial Regex DottedNumber();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
