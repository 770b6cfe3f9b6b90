using System.Globalization;
using System.IO.Compression;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Tests;

public sealed class SampleWriterTests : IDisposable
{
    private static readonly PopulationSettings Settings = new(250, 2016, 2023, 11);
    private readonly string _root = Directory.CreateTempSubdirectory("impact-sim-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_same_settings_give_byte_identical_files_and_another_seed_different_ones()
    {
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");
        var c = Path.Combine(_root, "c");

        SampleWriter.Write(Settings, a);
        SampleWriter.Write(Settings, b);
        SampleWriter.Write(Settings with { Seed = 12 }, c);

        foreach (var name in SampleWriter.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, name)), File.ReadAllBytes(Path.Combine(b, name)));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, name)), File.ReadAllBytes(Path.Combine(c, name)));
        }
    }

    [Fact]
    public void The_accounts_file_holds_exactly_the_panel_values()
    {
        var folder = Path.Combine(_root, "out");
        SampleWriter.Write(Settings, folder);
        var panel = PopulationGenerator.BuildPanel(Settings).Panel;

        using var gzip = new GZipStream(File.OpenRead(Path.Combine(folder, SampleWriter.AccountsFile)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal("enterprise_number,year,scheme,code,value", reader.ReadLine());
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            var firm = panel.FindFirm(EnterpriseNumber.ParseExact(f[0]));
            var row = panel.FindRow(firm, int.Parse(f[1], CultureInfo.InvariantCulture));
            Assert.True(RubricCodes.TryParse(f[3], out var rubric));
            Assert.Equal(panel.RowScheme[row].Code(), f[2]);
            Assert.Equal(panel.Value(row, rubric), double.Parse(f[4], CultureInfo.InvariantCulture));
            rows++;
        }

        var present = Enumerable.Range(0, panel.RowCount).Sum(r => RubricCodes.All.Count(rubric => panel.Has(r, rubric)));
        Assert.Equal(present, rows);
    }

    [Fact]
    public void The_register_and_memberships_have_the_documented_columns()
    {
        var folder = Path.Combine(_root, "out");
        SampleWriter.Write(Settings, folder);

        var register = File.ReadAllLines(Path.Combine(folder, SampleWriter.RegisterFile));
        var memberships = File.ReadAllLines(Path.Combine(folder, SampleWriter.MembershipsFile));

        Assert.Equal("enterprise_number,name,nace,nace_version,region,founded", register[0]);
        Assert.Equal(Settings.Firms + 1, register.Length);
        Assert.All(register.Skip(1), line =>
        {
            var f = line.Split(',');
            Assert.Equal(6, f.Length);
            Assert.Equal(5, f[2].Length);
            Assert.Equal("NACE-BEL 2008", f[3]);
            Assert.StartsWith("SYNTH ", f[1], StringComparison.Ordinal);
        });
        Assert.Equal("enterprise_number,cluster,start_year,end_year", memberships[0]);
        Assert.True(memberships.Length > 10);
    }

    [Fact]
    public void Writing_into_an_existing_folder_keeps_its_other_files()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "existing")).FullName;
        File.WriteAllText(Path.Combine(folder, "study.yaml"), "name: sample\n");

        SampleWriter.Write(Settings, folder);

        Assert.Equal(5, Directory.GetFileSystemEntries(folder).Length);
        Assert.Equal("name: sample\n", File.ReadAllText(Path.Combine(folder, "study.yaml")));
    }

    [Fact]
    public void An_unwritable_folder_fails_and_leaves_nothing_behind()
    {
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "x");

        Assert.ThrowsAny<IOException>(() => SampleWriter.Write(Settings, Path.Combine(file, "sub")));

        Assert.Equal([file], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void The_truth_file_states_the_planted_effect_seed_and_version()
    {
        var folder = Path.Combine(_root, "out");
        SampleWriter.Write(Settings with { Effect = 0.05 }, folder);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, SampleWriter.TruthFile)));
        var root = json.RootElement;

        Assert.Equal(0.05, root.GetProperty("planted_effect").GetProperty("multiplicative").GetDouble());
        Assert.Equal(Math.Log(1.05), root.GetProperty("planted_effect").GetProperty("log").GetDouble(), 15);
        Assert.Equal(11, root.GetProperty("seed").GetInt64());
        Assert.Equal(PopulationGenerator.Version, root.GetProperty("generator_version").GetString());
        Assert.Equal(2016, root.GetProperty("first_year").GetInt32());
    }
}
