using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Ingestion;

namespace ImpactAnalytics.PeerBench;

/// <summary>
/// The same work in ImpactAnalytics: <see cref="Ingest.Run"/> (the full validating ingestion: dialect sniffing,
/// every field checked, the row accounting) and <see cref="Evaluation.Run(ImpactAnalytics.Core.Panel.FirmPanel, EvaluationSettings)"/> with settings aligned to the SQL:
/// min_cell 1 (no fallback where a class has a benchmark firm), no outlier rule, no bootstrap, no suppression.
/// Evaluation also computes what DuckDB does not (all coarser benchmark levels, percentiles, cluster summaries,
/// flows, index series); that time is counted against ImpactAnalytics.
/// </summary>
internal static class ImpactEngine
{
    public static EvaluationSettings Settings { get; } = new()
    {
        Benchmark = new BenchmarkSettings { MinCell = 1, Outliers = new OutlierRule(OutlierMethod.None) },
        Disclosure = new DisclosureSettings { MinFirms = 1, Dominance = 1.0 },
        Bootstrap = new BootstrapSettings { Replicates = 0 },
    };

    public static PeerResult Run(string folder)
    {
        var ingestion = Ingest.Run(
            new InputFiles
            {
                Accounts = Path.Combine(folder, "accounts.csv.gz"),
                Register = Path.Combine(folder, "register.csv"),
                Memberships = Path.Combine(folder, "memberships.csv"),
                NaceFolder = folder,
            },
            new IngestOptions());
        if (ingestion.HasErrors)
        {
            throw new InvalidOperationException("the generated input should ingest without errors: " + ingestion.Issues.First(i => i.Severity == Core.Quality.Severity.Error).Message);
        }

        var evaluation = Evaluation.Run(ingestion.Panel, Settings);
        var cells = evaluation.Benchmarks
            .Where(c => c.NaceLevel == NaceLevel.Class)
            .Select(c => new PeerCell(c.NaceCode.Code.Replace(".", string.Empty, StringComparison.Ordinal), c.Year, c.NFirms, c.MedianLp!.Value, c.RatioLp!.Value))
            .ToArray();
        var deltas = evaluation.MemberDeltas
            .Where(d => d.BenchmarkLevel == NaceLevel.Class)
            .DistinctBy(d => (d.EnterpriseNumber, d.Year))
            .Select(d => new PeerDelta(d.EnterpriseNumber.Value, d.Year, d.BenchmarkLp!.Value, d.DeltaAbs!.Value))
            .ToArray();
        return new PeerResult(cells, deltas);
    }
}
