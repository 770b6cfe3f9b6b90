using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Measures;

/// <summary>
/// Large panels are measured in row chunks on several cores; growth reads the previous row, so a firm whose years
/// straddle a chunk boundary must get the same growth as anywhere else.
/// </summary>
public sealed class MeasureChunkTests
{
    [Fact]
    public void Growth_is_the_same_on_every_row_of_a_panel_measured_in_chunks()
    {
        // 135,003 rows: two chunks of 65,536 or more, the second starting at a firm's second year.
        const int firms = 45_001;
        var p = new TestPanel();
        for (var f = 0; f < firms; f++)
        {
            p.Firm(f);
            p.Row(f, 2019, 100 + (f % 13), 2);
            p.Row(f, 2020, 150 + (f % 17), 3);
            p.Row(f, 2021, f % 5 == 0 ? -10 : 120, 3);
        }

        var panel = p.Build();
        var m = MeasureCalculator.Compute(panel, new MeasureSettings { ValueAddedFormula = ValueAddedFormulas.Given });

        Assert.Equal(panel.RowFirm[(panel.RowCount / 2) - 1], panel.RowFirm[panel.RowCount / 2]);
        for (var r = 0; r < panel.RowCount; r++)
        {
            var first = r == 0 || panel.RowFirm[r - 1] != panel.RowFirm[r];
            var negative = m.Va[r] <= 0;
            Assert.Equal(!first && !negative, m.Has(r, MeasureSet.VaGrowth));
            Assert.Equal(!first, m.Has(r, MeasureSet.FteGrowth));
            Assert.Equal(!first && !negative, m.Has(r, MeasureSet.LpGrowth));
        }
    }
}
