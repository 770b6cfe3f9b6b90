using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Settings;

/// <summary>How firm-level measures are computed (METHODS §3). Defaults are the methods' defaults.</summary>
public sealed record MeasureSettings
{
    /// <summary>Formula id of value added: <c>va.gross-margin</c> (default) or <c>va.given</c>.</summary>
    public string ValueAddedFormula { get; init; } = ValueAddedFormulas.GrossMargin;

    /// <summary>Also subtract operating subsidies (740) where reported. Default off.</summary>
    public bool ExcludeSubsidies { get; init; }

    /// <summary>FTE sources in order of preference. Default 1003, then 9087.</summary>
    public IReadOnlyList<Rubric> FteSources { get; init; } = [Rubric.EmployeesFte, Rubric.WorkforceFte];

    /// <summary>Labour productivity is computed only where FTE ≥ this. Default 1.0 FTE.</summary>
    public double MinFte { get; init; } = 1.0;
}
