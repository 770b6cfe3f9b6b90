using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>What a benchmark reader accepted, in file order, and every issue it found.</summary>
/// <param name="Benchmarks">Accepted observations (including those kept with a missing value or an unknown NACE code).</param>
/// <param name="Issues">Problems by file, line and column; rows with an error were not accepted.</param>
public sealed record ExternalBenchmarkResult(IReadOnlyList<ExternalBenchmark> Benchmarks, IReadOnlyList<DataIssue> Issues);
