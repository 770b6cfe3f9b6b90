namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The DiD sample of one outcome and its parallel-trends pre-tests. The estimator needs a balanced panel: a firm enters
/// only when it has the outcome (and its covariates) in every year of the study period; the others are counted here.
/// </summary>
/// <remarks>
/// Two Wald tests of parallel trends before joining, both χ² with the influence-function covariance:
/// <list type="bullet">
/// <item>the reported one (<c>Pretest*</c>): the event-study estimates of the last
/// <see cref="ImpactDidSettings.PretestLeads"/> years before joining (default 3) are jointly zero. Each pools every
/// cohort observed at that event time, so its covariance rests on hundreds of firms rather than on one cohort;</item>
/// <item>the Callaway–Sant'Anna test of every pre-joining ATT(g,t), as R <c>did</c> reports it (<c>CellPretest*</c>).
/// Its χ² reference needs every cohort large relative to its number of pre-periods; a study with clusters from 2017 and
/// late joiners has dozens of cells (35 over 2014–2023) and cohorts of 15–30 firms, and the test then rejects true
/// parallel trends far more often than its level: about 45 % at 5 % in simulation with parallel trends by
/// construction, against about 6 % for the event-study test (bench <c>coverage</c>, tests
/// <c>PretestCalibrationTests</c>).</item>
/// </list>
/// </remarks>
/// <param name="Outcome">Outcome word.</param>
/// <param name="Covariates">Covariates of the DR / IPW / regression estimator (base-period values).</param>
/// <param name="TreatedFirms">Treated firms in the balanced panel.</param>
/// <param name="ComparisonFirms">Never-members in the balanced panel.</param>
/// <param name="TreatedDropped">Treated firms left out because a year of the period lacks the outcome or a covariate.</param>
/// <param name="ComparisonDropped">Comparison firms left out for the same reason.</param>
/// <param name="PretestW">
/// Wald statistic of "every event-study estimate of the last <see cref="ImpactDidSettings.PretestLeads"/> years before
/// joining is zero"; null when there is no such estimate or their covariance is singular.
/// </param>
/// <param name="PretestDf">Its degrees of freedom (the number of event times tested); null with it.</param>
/// <param name="PretestP">Its p-value (χ²); a small value is evidence against parallel trends.</param>
/// <param name="CellPretestW">Wald statistic of "every pre-joining ATT(g,t) is zero" (R <c>did</c>'s pre-test); null when there is no pre-period cell.</param>
/// <param name="CellPretestDf">Its degrees of freedom (the number of pre-joining cells); null with it.</param>
/// <param name="CellPretestP">Its p-value (χ²); over-rejects with small cohorts, see the remarks.</param>
public sealed record DidOutcomeSummary(
    string Outcome,
    IReadOnlyList<string> Covariates,
    int TreatedFirms,
    int ComparisonFirms,
    int TreatedDropped,
    int ComparisonDropped,
    double? PretestW,
    int? PretestDf,
    double? PretestP,
    double? CellPretestW = null,
    int? CellPretestDf = null,
    double? CellPretestP = null);
