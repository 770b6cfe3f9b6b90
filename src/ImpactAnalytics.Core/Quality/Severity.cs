namespace ImpactAnalytics.Core.Quality;

/// <summary>How bad a data issue is. Errors make <c>impact validate</c> exit 1; warnings and notes do not.</summary>
public enum Severity : byte
{
    /// <summary>Worth knowing (e.g. a code the engine does not use), changes nothing.</summary>
    Info = 0,

    /// <summary>The row was used with a correction or a flag (e.g. an annualised 18-month year).</summary>
    Warning = 1,

    /// <summary>The row was rejected to quarantine, or the input cannot be used as given.</summary>
    Error = 2,
}
