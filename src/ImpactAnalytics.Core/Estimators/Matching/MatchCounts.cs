namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// How many units matching kept. <paramref name="ControlsUsed"/> counts distinct controls with a positive weight
/// (with replacement a control used twice counts once).
/// </summary>
public sealed record MatchCounts(int Treated, int TreatedMatched, int Controls, int ControlsUsed)
{
    /// <summary>Treated units without any control (no control in their exact block, or none inside the caliper).</summary>
    public int TreatedUnmatched => Treated - TreatedMatched;
}
