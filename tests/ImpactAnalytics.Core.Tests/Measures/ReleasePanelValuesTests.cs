using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Measures;

public sealed class ReleasePanelValuesTests
{
    private static ImpactAnalytics.Core.Panel.FirmPanel Panel()
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Row(1, 2020, FilingScheme.Abbreviated, (Rubric.GrossMargin, 500), (Rubric.EmployeesFte, 4), (Rubric.TangibleFixedAssets, 800));
        p.Row(1, 2021, FilingScheme.Abbreviated, (Rubric.GrossMargin, 600), (Rubric.EmployeesFte, 5), (Rubric.TangibleFixedAssets, 1000));
        return p.Build();
    }

    [Fact]
    public void Released_rubric_values_cannot_be_read_and_kept_ones_and_presence_can()
    {
        var panel = Panel();
        var assets = panel.Column(Rubric.TangibleFixedAssets)!.ToArray();

        panel.ReleaseValues(Rubric.TangibleFixedAssets);

        Assert.Equal(assets, panel.Column(Rubric.TangibleFixedAssets));
        Assert.True(panel.IsReleased(Rubric.GrossMargin));
        Assert.False(panel.IsReleased(Rubric.TangibleFixedAssets));
        Assert.False(panel.IsReleased(Rubric.Turnover));
        Assert.True(panel.Has(1, Rubric.GrossMargin));
        var ex = Assert.Throws<InvalidOperationException>(() => panel.Value(1, Rubric.GrossMargin));
        Assert.Contains("9900", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => panel.Column(Rubric.EmployeesFte));
    }

    [Fact]
    public void Measures_keep_their_values_and_capital_intensity_after_the_panel_values_go()
    {
        var measures = MeasureCalculator.Compute(Panel(), new MeasureSettings());
        var va = measures.Va.ToArray();
        var lp = measures.Lp.ToArray();

        measures.ReleasePanelValues();

        Assert.Equal(va, measures.Va.ToArray());
        Assert.Equal(lp, measures.Lp.ToArray());
        Assert.Equal([200.0, 200.0], measures.CapitalIntensity.ToArray());
        Assert.Throws<InvalidOperationException>(() => measures.Row(0));
    }
}
