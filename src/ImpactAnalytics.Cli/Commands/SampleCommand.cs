using System.CommandLine;

namespace ImpactAnalytics.Cli.Commands;

/// <summary><c>impact sample</c>: writes a synthetic population (METHODS §8).</summary>
public static class SampleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("sample", "Write a synthetic population of Flemish firms with cluster memberships.");
        command.SetAction(_ =>
        {
            context.Out.WriteLine("not yet available");
            return ExitCodes.Usage;
        });
        return command;
    }
}
