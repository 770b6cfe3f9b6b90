namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Removes the NACE division's common path from an outcome: y*ᵢₜ = yᵢₜ − ȳ₀,d(i),t with ȳ₀,d,t the mean outcome of the
/// comparison pool's firms of division d in year t (in the balanced panel). Differences of y* between two years are
/// then the firm's change beyond its division's, so a comparison pool whose division mix differs from the treated
/// firms' no longer imports other divisions' shocks (METHODS §7: parallel trends are assumed within divisions).
/// A treated firm whose division has no pool firm in the balanced panel cannot be demeaned and is dropped.
/// </summary>
internal static class DivisionDemeaning
{
    /// <summary>
    /// Demeans <paramref name="outcome"/> (unit-major, <paramref name="years"/> values per unit) in place and returns
    /// which units keep a division benchmark.
    /// </summary>
    public static bool[] Apply(double[] outcome, IReadOnlyList<int> unitGroup, IReadOnlyList<string> unitDivision, int years)
    {
        var units = unitGroup.Count;
        var sums = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < units; u++)
        {
            if (unitGroup[u] != 0)
            {
                continue;
            }

            var d = unitDivision[u];
            if (!sums.TryGetValue(d, out var sum))
            {
                sum = new double[years];
                sums[d] = sum;
            }

            counts[d] = counts.GetValueOrDefault(d) + 1;
            for (var t = 0; t < years; t++)
            {
                sum[t] += outcome[(u * years) + t];
            }
        }

        var keep = new bool[units];
        for (var u = 0; u < units; u++)
        {
            if (!sums.TryGetValue(unitDivision[u], out var sum))
            {
                continue;
            }

            keep[u] = true;
            var n = counts[unitDivision[u]];
            for (var t = 0; t < years; t++)
            {
                outcome[(u * years) + t] -= sum[t] / n;
            }
        }

        return keep;
    }
}
