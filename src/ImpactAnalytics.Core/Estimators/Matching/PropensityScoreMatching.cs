using System.Globalization;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Propensity-score matching for the ATT (METHODS §7): logistic propensity model (<see cref="PropensityModel"/>),
/// greedy nearest-neighbour matching on the score (<see cref="NearestNeighbourMatcher"/>), balance before and after
/// (<see cref="BalanceStatistics"/>), and two effect estimates in the matched sample with CR1 standard errors
/// clustered by matched set. Without replacement every unit lies in one matched set and the clusters are the sets;
/// with replacement a control can lie in several sets, and sets that share a control are merged into one cluster
/// (the connected components of the treated–control links), so that clusters stay independent.
/// </summary>
public static class PropensityScoreMatching
{
    /// <summary>
    /// Runs the whole estimator. Throws <see cref="EstimationException"/> with a message in the user's terms when the
    /// data cannot be estimated: a missing column, a treatment that is not 0/1, no treated or no control units, a
    /// constant covariate, separation in the propensity model, no treated unit matched, or a matched sample too small
    /// for a clustered standard error.
    /// </summary>
    public static PsmResult Run(CovariateTable table, PsmSpecification spec)
    {
        var matching = Match(table, spec);
        return Result(matching, table, spec.Outcome, spec.ConfidenceLevel);
    }

    /// <summary>
    /// The outcome-free part of <see cref="Run"/>: validation (of <paramref name="spec"/>'s outcome column too),
    /// propensity model, matching, balance and clusters. Several outcomes with the same treatment, covariates, exact
    /// columns and matching settings share it (<see cref="Result"/> per outcome), with results identical to a
    /// <see cref="Run"/> of each.
    /// </summary>
    internal static PsmMatching Match(CovariateTable table, PsmSpecification spec)
    {
        Validate(table, spec);
        var treated = Treatment(table, spec.Treatment);
        var design = CovariateDesign.Build(table, spec.Covariates);
        var model = PropensityModel.Fit(design.ModelNames, design.ModelColumns, treated);

        var scores = model.Scores as double[] ?? [.. model.Scores];
        var (blocks, blockCount) = spec.Exact.Count == 0 ? (null, 1) : ExactBlocks.Number(table, spec.Exact);
        var sample = NearestNeighbourMatcher.Match(scores, treated, blocks, blockCount, spec.Ratio, spec.Replace, spec.Caliper);
        if (sample.Counts.TreatedMatched == 0)
        {
            throw new EstimationException(
                $"No treated unit found a control{(blocks is null ? string.Empty : $" within its exact-matching block ({string.Join(", ", spec.Exact)})")}{(spec.Caliper is null ? string.Empty : " inside the caliper")}: there is no matched sample to estimate on.");
        }

        double? width = spec.Caliper is { } c ? c * NearestNeighbourMatcher.SampleStandardDeviation(scores) : null;
        var weights = sample.Weights as double[] ?? [.. sample.Weights];
        var workspace = new BalanceWorkspace(weights);
        var balance = new List<BalanceRow> { BalanceStatistics.Row("propensity score", scores, treated, workspace) };
        for (var j = 0; j < design.BalanceColumns.Count; j++)
        {
            balance.Add(BalanceStatistics.Row(design.BalanceNames[j], design.BalanceColumns[j], treated, workspace));
        }

        var clusters = Clusters(sample, table.RowCount);
        MatchedRegression Prepare(EffectMethod method) => MatchedEffects.Prepare(
            method, treated, weights, clusters, design.ModelNames, design.ModelColumns, workspace.Matched);
        return new PsmMatching(
            model, sample, width, [.. balance], Prepare(EffectMethod.DifferenceInMeans), Prepare(EffectMethod.RegressionAdjusted));
    }

