using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>Data an estimator cannot use ends as a note per outcome, never as an exception out of the run.</summary>
public sealed class EstimationFailureTests
{
    // Twelve members of division 20 joining in 2018 and no never-member in their division: no comparison pool.
    private static FirmPanel WithoutControls()
    {
        var p = new TestPanel();
        for (var firm = 1; firm <= 12; firm++)
        {
            p.Firm(firm, "20160");
            p.Member(firm, "Catalisti", 2018);
            for (var year = 2014; year <= 2023; year++)
            {
                p.Row(firm, year, 1_000_000 * (1 + (0.01 * firm)) * (1 + (0.02 * (year - 2014))), 10 + firm);
            }
        }

        p.Firm(99, "47110");
        for (var year = 2014; year <= 2023; year++)
        {
            p.Row(99, year, 500_000, 5);
        }

        return p.Build();
    }

    [Fact]
    public void Treated_firms_without_any_comparison_firm_give_one_note_per_did_outcome_and_one_for_matching()
    {
        var panel = WithoutControls();
        var measures = MeasureCalculator.Compute(panel, new MeasureSettings { ValueAddedFormula = ValueAddedFormulas.Given });

        var result = ClusterImpact.Run(panel, measures, new ClusterImpactSettings());

        Assert.Empty(result.Did);
        Assert.Empty(result.PsmEstimates);
        Assert.Equal(["ln_va", "ln_fte", "ln_lp"], result.Notes.Where(n => n.Estimator == "did").Select(n => n.Outcome));
        Assert.All(result.Notes.Where(n => n.Estimator == "did"), n => Assert.Contains("could not be estimated", n.Message, StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Estimator == "psm" && n.Message.Contains("could not be estimated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_panel_too_short_for_any_estimate_still_returns_a_result()
    {
        var p = new TestPanel();
        p.Firm(1, "20160");
        p.Firm(2, "20160");
        p.Member(1, "Catalisti", 2015);
        p.Row(1, 2014, 1_000_000, 10);
        p.Row(2, 2014, 1_000_000, 10);
        var panel = p.Build();
        var measures = MeasureCalculator.Compute(panel, new MeasureSettings { ValueAddedFormula = ValueAddedFormulas.Given });

        var result = ClusterImpact.Run(panel, measures, new ClusterImpactSettings { FirstYear = 2014, LastYear = 2016 });

        Assert.Equal(1, result.Counts.Treated);
        Assert.NotEmpty(result.Notes);
        Assert.Empty(result.Did);
    }
}
