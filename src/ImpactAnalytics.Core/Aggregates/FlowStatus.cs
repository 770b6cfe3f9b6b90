namespace ImpactAnalytics.Core.Aggregates;

/// <summary>A member's movement between year t−1 and t (METHODS §5); text forms <c>staying</c>, <c>new</c>, <c>exiting</c>.</summary>
public enum FlowStatus
{
    /// <summary>Member in t−1 and in t; measured in t.</summary>
    Staying = 0,

    /// <summary>Member in t but not in t−1 (joined or re-joined in t); measured in t.</summary>
    New = 1,

    /// <summary>Member in t−1 but not in t; measured in t−1, its last member year.</summary>
    Exiting = 2,
}
