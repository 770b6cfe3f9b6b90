using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Numerics;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The descriptive side of the comparison the report makes (METHODS §1): the premium of exactly the firms
/// <see cref="ClusterImpact"/> treats as treated, from the descriptive evaluation's member deltas.
/// </summary>
public static class DescriptivePremium
{
    /// <summary>
    /// The mean log_ratio of the treated firms (cohort g within the study period, not members in its first year) over
    /// their member years t ≥ g, averaged per firm first so that every firm weighs the same, as the bootstrap resamples
    /// firms.
    /// </summary>
    /// <param name="panel">The panel the evaluation ran on.</param>
    /// <param name="evaluation">The descriptive evaluation's result.</param>
    /// <param name="settings">The counterfactual settings (period; the bootstrap's replicates and seed).</param>
    public static PremiumComparison Compute(FirmPanel panel, Evaluation.EvaluationResult evaluation, ClusterImpactSettings settings)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(settings);
        var firstYear = settings.FirstYear ?? evaluation.FirstYear;
        var lastYear = settings.LastYear ?? evaluation.LastYear;
        var assignment = TreatmentAssignment.Build(panel, firstYear, lastYear);
        var sums = new SortedDictionary<int, (double Sum, int Count)>();
        var seen = new HashSet<(int Firm, int Year)>();
        foreach (var d in evaluation.MemberDeltas)
        {
            if (d.LogRatio is not { } logRatio || d.Year > lastYear)
            {
                continue;
            }

            var f = panel.FindFirm(d.EnterpriseNumber);
            if (f < 0 || assignment.FirmCohort[f] is var g && (g <= 0 || d.Year < g) || !seen.Add((f, d.Year)))
            {
                continue;
            }

            var (sum, count) = sums.GetValueOrDefault(f);
            sums[f] = (sum + logRatio, count + 1);
        }

        var means = sums.Values.Select(s => s.Sum / s.Count).ToArray();
        if (means.Length == 0)
        {
            return new PremiumComparison(0, 0, null, null, null, null);
        }

        var mean = means.Average();
        if (means.Length < 2)
        {
            return new PremiumComparison(1, seen.Count, mean, null, null, null);
        }

        var se = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (means.Length - 1) / means.Length);
        var z = Distributions.NormalQuantile(0.975);
        var interval = Bootstrap.MeanInterval(means, settings.Bootstrap.Replicates, unchecked((ulong)settings.Bootstrap.Seed))
            ?? (mean - (z * se), mean + (z * se));
        return new PremiumComparison(means.Length, seen.Count, mean, se, interval.Low, interval.High);
    }
}
