namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>A firm attribute on which propensity-score matching holds treated and controls equal (METHODS §7).</summary>
public enum ExactColumn
{
    /// <summary>NACE Rev. 2 division (2 digits) of the registered activity (<c>nace_division</c>).</summary>
    NaceDivision = 0,

    /// <summary>The cohort g: a control firm-year of year g − 1 is a candidate for cohort g only (<c>cohort</c>).</summary>
    Cohort = 1,

    /// <summary>NACE Rev. 2 group (3 digits), or the firm's own coarser code (<c>nace_group</c>).</summary>
    NaceGroup = 2,

    /// <summary>NACE Rev. 2 class (4 digits), or the firm's own coarser code (<c>nace_class</c>).</summary>
    NaceClass = 3,

    /// <summary>The register's region (<c>region</c>).</summary>
    Region = 4,
}
