namespace ImpactAnalytics.Cli.Tests;

/// <summary>Runs the <c>impact</c> command in-process and captures its streams.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ImpactCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
