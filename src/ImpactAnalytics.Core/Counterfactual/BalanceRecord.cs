namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// One row of <c>tables/balance.csv</c> (the love plot): a matching covariate, or the propensity score, before and after
/// matching. Standardised mean difference over the treated group's SD before matching; variance ratio treated /
/// control (null for 0/1 variables or a constant control group); eCDF mean and max distance (METHODS §7).
/// </summary>
public sealed record BalanceRecord(
    string Covariate,
    double? SmdBefore,
    double? SmdAfter,
    double? VarianceRatioBefore,
    double? VarianceRatioAfter,
    double EcdfMeanBefore,
    double EcdfMeanAfter,
    double EcdfMaxBefore,
    double EcdfMaxAfter);
