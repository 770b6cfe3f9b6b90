using System.Collections;
using System.Reflection;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>The records carry what the three tables need, and nothing that identifies a firm.</summary>
public sealed class ResultRecordTests(ImpactPopulations populations) : IClassFixture<ImpactPopulations>
{
    private ImpactPopulations.Analysed First => populations.Planted[0];

    [Fact]
    public void No_record_type_has_a_member_that_can_hold_a_firm_identifier()
    {
        var offending = Types(typeof(ClusterImpactResult), [])
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.PropertyType == typeof(EnterpriseNumber)
                || x.Property.PropertyType == typeof(EnterpriseNumber?)
                || x.Property.Name.Contains("Enterprise", StringComparison.OrdinalIgnoreCase)
                || x.Property.Name.Contains("Firm", StringComparison.OrdinalIgnoreCase) && x.Property.PropertyType == typeof(string))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToArray();

        Assert.Empty(offending);
    }

    [Fact]
    public void No_text_in_the_result_is_an_enterprise_number_or_a_firm_name()
    {
        var panel = First.Panel;
        var identifiers = new HashSet<string>(panel.FirmIds.Select(id => id.ToString()).Concat(panel.FirmNames), StringComparer.Ordinal);
        var texts = Strings(First.Impact, 0).ToArray();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => identifiers.Contains(t) || panel.FirmIds.Any(id => t.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_did_outcome_has_cells_an_event_study_cohorts_and_the_overall_estimates()
    {
        var did = First.Impact.Did;

        foreach (var outcome in new[] { "ln_va", "ln_fte", "ln_lp" })
        {
            var rows = did.Where(r => r.Outcome == outcome).ToArray();
            Assert.Contains(rows, r => r.Estimand == DidEstimand.AttGt && r.Group is not null && r.Time is not null);
            Assert.Contains(rows, r => r.Estimand == DidEstimand.Dynamic && r.EventTime == -1);
            Assert.Single(rows, r => r.Estimand == DidEstimand.Dynamic && r.EventTime is null);
            Assert.Single(rows, r => r.Estimand == DidEstimand.Group && r.Group is null);
            var simple = Assert.Single(rows, r => r.Estimand == DidEstimand.Simple);
            Assert.True(simple.CiLow < simple.Estimate && simple.Estimate < simple.CiHigh);
            Assert.Equal(First.Impact.DidSamples.Single(s => s.Outcome == outcome).TreatedFirms, simple.NTreated);
        }
    }

    [Fact]
    public void Matching_gives_two_estimates_per_outcome_and_a_balance_table_led_by_the_score()
    {
        var impact = First.Impact;

        Assert.Equal(6, impact.PsmEstimates.Length);
        Assert.All(impact.PsmEstimates, r => Assert.True(r.NTreatedMatched > 0 && r.NControlsUsed >= r.NTreatedMatched));
        Assert.Equal("propensity score", impact.Balance[0].Covariate);
        Assert.Equal(impact.Psm!.Covariates, impact.Balance.Skip(1).Select(b => b.Covariate));
        Assert.All(impact.Balance, b => Assert.True(Math.Abs(b.SmdAfter!.Value) < Math.Abs(b.SmdBefore!.Value)));
    }

    private static IEnumerable<Type> Types(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("ImpactAnalytics", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        yield return type;
        foreach (var property in type.GetProperties())
        {
            var t = property.PropertyType;
            var inner = t.IsGenericType ? t.GetGenericArguments() : [t];
            foreach (var candidate in inner.SelectMany(i => Types(Nullable.GetUnderlyingType(i) ?? i, seen)))
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<string> Strings(object? value, int depth)
    {
        if (value is null || depth > 6)
        {
            yield break;
        }

        if (value is string s)
        {
            yield return s;
            yield break;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                foreach (var inner in Strings(item, depth + 1))
                {
                    yield return inner;
                }
            }

            yield break;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("ImpactAnalytics", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var inner in Strings(property.GetValue(value), depth + 1))
            {
                yield return inner;
            }
        }
    }
}
