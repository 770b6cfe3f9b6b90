using System.Text.Json.Nodes;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion.Cache;

namespace ImpactAnalytics.Ingestion.Tests.Cache;

public sealed class SparseRubricCacheTests
{
    private const string Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static readonly string[] Firms = ["0200065765", "0314595348", "0437910359", "0878065378"];

    // The names are stored as one text (in pieces of 4,096 chars) cut by lengths: an empty one, one beyond ASCII (a
    // surrogate pair too), and a long one whose surrogate pair straddles the first piece's end.
    private static readonly string[] Names =
    [
        "", "Brasserie \u00c9lise \u2615 \ud834\udd1e", "Firm\nwith a line break",
        new string('a', 4095 - 42) + "\ud834\udd1e" + new string('z', 5000),
    ];

    [Fact]
    public void A_panel_with_sparse_rubrics_and_odd_names_round_trips_through_many_row_groups_to_an_identical_panel()
    {
        using var dir = new TempFolder();
        var cache = Path.Combine(dir.Path, "cache");
        var expected = Result(SparsePanel());

        var note = PanelCache.Store(cache, Key, expected, rowGroupSize: 7);
        var actual = PanelCache.TryLoad(cache, Key, out var loadNote);

        Assert.Null(note);
        Assert.Null(loadNote);
        Assert.NotNull(actual);
        Assert.Equal(0u, expected.Panel.RowPresent[0]);
        Assert.Null(expected.Panel.Column(Rubric(5)));
        Assert.NotNull(expected.Panel.Column(Rubric(3)));
        Assert.True(char.IsHighSurrogate(string.Concat(Names)[4095]));
        PanelAssert.Equal(expected, actual);
    }

    [Fact]
    public void An_entry_of_the_previous_format_is_not_trusted()
    {
        using var dir = new TempFolder();
        var cache = Path.Combine(dir.Path, "cache");
        PanelCache.Store(cache, Key, Result(SparsePanel()));
        var manifestPath = Path.Combine(cache, Key, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["FormatVersion"] = PanelCache.FormatVersion - 1;
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var loaded = PanelCache.TryLoad(cache, Key, out var note);

        Assert.Null(loaded);
        Assert.Contains($"format {PanelCache.FormatVersion - 1}", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Packed_values_scatter_back_only_where_the_presence_bits_say_and_must_match_them_in_number()
    {
        var present = new uint[] { 0b101, 0, 0b010, 0b111 };
        var columns = new double[][] { [1, 0, 0, 4], [0, 0, 2, 5], [3, 0, 0, 6] };
        var back = new double[][] { [9, 9, 9, 9], [9, 9, 9, 9], [9, 9, 9, 9] };
        var packed = new double[present.Length + 1];

        var counts = new int[3];
        for (var r = 0; r < 3; r++)
        {
            counts[r] = PresentValues.Gather(columns[r], r, present, 0, packed);
            PresentValues.Scatter(packed.AsSpan(0, counts[r]), r, present, back[r], 0);
        }

        PresentValues.Gather(columns[2], 2, present, 0, packed);
        Assert.Equal([2, 2, 2], counts);
        Assert.Equal([3.0, 6], packed[..2]);
        Assert.Equal(columns, back);
        Assert.Throws<InvalidDataException>(() => PresentValues.Scatter(packed.AsSpan(0, 1), 2, present, back[2], 0));
        Assert.Throws<InvalidDataException>(() => PresentValues.RequireColumns(present, 0b101));
    }

    private static Rubric Rubric(int index) => RubricCodes.All[index];

    // Four firms (in id order, so builder rows are panel rows) over ten years (40 rows, groups of 7: the last one short). Rubric 0 is present only in the first and
    // last row of firms that have it, rubric 1 everywhere but there, rubric 2 on a seeded pattern, rubric 3 has a column
    // but no value, rubric 5 no column at all; the first row and rows 7-13 (a whole group) have no value.
    private static FirmPanel SparsePanel()
    {
        var random = new Random(5);
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.ParseExact("62.01", NaceVersion.Rev2);
        var rows = 0;
        for (var f = 0; f < Firms.Length; f++)
        {
            var firm = builder.AddFirm(EnterpriseNumber.ParseExact(Firms[f]), Names[f], nace, "Gent", f == 2 ? null : 1990 + f);
            for (var year = 2014; year < 2024; year++)
            {
                var row = builder.AddFirmYear(firm, year, FilingScheme.Full);
                var empty = rows == 0 || (rows >= 7 && rows <= 13);
                var edge = year == 2014 || year == 2023;
                if (!empty)
                {
                    builder.SetValue(row, Rubric(edge ? 0 : 1), (rows * 1.25) - 3.5);
                    if (random.Next(3) == 0)
                    {
                        builder.SetValue(row, Rubric(2), random.NextDouble() * 1e9);
                    }

                    builder.SetValue(row, Rubric(RubricCodes.Count - 1), -rows);
                }

                rows++;
            }
        }

        builder.ColumnStorage(Rubric(3));
        return builder.Build();
    }

    private static IngestionResult Result(FirmPanel panel) => new(panel, [], [], []);
}
