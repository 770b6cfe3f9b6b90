namespace ImpactAnalytics.Core.Disclosure;

/// <summary>
/// Cells of published tables tied by additive relations (a total equals the sum of its parts), with primary
/// suppression given, and the secondary suppression that makes every suppressed cell unrecoverable from the
/// published ones: repeatedly, for a suppressed cell the relations still determine (<see cref="LinearDeterminacy"/>),
/// suppress the cheapest published cell sharing a relation with it (fewest firms, then smallest |VA|, then first
/// added), until no suppressed cell is determined. Cells with no firms are never chosen: their value (zero) is known
/// from the published count.
/// </summary>
internal sealed class SuppressionProblem
{
    private readonly List<(int Firms, double AbsVa)> _cost = [];
    private readonly List<string?> _reason = [];
    private readonly List<(int Total, int[] Parts)> _relations = [];

    public int Add(int firms, double absVa, string? primaryReason)
    {
        _cost.Add((firms, absVa));
        _reason.Add(primaryReason);
        return _cost.Count - 1;
    }

    /// <summary>Declares total = Σ parts (conservatively, also where overlaps make it approximate).</summary>
    public void Relate(int total, params int[] parts) => _relations.Add((total, parts));

    /// <summary>The reason of each cell after secondary suppression, <c>null</c> when published.</summary>
    public IReadOnlyList<string?> Solve()
    {
        var reason = _reason.ToArray();
        while (true)
        {
            var determined = DeterminedCells(reason);
            if (determined < 0)
            {
                return reason;
            }

            var pick = Cheapest(reason, determined, nearOnly: true);
            if (pick < 0)
            {
                pick = Cheapest(reason, determined, nearOnly: false);
            }

            if (pick < 0)
            {
                // Nothing left to suppress: every remaining published cell is a known zero.
                return reason;
            }

            reason[pick] = SuppressionReasons.Secondary;
        }
    }

    private int DeterminedCells(string?[] reason)
    {
        var unknown = new int[reason.Length];
        var count = 0;
        for (var i = 0; i < reason.Length; i++)
        {
            unknown[i] = reason[i] is null ? -1 : count++;
        }

        var rows = new List<double[]>();
        foreach (var (total, parts) in _relations)
        {
            var row = new double[count];
            if (unknown[total] >= 0)
            {
                row[unknown[total]] += 1;
            }

            foreach (var p in parts)
            {
                if (unknown[p] >= 0)
                {
                    row[unknown[p]] -= 1;
                }
            }

            rows.Add(row);
        }

        var determined = LinearDeterminacy.Determined(rows, count);
        for (var i = 0; i < reason.Length; i++)
        {
            if (unknown[i] >= 0 && determined[unknown[i]])
            {
                return i;
            }
        }

        return -1;
    }

    private int Cheapest(string?[] reason, int cell, bool nearOnly)
    {
        var best = -1;
        foreach (var (total, parts) in _relations)
        {
            if (nearOnly && total != cell && Array.IndexOf(parts, cell) < 0)
            {
                continue;
            }

            foreach (var c in parts.Prepend(total))
            {
                if (reason[c] is null && _cost[c].Firms > 0 && (best < 0 || _cost[c].CompareTo(_cost[best]) < 0))
                {
                    best = c;
                }
            }
        }

        return best;
    }
}