    /// <summary>The effects on <paramref name="outcome"/> (a numeric column) in a matched sample of <see cref="Match"/>.</summary>
    internal static PsmResult Result(PsmMatching matching, CovariateTable table, string outcome, double confidenceLevel)
    {
        var y = table.NumericArray(outcome);
        var sample = matching.Sample;
        return new PsmResult(
            matching.Model.Coefficients,
            matching.Model.Scores,
            sample.Weights,
            sample.Counts,
            matching.CaliperWidth,
            matching.Balance,
            MatchedEffects.Estimate(matching.Difference, y, confidenceLevel),
            MatchedEffects.Estimate(matching.Regression, y, confidenceLevel),
            sample.Pairs);
    }

    // Cluster of each row: the smallest set id in its connected component of treated–control links (-1 if unmatched).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Clusters(MatchedSample sample, int rows)
    {
        var parent = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            var root = i;
            while (parent[root] != root)
            {
                root = parent[root];
            }

            while (parent[i] != root)
            {
                (parent[i], i) = (root, parent[i]);
            }

            return root;
        }

        foreach (var pair in sample.Pairs)
        {
            var (a, b) = (Find(pair.TreatedRow), Find(pair.ControlRow));
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }

        // Per root, the smallest set id of its pairs (int.MaxValue: none yet); a root is a matched row, and only
        // matched rows' roots are looked up.
        var firstSet = new Dictionary<int, int>();
        foreach (var pair in sample.Pairs)
        {
            var root = Find(pair.TreatedRow);
            firstSet[root] = Math.Min(firstSet.GetValueOrDefault(root, int.MaxValue), pair.SetId);
        }

        var clusters = new int[rows];
        var weights = sample.Weights as double[] ?? [.. sample.Weights];
        for (var i = 0; i < rows; i++)
        {
            clusters[i] = weights[i] > 0 ? firstSet[Find(i)] : -1;
        }

        return clusters;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] Treatment(CovariateTable table, string column)
    {
        if (table.IsCategorical(column))
        {
            var (row, value) = FirstOffending(table.Categorical(column), v => v is "0" or "1");
            throw new EstimationException($"Treatment column '{column}' must hold 0 or 1; row {row} has '{value}'.");
        }

        var values = table.NumericArray(column);
        var treated = new bool[values.Length];
        var nTreated = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not (0.0 or 1.0))
            {
                throw new EstimationException(string.Create(
                    CultureInfo.InvariantCulture, $"Treatment column '{column}' must hold 0 or 1; row {i + 1} has {values[i]}."));
            }

            treated[i] = values[i] == 1.0;
            nTreated += treated[i] ? 1 : 0;
        }

        if (nTreated == 0 || nTreated == treated.Length)
        {
            throw new EstimationException(nTreated == 0
                ? $"No treated units: treatment column '{column}' is 0 in every row."
                : $"No control units: treatment column '{column}' is 1 in every row, so there is no comparison pool to match from.");
        }

        return treated;
    }

    private static (int Row, string Value) FirstOffending(IReadOnlyList<string> values, Func<string, bool> acceptable)
    {
        var i = Enumerable.Range(0, values.Count).First(k => !acceptable(values[k]));
        return (i + 1, values[i]);
    }

    private static void Validate(CovariateTable table, PsmSpecification spec)
    {
        foreach (var name in new[] { spec.Treatment, spec.Outcome }.Concat(spec.Covariates).Concat(spec.Exact))
        {
            if (!table.HasColumn(name))
            {
                throw new EstimationException($"Column '{name}' is not in the data (columns: {string.Join(", ", table.ColumnNames)}).");
            }
        }

        if (spec.Covariates.Count == 0)
        {
            throw new EstimationException("The propensity model needs at least one covariate.");
        }

        if (!table.IsNumeric(spec.Outcome))
        {
            var (row, value) = FirstOffending(
                table.Categorical(spec.Outcome),
                v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            throw new EstimationException($"Outcome column '{spec.Outcome}' must be numeric; row {row} has '{value}'.");
        }

        if (spec.Ratio < 1 || spec.Caliper is <= 0 || spec.Caliper is { } c && !double.IsFinite(c)
            || spec.ConfidenceLevel is not (> 0 and < 1))
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Matching settings out of range: ratio {spec.Ratio} (at least 1), caliper {spec.Caliper} (a positive number of SDs), confidence level {spec.ConfidenceLevel} (between 0 and 1)."));
        }
    }
}
