namespace ImpactAnalytics.Cli;

/// <summary>What every command may use: the output streams and whether to be quiet.</summary>
/// <param name="Out">Standard output (tables, results).</param>
/// <param name="Error">Standard error (progress lines, messages).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Set by <c>--quiet</c>: no progress lines, only results and errors.</summary>
    public bool Quiet { get; set; }

    /// <summary>Prints a progress line to standard error unless quiet.</summary>
    public void Progress(string line)
    {
        if (!Quiet)
        {
            Error.WriteLine(line);
        }
    }
}
