namespace ImpactAnalytics.Core.Aggregates;

/// <summary>Fixed keys of aggregate rows in data outputs; the reporting layer translates them.</summary>
public static class ClusterKeys
{
    /// <summary>The row for all clusters together: every firm that is a member of at least one cluster, once.</summary>
    public const string All = "ALL";
}
