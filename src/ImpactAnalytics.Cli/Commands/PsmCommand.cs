using System.CommandLine;
using ImpactAnalytics.Cli.Counterfactual;
using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Cli.Commands;

/// <summary>
/// <c>impact psm</c>: propensity-score matching (METHODS §7, R MatchIt <c>nearest</c>) on any tidy CSV or XLSX table,
/// one row per unit. Prints the matched counts, the propensity model, the balance table and the effect estimates;
/// <c>--json</c> writes them all (docs/commands.md).
/// </summary>
public static class PsmCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The tidy table (CSV, gzip CSV or XLSX), one row per unit.", Required = true, HelpName = "FILE" };
        var treatment = new Option<string>("--treatment") { Description = "Column holding 0 (control) or 1 (treated) in every row.", Required = true, HelpName = "COL" };
        var covariates = new Option<string>("--covariates")
        {
            Description = "Columns of the propensity model and of the regression adjustment, comma-separated. A column without any numeric cell is categorical (0/1 dummies).",
            Required = true,
            HelpName = "A,B,...",
        };
        var outcome = new Option<string>("--outcome") { Description = "Numeric outcome column.", Required = true, HelpName = "COL" };
        var exact = new Option<string?>("--exact") { Description = "Columns a treated unit and its controls must share exactly, comma-separated. Default: none.", HelpName = "COLS" };
        var categorical = new Option<string?>("--categorical")
        {
            Description = "Covariates or exact columns to treat as categories even though their cells look numeric (a NACE division, a cohort year).",
            HelpName = "COLS",
        };
        var ratio = new Option<int>("--ratio") { Description = "Controls per treated unit (k:1 matching).", DefaultValueFactory = _ => 1, HelpName = "K" };
        var replace = new Option<bool>("--replace") { Description = "Match with replacement: a control may serve several treated units. Default: without." };
        var caliper = new Option<double?>("--caliper") { Description = "Largest score distance in standard deviations of the propensity score. Default: no caliper.", HelpName = "C" };
        var json = new Option<string?>("--json") { Description = "Also write every result as JSON to this file.", HelpName = "FILE" };

        var command = new Command("psm", "Propensity-score matching on any tidy table: matched counts, balance and the effect on the treated.")
        {
            data, treatment, covariates, outcome, exact, categorical, ratio, replace, caliper, json,
        };
        command.SetAction(parse =>
        {
            var args = new PsmArguments(
                parse.GetValue(treatment)!,
                parse.GetValue(outcome)!,
                parse.GetValue(covariates),
                parse.GetValue(exact),
                parse.GetValue(categorical),
                parse.GetValue(ratio),
                parse.GetValue(replace),
                parse.GetValue(caliper));
            return Run(context, parse.GetValue(data), args, parse.GetValue(json));
        });
        return command;
    }

    private static int Run(CliContext context, string? dataPath, PsmArguments args, string? jsonPath)
    {
        if (args.Ratio < 1)
        {
            throw CliException.Usage($"--ratio must be at least 1, found {args.Ratio}");
        }

        if (args.Caliper is { } c && !(c > 0 && double.IsFinite(c)))
        {
            throw CliException.Usage(FormattableString.Invariant($"--caliper must be a positive number of standard deviations, found {c}"));
        }

        var table = TidyInput.Load(context, dataPath);
        var input = PsmInput.Build(table, args);
        var result = TidyInput.Estimate(() => PropensityScoreMatching.Run(input.Table, input.Specification));
        if (jsonPath is not null)
        {
            JsonOutput.Write(jsonPath, writer => PsmJson.Write(writer, table, input, result));
            context.Progress($"wrote {jsonPath}");
        }

        PsmReport.Write(context.Out, table, input, result);
        return ExitCodes.Ok;
    }
}
