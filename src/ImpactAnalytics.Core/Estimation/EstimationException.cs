namespace ImpactAnalytics.Core.Estimation;

/// <summary>
/// An estimator cannot produce a meaningful result from the data it was given (a treatment that is not 0/1, a
/// cohort without controls, perfect separation, duplicate panel rows). The message says what is wrong in the
/// user's terms (column, value, cohort) so the CLI can print it as one line with exit code 1; it never means a bug.
/// </summary>
public sealed class EstimationException : Exception
{
    public EstimationException()
    {
    }

    public EstimationException(string message)
        : base(message)
    {
    }

    public EstimationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
