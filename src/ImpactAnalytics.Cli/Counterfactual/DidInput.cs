using System.Globalization;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// The long panel <c>impact did</c> was asked to use, checked row by row so every problem names its line: whole
/// periods, a first-treatment period per row that is 0 (never treated) or one of the panel's periods and the same in
/// every row of a unit, no two rows for the same unit and period, numeric outcome and covariates. Unit ids are text;
/// when every id is a plain integer (no leading zeros) it is used as the number, otherwise the ids are numbered
/// 1, 2, … in ordinal text order, so the result never depends on the row order.
/// </summary>
internal sealed record DidInput(DidPanelData Panel, IReadOnlyList<string> Covariates)
{
    private const int DuplicatesNamed = 5;

    public static DidInput Build(TidyTable data, DidArguments args)
    {
        var covariateNames = TidyInput.List(args.Covariates, "--covariates");
        var id = TidyInput.Column(data, args.Id, "--id");
        var time = TidyInput.Column(data, args.Time, "--time");
        var group = TidyInput.Column(data, args.Group, "--group");
        var outcome = TidyInput.Column(data, args.Outcome, "--outcome");
        var covariates = covariateNames.Select(c => TidyInput.Column(data, c, "--covariates")).ToArray();
        var roles = new[] { id, time, group, outcome }.Concat(covariates).GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (roles is not null)
        {
            throw CliException.Usage($"column '{roles.Key}' is named by more than one of --id, --time, --group, --outcome, --covariates");
        }

        var ids = Ids(id);
        var periods = TidyInput.Periods(time, "the period");
        var groups = TidyInput.Periods(group, "the first-treatment period");
        CheckGroups(data, id, group, time, groups, periods);
        CheckDuplicates(data, id, time, periods);
        var y = TidyInput.Numbers(outcome);
        var x = covariates.Length == 0 ? null : Matrix.FromColumns([.. covariates.Select(c => TidyInput.Numbers(c))]);
        var names = covariates.Select(c => c.Name).ToArray();
        return new DidInput(new DidPanelData(ids, periods, groups, y, x, names.Length == 0 ? null : names), names);
    }

    private static long[] Ids(TidyColumn id)
    {
        var text = id.Text;
        for (var row = 0; row < text.Count; row++)
        {
            if (text[row].Length == 0)
            {
                throw TidyInput.Bad(id, row, "the unit id is empty");
            }
        }

        var numbers = new long[text.Count];
        var plain = true;
        for (var row = 0; row < text.Count && plain; row++)
        {
            plain = long.TryParse(text[row], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numbers[row])
                && numbers[row].ToString(CultureInfo.InvariantCulture) == text[row];
        }

        if (plain)
        {
            return numbers;
        }

        var order = text.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (long)p.i + 1, StringComparer.Ordinal);
        return [.. text.Select(t => order[t])];
    }

    private static void CheckGroups(TidyTable data, TidyColumn id, TidyColumn group, TidyColumn time, int[] groups, int[] periods)
    {
        var known = periods.ToHashSet();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < groups.Length; row++)
        {
            var g = groups[row];
            if (g != 0 && !known.Contains(g))
            {
                throw TidyInput.Bad(group, row, string.Create(
                    CultureInfo.InvariantCulture,
                    $"first-treatment period {g} is neither 0 (never treated) nor a period of column '{time.Name}' ({periods.Min()}-{periods.Max()})"));
            }

            var unit = id.Text[row];
            if (first.TryGetValue(unit, out var earlier) && groups[earlier] != g)
            {
                throw TidyInput.Bad(group, row, string.Create(
                    CultureInfo.InvariantCulture,
                    $"unit '{unit}' has first-treatment period {g} here but {groups[earlier]} at line {data.LineOf(earlier)}; it must be the same in every row of a unit"));
            }

            first.TryAdd(unit, row);
        }
    }

    private static void CheckDuplicates(TidyTable data, TidyColumn id, TidyColumn time, int[] periods)
    {
        var seen = new Dictionary<(string, int), int>();
        var duplicates = new List<string>();
        var count = 0;
        for (var row = 0; row < periods.Length; row++)
        {
            var key = (id.Text[row], periods[row]);
            if (!seen.TryAdd(key, row))
            {
                count++;
                if (duplicates.Count < DuplicatesNamed)
                {
                    duplicates.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{id.Name} '{key.Item1}' {time.Name} {key.Item2} (lines {data.LineOf(seen[key])} and {data.LineOf(row)})"));
                }
            }
        }

        if (count > 0)
        {
            var more = count > DuplicatesNamed ? string.Create(CultureInfo.InvariantCulture, $" and {count - DuplicatesNamed} more") : string.Empty;
            throw CliException.BadInput(string.Create(
                CultureInfo.InvariantCulture,
                $"{data.File}: the panel has {count} duplicate id-time row(s), one row per unit and period is expected: {string.Join("; ", duplicates)}{more}"));
        }
    }
}
