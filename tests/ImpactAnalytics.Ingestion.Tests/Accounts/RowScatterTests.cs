using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion.Accounts;

namespace ImpactAnalytics.Ingestion.Tests.Accounts;

/// <summary>
/// Moving a rubric's values from slots to rows by runs of consecutive slots puts every value (annualised when a flow
/// of a short year) in its row and nothing elsewhere, on one thread or two, over several chunks of slots, whether the
/// rows keep the slots' order in runs (as firms' years do) or not at all.
/// </summary>
public sealed class RowScatterTests
{
    [Theory]
    [InlineData(false, 1000, false)]
    [InlineData(true, 1000, false)]
    [InlineData(true, 200_000, false)]
    [InlineData(false, 200_000, false)]
    [InlineData(true, 200_000, true)]
    [InlineData(false, 1000, true)]
    public void Every_value_reaches_its_row_and_only_its_row(bool parallel, int slots, bool inRuns)
    {
        var random = new Random(11);
        using var values = new ChunkedArray<double>();
        using var present = new ChunkedArray<uint>();
        using var months = new ChunkedArray<byte>();
        // The rubric's values stop before the last slots, as when its last value came before the last firm-years.
        var valueSlots = slots - (slots / 7);
        values.EnsureCapacity(valueSlots);
        present.EnsureCapacity(slots);
        months.EnsureCapacity(slots);
        var bit = 1u << (int)Rubric.Turnover;
        var withRows = new List<int>();
        for (var s = 0; s < slots; s++)
        {
            months[s] = (byte)(random.Next(10) == 0 ? 6 : 12);
            var any = random.Next(10) != 0;
            present[s] = any ? 1u << (int)Rubric.EmployeesFte : 0;
            if (any)
            {
                withRows.Add(s);
            }

            if (any && s < valueSlots && random.Next(3) != 0)
            {
                present[s] |= bit;
                values[s] = random.Next(1, 1_000_000);
            }
        }

        // Rows in an order unrelated to the slots', or blocks of up to 15 consecutive slots (a firm's years) shuffled,
        // after two rows already in the builder.
        var order = inRuns
            ? withRows.Chunk(random.Next(1, 16)).OrderBy(_ => random.Next()).SelectMany(block => block).ToArray()
            : withRows.OrderBy(_ => random.Next()).ToArray();
        var rowOf = new int[slots];
        Array.Fill(rowOf, -1);
        const int FirstRow = 2;
        for (var i = 0; i < order.Length; i++)
        {
            rowOf[order[i]] = FirstRow + i;
        }

        var builder = new FirmPanelBuilder();
        builder.AddFirm(EnterpriseNumber.Parse("0878065378").Value, "A", NaceCode.Parse("20.16", NaceVersion.Rev2).Value, "Antwerpen", null);
        builder.EnsureRowCapacity(FirstRow + order.Length);
        for (var r = 0; r < FirstRow + order.Length; r++)
        {
            builder.AddFirmYear(0, 1000 + r, FilingScheme.Full);
        }

        var scatter = new RowScatter(order, slots, FirstRow, parallel);
        scatter.MovePresence(builder, present);
        scatter.Move(builder, Rubric.Turnover, values, present, months);
        var panel = builder.Build();

        var expected = new double?[FirstRow + order.Length];
        for (var s = 0; s < slots; s++)
        {
            if ((present[s] & bit) != 0)
            {
                expected[rowOf[s]] = values[s] * (months[s] == 12 ? 1.0 : 12.0 / months[s]);
            }
        }

        Assert.Contains(expected, v => v is not null);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r], panel.Value(r, Rubric.Turnover));
            Assert.Equal(r >= FirstRow, panel.Has(r, Rubric.EmployeesFte));
        }
    }
}
