using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>Cohorts and the comparison pool on a hand-built panel, study period 2014–2023.</summary>
public sealed class TreatmentDefinitionTests
{
    private static FirmPanel Panel()
    {
        var p = new TestPanel();
        p.Firm(1, "20160");            // joins Catalisti in 2018: cohort 2018
        p.Firm(2, "20160");            // member since 2014, the first study year: no pre-period
        p.Firm(3, "20160");            // joins in 2025, after the period
        p.Firm(4, "20140");            // never a member, division 20: comparison pool
        p.Firm(5, "47110");            // never a member, division 47 has no treated firm: outside the pool
        p.Firm(6, "10110");            // Flux50 from 2019, Catalisti from 2017, re-joins: cohort 2017 (first spell of any cluster)
        p.Firm(7, "10120");            // never a member, division 10: comparison pool
        p.Firm(8, "20160");            // member 2012-2013 only, before the period: already treated, not a never-member
        p.Member(1, "Catalisti", 2018);
        p.Member(2, "Catalisti", 2014, 2016);
        p.Member(3, "Catalisti", 2025);
        p.Member(6, "Flux50", 2019, 2020);
        p.Member(6, "Catalisti", 2017, 2018);
        p.Member(6, "Catalisti", 2021);
        p.Member(8, "Catalisti", 2012, 2013);
        for (var firm = 1; firm <= 8; firm++)
        {
            p.Row(firm, 2014, 1_000_000, 10);
        }

        return p.Build();
    }

    [Fact]
    public void Cohort_is_the_first_year_of_the_first_spell_of_any_cluster()
    {
        var panel = Panel();
        var assignment = TreatmentAssignment.Build(panel, 2014, 2023);

        Assert.Equal(2018, assignment.FirmCohort[0]);
        Assert.Equal(2017, assignment.FirmCohort[5]);
    }

    [Fact]
    public void Members_in_the_first_year_and_firms_joining_after_the_period_are_excluded_and_counted()
    {
        var assignment = TreatmentAssignment.Build(Panel(), 2014, 2023);

        Assert.Equal(-1, assignment.FirmCohort[1]);
        Assert.Equal(-1, assignment.FirmCohort[2]);
        Assert.Equal(-1, assignment.FirmCohort[7]);
        Assert.Equal(2, assignment.Counts.AlreadyMembers);
        Assert.Equal(1, assignment.Counts.JoinedAfterPeriod);
        Assert.Equal(2, assignment.Counts.Treated);
    }

    [Fact]
    public void The_pool_is_never_members_in_divisions_with_treated_firms()
    {
        var assignment = TreatmentAssignment.Build(Panel(), 2014, 2023);

        Assert.Equal(0, assignment.FirmCohort[3]);
        Assert.Equal(0, assignment.FirmCohort[6]);
        Assert.Equal(-1, assignment.FirmCohort[4]);
        Assert.Equal(new TreatmentCounts(2, 2, 1, 2, 1, 2), assignment.Counts);
    }

    [Fact]
    public void A_later_study_start_turns_an_early_joiner_into_an_already_member()
    {
        var assignment = TreatmentAssignment.Build(Panel(), 2018, 2023);

        Assert.Equal(-1, assignment.FirmCohort[0]);
        Assert.Equal(-1, assignment.FirmCohort[5]);
        Assert.Equal(4, assignment.Counts.AlreadyMembers);
    }

    [Fact]
    public void The_result_reports_counts_and_cohort_sizes()
    {
        var panel = Panel();
        var measures = MeasureCalculator.Compute(panel, new MeasureSettings { ValueAddedFormula = ValueAddedFormulas.Given });

        var result = ClusterImpact.Run(panel, measures, new ClusterImpactSettings { FirstYear = 2014, LastYear = 2023 });

        Assert.Equal(new TreatmentCounts(2, 2, 1, 2, 1, 2), result.Counts);
        Assert.Equal([new CohortSize(2017, 1), new CohortSize(2018, 1)], result.Cohorts.ToArray());
    }
}
