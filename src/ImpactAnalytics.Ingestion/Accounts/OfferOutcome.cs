namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>What <see cref="FirmYearAccumulator.Offer"/> did with a value.</summary>
internal enum OfferOutcome
{
    /// <summary>Stored in its firm-year.</summary>
    Stored,

    /// <summary>The firm-year already has this rubric from the same period: the first is kept, this one rejected.</summary>
    Duplicate,

    /// <summary>An N−1 comparative for a firm-year that has an N filing: valid but not used.</summary>
    Superseded,
}
