using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Register;

/// <summary>One accepted firm of the register, with the line it came from.</summary>
internal sealed record RegisterEntry(EnterpriseNumber Id, string Name, NaceCode Nace, string Region, int? Founded, long Line);
