namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// One row of <c>tables/impact_psm.csv</c>: the matched-sample effect on an outcome's change from g − 1 to g + 1, in log
/// points, with its CR1 standard error clustered by matched set and the Student-t 95 % interval. Aggregates only.
/// </summary>
/// <param name="Outcome">Outcome word (<c>ln_va</c>, …): the effect is on its change from g − 1 to g + 1.</param>
/// <param name="Method">Plain matched difference or regression-adjusted.</param>
/// <param name="Estimate">The effect, log points.</param>
/// <param name="Se">Cluster-robust (CR1) standard error.</param>
/// <param name="CiLow">Lower end of the 95 % interval.</param>
/// <param name="CiHigh">Upper end of the 95 % interval.</param>
/// <param name="NTreatedMatched">Treated firms that found a control.</param>
/// <param name="NTreatedUnmatched">Treated firms in the matching table without a control (block or caliper).</param>
/// <param name="NControlsUsed">Distinct control firm-years with a positive weight.</param>
public sealed record PsmEstimateRecord(
    string Outcome,
    PsmEffect Method,
    double Estimate,
    double Se,
    double CiLow,
    double CiHigh,
    int NTreatedMatched,
    int NTreatedUnmatched,
    int NControlsUsed);
