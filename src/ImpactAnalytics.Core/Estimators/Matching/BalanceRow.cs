namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Balance of one covariate (or of the propensity score) before matching (all units, unweighted) and after (matched
/// units, MatchIt weights). Standardised mean difference = (mean treated − mean control) / s, with s the treated
/// group's SD in the unmatched sample (√(p(1−p)) of the treated for a 0/1 variable), the same s before and after;
/// null when s is 0. Variance ratio = variance treated / variance control (weighted, with the n−1 analogue
/// Σw/((Σw)² − Σw²)); null for a 0/1 variable or when the control variance is 0. eCDF mean and max are the mean and
/// maximum of |F̂treated(v) − F̂control(v)| over the distinct values v of the covariate among the units compared
/// (weighted eCDFs); for a 0/1 variable both equal the absolute difference in proportions.
/// </summary>
public sealed record BalanceRow(
    string Covariate,
    bool IsBinary,
    double MeanTreatedBefore,
    double MeanControlBefore,
    double MeanTreatedAfter,
    double MeanControlAfter,
    double? SmdBefore,
    double? SmdAfter,
    double? VarianceRatioBefore,
    double? VarianceRatioAfter,
    double EcdfMeanBefore,
    double EcdfMeanAfter,
    double EcdfMaxBefore,
    double EcdfMaxAfter);
