using Spectre.Console;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// Chooses how progress is shown: a live Spectre.Console status line when standard error is a terminal and the
/// command writes to the real console, plain stage lines otherwise (redirected output, tests), none when quiet.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a <see cref="StageTimings"/> suited to where output goes.</summary>
    public static T Run<T>(CliContext context, Func<StageTimings, T> work)
    {
        var interactive = !context.Quiet
            && !Console.IsErrorRedirected
            && ReferenceEquals(context.Error, Console.Error)
            && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return work(new StageTimings(context));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status()
            .Spinner(Spinner.Known.Dots)
            .Start("starting", status =>
            {
                var timings = new StageTimings(context, stage => status.Status(Markup.Escape(stage)));
                var result = work(timings);
                foreach (var (stage, seconds) in timings.Done)
                {
                    console.MarkupLineInterpolated($"[green]✓[/] {stage} [grey]({seconds:0.0} s)[/]");
                }

                return result;
            });
    }
}
