namespace ImpactAnalytics.Cli;

/// <summary>
/// An expected failure that ends a command with one clear line and an exit code, never a stack trace.
/// </summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CliException()
        : this(ExitCodes.Usage, "bad usage")
    {
    }

    public CliException(string message)
        : this(ExitCodes.Usage, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.BadInput;

    /// <summary><see cref="ExitCodes.BadInput"/> or <see cref="ExitCodes.Usage"/>.</summary>
    public int ExitCode { get; }

    /// <summary>Bad usage (exit 2).</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>Bad input (exit 1).</summary>
    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);
}
