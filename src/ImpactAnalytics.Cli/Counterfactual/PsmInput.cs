using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// The columns <c>impact psm</c> was asked to use, checked and typed: the treatment (0/1 in every row), the outcome
/// (a number in every row), the covariates (numeric, or categorical when named in <c>--categorical</c> or when no
/// cell of the column is a number), and the exact-matching columns (compared as text unless they are also numeric
/// covariates). <see cref="Table"/> holds them under the header's names, rows in file order.
/// </summary>
internal sealed record PsmInput(CovariateTable Table, PsmSpecification Specification, IReadOnlyList<string> Categorical)
{
    /// <summary>Reads the named columns from <paramref name="data"/>; bad usage (exit 2) or bad input (exit 1) otherwise.</summary>
    public static PsmInput Build(TidyTable data, PsmArguments args)
    {
        var covariates = TidyInput.List(args.Covariates, "--covariates");
        var exact = TidyInput.List(args.Exact, "--exact");
        var forced = TidyInput.List(args.Categorical, "--categorical");
        if (covariates.Count == 0)
        {
            throw CliException.Usage("--covariates needs at least one column for the propensity model");
        }

        var treatment = TidyInput.Column(data, args.Treatment, "--treatment");
        var outcome = TidyInput.Column(data, args.Outcome, "--outcome");
        var covariateColumns = covariates.Select(c => TidyInput.Column(data, c, "--covariates")).ToArray();
        var exactColumns = exact.Select(c => TidyInput.Column(data, c, "--exact")).ToArray();
        var forcedNames = forced.Select(c => TidyInput.Column(data, c, "--categorical").Name).ToHashSet(StringComparer.Ordinal);
        CheckRoles(treatment, outcome, covariateColumns, exactColumns, forcedNames);

        var table = CovariateTable.Empty
            .AddNumeric(treatment.Name, Treatment(treatment))
            .AddNumeric(outcome.Name, TidyInput.Numbers(outcome));
        var categorical = new List<string>();
        foreach (var column in covariateColumns)
        {
            if (forcedNames.Contains(column.Name) || column.NumericCount == 0)
            {
                table = table.AddCategorical(column.Name, Categories(column));
                categorical.Add(column.Name);
            }
            else
            {
                table = table.AddNumeric(column.Name, TidyInput.Numbers(
                    column, $" (if '{column.Name}' holds categories, name it in --categorical)"));
            }
        }

        foreach (var column in exactColumns.Where(e => !table.HasColumn(e.Name)))
        {
            table = table.AddCategorical(column.Name, Categories(column));
        }

        var spec = new PsmSpecification(treatment.Name, outcome.Name, [.. covariateColumns.Select(c => c.Name)])
        {
            Exact = [.. exactColumns.Select(c => c.Name)],
            Ratio = args.Ratio,
            Replace = args.Replace,
            Caliper = args.Caliper,
        };
        return new PsmInput(table, spec, categorical);
    }

    private static void CheckRoles(TidyColumn treatment, TidyColumn outcome, TidyColumn[] covariates, TidyColumn[] exact, HashSet<string> forced)
    {
        if (treatment.Name == outcome.Name)
        {
            throw CliException.Usage($"--treatment and --outcome both name column '{treatment.Name}'");
        }

        foreach (var column in covariates.Concat(exact))
        {
            if (column.Name == treatment.Name || column.Name == outcome.Name)
            {
                throw CliException.Usage($"column '{column.Name}' is the {(column.Name == treatment.Name ? "treatment" : "outcome")}; it cannot also be a covariate or an exact-matching column");
            }
        }

        var roles = covariates.Concat(exact).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (forced.FirstOrDefault(f => !roles.Contains(f)) is { } stray)
        {
            throw CliException.Usage($"--categorical names '{stray}', which is neither in --covariates nor in --exact");
        }
    }

    private static double[] Treatment(TidyColumn column)
    {
        var values = new double[column.Text.Count];
        for (var row = 0; row < values.Length; row++)
        {
            if (!column.TryGetNumber(row, out var v) || v is not (0.0 or 1.0))
            {
                var found = column.Text[row].Length == 0 ? "an empty cell" : $"'{column.Text[row]}'";
                throw TidyInput.Bad(column, row, $"the treatment must be 0 (control) or 1 (treated), found {found}");
            }

            values[row] = v;
        }

        return values;
    }

    private static string[] Categories(TidyColumn column)
    {
        for (var row = 0; row < column.Text.Count; row++)
        {
            if (column.Text[row].Length == 0)
            {
                throw CliException.BadInput(TidyInput.Format(column.IssueAt(
                    row, TidyIssueCodes.Empty, "the cell is empty; a category is expected (drop or recode missing categories first)")));
            }
        }

        return [.. column.Text];
    }
}
