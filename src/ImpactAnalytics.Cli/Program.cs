namespace ImpactAnalytics.Cli;

/// <summary>Entry point of the <c>impact</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code (0 ok, 1 bad input, 2 bad usage).</summary>
    public static int Main(string[] args) => ImpactCommand.Run(args, Console.Out, Console.Error);
}
