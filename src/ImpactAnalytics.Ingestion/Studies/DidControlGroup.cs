namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The comparison group of the staggered difference-in-differences (METHODS §7).</summary>
public enum DidControlGroup
{
    /// <summary>Firms never treated in the panel (study-file word <c>never</c>). Default.</summary>
    NeverTreated = 0,

    /// <summary>Firms not yet treated at period t (study-file word <c>notyet</c>).</summary>
    NotYetTreated = 1,
}
