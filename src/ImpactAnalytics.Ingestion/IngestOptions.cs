using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion;

/// <summary>What <see cref="Ingest.Run"/> keeps and how strictly it checks codes.</summary>
public sealed record IngestOptions
{
    /// <summary>First financial year to keep (inclusive); <c>null</c>: no lower bound. Earlier rows are skipped, not rejected.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Last financial year to keep (inclusive); <c>null</c>: no upper bound.</summary>
    public int? LastYear { get; init; }

    /// <summary>
    /// The classifications register codes are checked against, per edition. <c>null</c> (or an edition missing from
    /// the map) checks only the code's format and division. A NACE-BEL 2008 class or group is also accepted when the
    /// NACE Rev. 2 classification has it.
    /// </summary>
    public IReadOnlyDictionary<NaceVersion, NaceClassification>? NaceClassifications { get; init; }

    /// <summary>The edition of register codes when the register has no <c>nace_version</c> column or leaves it empty.</summary>
    public NaceVersion DefaultNaceVersion { get; init; } = NaceVersion.NaceBel2008;

    /// <summary>Whether a financial year is inside the kept range.</summary>
    public bool Keeps(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);
}
