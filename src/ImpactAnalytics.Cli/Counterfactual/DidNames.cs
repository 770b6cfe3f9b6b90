using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>The command-line words of the DiD choices and their stable names in JSON and on the console.</summary>
internal static class DidNames
{
    public static readonly string[] Controls = ["never", "notyet"];

    public static readonly string[] Methods = ["dr", "ipw", "reg"];

    public static DidControlGroup Control(string word) => word switch
    {
        "never" => DidControlGroup.NeverTreated,
        "notyet" => DidControlGroup.NotYetTreated,
        _ => throw CliException.Usage($"--control must be one of {string.Join(", ", Controls)}, found '{word}'"),
    };

    public static DidMethod Method(string word) => word switch
    {
        "dr" => DidMethod.DoublyRobust,
        "ipw" => DidMethod.InverseProbabilityWeighting,
        "reg" => DidMethod.OutcomeRegression,
        _ => throw CliException.Usage($"--method must be one of {string.Join(", ", Methods)}, found '{word}'"),
    };

    public static string Of(DidControlGroup control) => control switch
    {
        DidControlGroup.NeverTreated => "never",
        DidControlGroup.NotYetTreated => "notyet",
        _ => throw new ArgumentOutOfRangeException(nameof(control), control, null),
    };

    public static string Of(DidMethod method) => method switch
    {
        DidMethod.DoublyRobust => "dr",
        DidMethod.InverseProbabilityWeighting => "ipw",
        DidMethod.OutcomeRegression => "reg",
        DidMethod.Unconditional => "unconditional",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string Of(DidBasePeriod basePeriod) => basePeriod == DidBasePeriod.Varying ? "varying" : "universal";

    /// <summary>simple, dynamic, group, calendar.</summary>
    public static string Of(DidAggregationType type) => type.ToString().ToLowerInvariant();

    /// <summary>What an aggregation's elements are: event time, cohort, period (none for simple).</summary>
    public static string ElementOf(DidAggregationType type) => type switch
    {
        DidAggregationType.Dynamic => "event_time",
        DidAggregationType.Group => "group",
        DidAggregationType.Calendar => "time",
        _ => "none",
    };
}
