using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests;

/// <summary>Builds small hand-made panels: firms in NACE-BEL subclasses with VA given directly and FTE from 1003.</summary>
internal sealed class TestPanel
{
    private readonly FirmPanelBuilder _builder = new();

    public static EnterpriseNumber Id(int firm) => EnterpriseNumber.FromBody(1_000_000 + firm);

    /// <summary>Adds firm number <paramref name="firm"/> (its enterprise number follows the number, so order is kept).</summary>
    public int Firm(int firm, string nace = "20160", string region = "Antwerpen")
    {
        var i = _builder.AddFirm(Id(firm), $"firm {firm}", NaceCode.ParseExact(nace, NaceVersion.NaceBel2008), region, 2000);
        return i;
    }

    /// <summary>A firm-year with VA given and FTE in 1003 (FTE omitted when null).</summary>
    public int Row(int firm, int year, double va, double? fte)
    {
        var r = _builder.AddFirmYear(_builder.IndexOf(Id(firm)), year, FilingScheme.Abbreviated);
        _builder.SetValue(r, Rubric.ValueAddedGiven, va);
        if (fte is { } f)
        {
            _builder.SetValue(r, Rubric.EmployeesFte, f);
        }

        return r;
    }

    /// <summary>A firm-year with arbitrary rubrics.</summary>
    public int Row(int firm, int year, FilingScheme scheme, params (Rubric Rubric, double Value)[] values)
    {
        var r = _builder.AddFirmYear(_builder.IndexOf(Id(firm)), year, scheme);
        foreach (var (rubric, value) in values)
        {
            _builder.SetValue(r, rubric, value);
        }

        return r;
    }

    public void Member(int firm, string cluster, int start, int? end = null) =>
        _builder.AddMembership(MembershipSpell.Create(Id(firm), cluster, start, end).Value);

    public FirmPanel Build() => _builder.Build();

    /// <summary>Settings that keep every hand-made cell by default: no outlier rule, min_cell 1, min_firms 1, no dominance.</summary>
    public static EvaluationSettings Settings(
        int minCell = 1,
        OutlierMethod outliers = OutlierMethod.None,
        bool excludeMembers = true,
        NaceLevel level = NaceLevel.Class,
        int minFirms = 1,
        double dominance = 1.0,
        BenchmarkStatistic statistic = BenchmarkStatistic.Median) => new()
        {
            Measures = new MeasureSettings { ValueAddedFormula = ValueAddedFormulas.Given },
            Benchmark = new BenchmarkSettings
            {
                MinCell = minCell,
                Outliers = new OutlierRule(outliers),
                ExcludeMembers = excludeMembers,
                Level = level,
                Statistic = statistic,
            },
            Disclosure = new DisclosureSettings { MinFirms = minFirms, Dominance = dominance },
            Bootstrap = new BootstrapSettings { Replicates = 200, Seed = 7 },
        };

    /// <summary>Runs the front door (the type shares its namespace's name, so tests call it through here).</summary>
    public static EvaluationResult Run(FirmPanel panel, EvaluationSettings settings) =>
        Core.Evaluation.Evaluation.Run(panel, settings);
}
