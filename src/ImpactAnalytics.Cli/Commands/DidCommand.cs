using System.CommandLine;
using ImpactAnalytics.Cli.Counterfactual;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Cli.Commands;

/// <summary>
/// <c>impact did</c>: staggered difference-in-differences (Callaway &amp; Sant'Anna 2021, METHODS §7) on any tidy
/// long panel, one row per unit and period. Prints ATT(g,t), the simple, dynamic, group and calendar aggregations and
/// the pre-test; <c>--json</c> writes them all (docs/commands.md).
/// </summary>
public static class DidCommand
{
    /// <summary>Multiplier-bootstrap draws when <c>--bootstrap</c> is not given: 0, off (analytic SEs, pointwise bands).</summary>
    public const int DefaultBootstrap = 0;

    /// <summary>Bootstrap seed when <c>--seed</c> is not given (the project's default seed).</summary>
    public const int DefaultSeed = 20240501;

    /// <summary>The most bootstrap draws accepted.</summary>
    public const int MaxBootstrap = 100_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The tidy long panel (CSV, gzip CSV or XLSX), one row per unit and period.", Required = true, HelpName = "FILE" };
        var id = new Option<string>("--id") { Description = "Unit identifier column.", Required = true, HelpName = "COL" };
        var time = new Option<string>("--time") { Description = "Period column (whole numbers, e.g. years).", Required = true, HelpName = "COL" };
        var group = new Option<string>("--group")
        {
            Description = "First-treatment period column: the period a unit is first treated, 0 for never treated; the same in every row of a unit.",
            Required = true,
            HelpName = "COL",
        };
        var outcome = new Option<string>("--outcome") { Description = "Numeric outcome column.", Required = true, HelpName = "COL" };
        var covariates = new Option<string?>("--covariates") { Description = "Numeric covariate columns, comma-separated (values of the base period are used). Default: none.", HelpName = "A,B,..." };
        var control = new Option<string>("--control") { Description = "Comparison units: never treated, or not yet treated.", DefaultValueFactory = _ => "never", HelpName = "never|notyet" };
        var method = new Option<string>("--method") { Description = "2x2 estimator: doubly robust, inverse-probability weighting, or outcome regression.", DefaultValueFactory = _ => "dr", HelpName = "dr|ipw|reg" };
        var bootstrap = new Option<int>("--bootstrap")
        {
            Description = "Multiplier-bootstrap draws for uniform bands; 0 = off (analytic standard errors, pointwise bands).",
            DefaultValueFactory = _ => DefaultBootstrap,
            HelpName = "N",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the multiplier bootstrap.", DefaultValueFactory = _ => DefaultSeed, HelpName = "S" };
        var json = new Option<string?>("--json") { Description = "Also write every result as JSON to this file.", HelpName = "FILE" };

        var command = new Command("did", "Staggered difference-in-differences on any tidy panel: ATT(g,t), simple/dynamic/group/calendar aggregations, pre-test.")
        {
            data, id, time, group, outcome, covariates, control, method, bootstrap, seed, json,
        };
        command.SetAction(parse =>
        {
            var args = new DidArguments(
                parse.GetValue(id)!,
                parse.GetValue(time)!,
                parse.GetValue(group)!,
                parse.GetValue(outcome)!,
                parse.GetValue(covariates),
                parse.GetValue(control)!,
                parse.GetValue(method)!,
                parse.GetValue(bootstrap),
                parse.GetValue(seed));
            return Run(context, parse.GetValue(data), args, parse.GetValue(json));
        });
        return command;
    }

    private static int Run(CliContext context, string? dataPath, DidArguments args, string? jsonPath)
    {
        if (args.Bootstrap is < 0 or > MaxBootstrap)
        {
            throw CliException.Usage(FormattableString.Invariant($"--bootstrap must be between 0 (off) and {MaxBootstrap:N0}, found {args.Bootstrap}"));
        }

        var options = new DidOptions
        {
            ControlGroup = DidNames.Control(args.Control),
            Method = DidNames.Method(args.Method),
            Bootstrap = new BootstrapSettings { Replicates = args.Bootstrap, Seed = args.Seed },
        };
        var table = TidyInput.Load(context, dataPath);
        var input = DidInput.Build(table, args);
        var result = TidyInput.Estimate(() => StaggeredDid.Estimate(input.Panel, options));
        if (jsonPath is not null)
        {
            JsonOutput.Write(jsonPath, writer => DidJson.Write(writer, table, args, input, result));
            context.Progress($"wrote {jsonPath}");
        }

        DidReport.Write(context.Out, table, args, result);
        return ExitCodes.Ok;
    }
}
