namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>A firm outcome the difference-in-differences is run on; all are natural logs (METHODS §7).</summary>
public enum DidOutcome
{
    /// <summary>ln of value added (study-file word <c>ln_va</c>).</summary>
    LnValueAdded = 0,

    /// <summary>ln of FTE (<c>ln_fte</c>).</summary>
    LnFte = 1,

    /// <summary>ln of labour productivity VA / FTE (<c>ln_lp</c>).</summary>
    LnLabourProductivity = 2,
}
