using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Domain;
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
        var (means, firmYears) = FirmMeans(panel, evaluation.MemberDeltas, assignment.FirmCohort, firstYear, lastYear);
        if (means.Length == 0)
        {
            return new PremiumComparison(0, 0, null, null, null, null);
        }

        var mean = means.Average();
        if (means.Length < 2)
        {
            return new PremiumComparison(1, firmYears, mean, null, null, null);
        }

        var se = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (means.Length - 1) / means.Length);
        var z = Distributions.NormalQuantile(0.975);
        var interval = Bootstrap.MeanInterval(means, settings.Bootstrap.Replicates, unchecked((ulong)settings.Bootstrap.Seed))
            ?? (mean - (z * se), mean + (z * se));
        return new PremiumComparison(means.Length, firmYears, mean, se, interval.Low, interval.High);
    }

    // Per treated firm with a member year t ≥ g (ascending firm index), the mean of its log_ratios in the order of the
    // deltas, each firm-year counted once (the first delta of it); and the number of firm-years counted. Sums and counts
    // live in arrays by firm index, the firm-years seen in a bit per firm and year since the first study year (a
    // counted year lies after it: t ≥ g > first year), and a delta's firm is looked up once per run of deltas of it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double[] Means, int FirmYears) FirmMeans(
        FirmPanel panel, ImmutableArray<MemberDelta> deltas, int[] cohorts, int firstYear, int lastYear)
    {
        var words = Math.Max(0, lastYear - firstYear + 64) / 64;
        var seen = new ulong[cohorts.Length * words];
        var sums = new double[cohorts.Length];
        var counts = new int[cohorts.Length];
        var (firm, f, looked, firmYears, firms) = (default(EnterpriseNumber), -1, false, 0, 0);
        foreach (var d in deltas)
        {
            if (d.LogRatio is not { } logRatio || d.Year > lastYear)
            {
                continue;
            }

            if (!looked || d.EnterpriseNumber != firm)
            {
                (firm, f, looked) = (d.EnterpriseNumber, panel.FindFirm(d.EnterpriseNumber), true);
            }

            if (f < 0 || cohorts[f] is var g && (g <= 0 || d.Year < g))
            {
                continue;
            }

            var offset = d.Year - firstYear;
            ref var word = ref seen[(f * words) + (offset >> 6)];
            var bit = 1UL << (offset & 63);
            if ((word & bit) != 0)
            {
                continue;
            }

            word |= bit;
            firmYears++;
            firms += counts[f] == 0 ? 1 : 0;
            sums[f] += logRatio;
            counts[f]++;
        }

        var means = new double[firms];
        for (var (k, j) = (0, 0); k < counts.Length; k++)
        {
            if (counts[k] > 0)
            {
                means[j++] = sums[k] / counts[k];
            }
        }

        return (means, firmYears);
    }
}
