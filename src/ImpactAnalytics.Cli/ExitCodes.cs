namespace ImpactAnalytics.Cli;

/// <summary>The exit codes every <c>impact</c> command uses (ARCHITECTURE.md §3).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a data file or study file that cannot be used; the message names file, line and column.</summary>
    public const int BadInput = 1;

    /// <summary>Bad usage: an unknown option, a missing argument, a value out of range.</summary>
    public const int Usage = 2;
}
