using System.CommandLine;
using ImpactAnalytics.Cli.Commands;

namespace ImpactAnalytics.Cli;

/// <summary>
/// The <c>impact</c> root command: builds the command tree, parses, and turns every outcome into an exit code
/// (0 ok, 1 bad input, 2 bad usage) with one clear message on standard error.
/// </summary>
public static class ImpactCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print no progress lines, only results and errors.",
            Recursive = true,
        };
        var root = new RootCommand(
            "ImpactAnalytics: value added and productivity of cluster members against their NACE sector, and the causal impact of membership.");
        root.Options.Add(quiet);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        context.Quiet = parse.GetValue(quiet);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"impact: {error.Message}");
            }

            stderr.WriteLine("Run 'impact --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"impact: {e.Message}");
            return e.ExitCode;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return SampleCommand.Create(context);
        yield return RunCommand.Create(context, TimeProvider.System);
        yield return ValidateCommand.Create(context);
        yield return PsmCommand.Create(context);
        yield return DidCommand.Create(context);
    }
}
