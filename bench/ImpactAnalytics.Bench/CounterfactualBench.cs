using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Times the counterfactual estimators at cluster-evaluation scale on a seeded synthetic panel of 100,000 firms ×
/// 10 years (2012–2021): about 7 % of firms treated, in cohorts 2017–2021, selected on size (larger firms join more
/// often and grow faster), with a planted effect of 0.05 + 0.01·e log points at event time e ≥ 0. PSM runs once per
/// cohort (cohort vs never-treated) on year g − 1 covariates, 1:1, exact on a division-like category; DiD is doubly
/// robust with 2 covariates against never-treated units, with 2,000 bootstrap replicates and with none. The matcher
/// alone is also timed without exact blocks, where each treated unit searches the whole control pool. Each stage
/// prints wall-clock and CPU seconds and the peak working set so far.
/// </summary>
public static class CounterfactualBench
{
    private const int Firms = 100_000;
    private const int FirstYear = 2012;
    private const int Years = 10;
    private const int Divisions = 20;
    private const int Seed = 20240501;

    private static TimeSpan _cpuAtStart;

    public static int Run()
    {
        Console.WriteLine(Line($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}"));
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var panel = Panel.Generate(Firms, Years, FirstYear, Divisions, Seed);
        var treated = panel.Cohort.Count(g => g != 0);
        Console.WriteLine(Line($"sizes: {Firms} firms × {Years} years = {Firms * Years} rows; {treated} treated in cohorts 2017–2021, {Firms - treated} never treated"));
        Stage("generate panel", clock);

        var psmTreated = 0;
        var psmMatched = 0;
        var psmAtt = new List<string>();
        var scoreSets = new List<(IReadOnlyList<double> Scores, bool[] Treated)>();
        for (var g = 2017; g <= 2021; g++)
        {
            var table = panel.CohortTable(g);
            var spec = new PsmSpecification("treated", "lnva", ["lnva_pre", "lnemp_pre", "age_pre"]) { Exact = ["division"] };
            var result = PropensityScoreMatching.Run(table, spec);
            psmTreated += result.Counts.Treated;
            psmMatched += result.Counts.TreatedMatched;
            psmAtt.Add(Line($"{g}: {result.DifferenceInMeans.Estimate:F4}"));
            scoreSets.Add((result.Scores, [.. table.Numeric("treated").Select(v => v == 1.0)]));
        }

        Console.WriteLine(Line($"  PSM: {psmTreated} treated, {psmMatched} matched; ATT (difference in means) by cohort {string.Join(", ", psmAtt)}"));
        Stage("PSM, 5 cohorts (ratio 1, exact on division)", clock);

        // The matcher alone without exact blocks: every treated unit searches all ~93,000 never-treated controls.
        var pairs = 0;
        foreach (var (scores, treatedRows) in scoreSets)
        {
            pairs += NearestNeighbourMatcher.Match(scores, treatedRows).Pairs.Count;
        }

        Console.WriteLine(Line($"  matcher without exact blocks: {pairs} pairs"));
        Stage("nearest-neighbour matching alone, 5 cohorts, no exact blocks", clock);

        var data = panel.DidData();
        Stage("DiD input (long panel, 2 covariates)", clock);
        foreach (var replicates in new[] { 0, 2000 })
        {
            var options = new DidOptions { Bootstrap = new() { Replicates = replicates, Seed = Seed } };
            var result = StaggeredDid.Estimate(data, options);
            Console.WriteLine(Line($"  DiD: {result.GroupTimeEffects.Count} ATT(g,t); simple ATT {result.Simple.Overall:F4} (SE {result.Simple.OverallSe:F4}); dynamic critical value {result.Dynamic.CriticalValue:F4}"));
            Stage(Line($"DiD DR, never treated, {replicates} bootstrap replicates"), clock);
        }

        return 0;
    }

    // Wall-clock seconds, and the process's CPU seconds over the stage (all threads): on a shared machine the CPU
    // time is the steadier figure.
    private static void Stage(string name, Stopwatch clock)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(Line($"{name}: {clock.Elapsed.TotalSeconds:F2} s (CPU {(cpu - _cpuAtStart).TotalSeconds:F2} s; peak working set so far {peak:F0} MiB)"));
        _cpuAtStart = cpu;
        clock.Restart();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The synthetic firm panel, unit-major (row = firm · years + year index).</summary>
    private sealed class Panel
    {
        private Panel(int firms, int years, int firstYear, int[] cohort, int[] division, double[] lnva, double[] lnemp, double[] age)
        {
            (FirmCount, YearCount, First) = (firms, years, firstYear);
            (Cohort, Division, LnVa, LnEmp, Age) = (cohort, division, lnva, lnemp, age);
        }

        public int[] Cohort { get; }

        private int FirmCount { get; }

        private int YearCount { get; }

        private int First { get; }

        private int[] Division { get; }

        private double[] LnVa { get; }

        private double[] LnEmp { get; }

        private double[] Age { get; }

        public static Panel Generate(int firms, int years, int firstYear, int divisions, int seed)
        {
            var random = new Random(seed);
            var cohort = new int[firms];
            var division = new int[firms];
            var lnva = new double[firms * years];
            var lnemp = new double[firms * years];
            var age = new double[firms * years];
            var divisionLevel = Enumerable.Range(0, divisions).Select(_ => 0.5 * Normal(random)).ToArray();
            for (var f = 0; f < firms; f++)
            {
                var size = Normal(random);
                division[f] = random.Next(divisions);
                var joins = random.NextDouble() < 1.0 / (1.0 + Math.Exp(2.8 - (0.6 * size)));
                cohort[f] = joins ? 2017 + random.Next(5) : 0;
                var founded = 1 + random.Next(40);
                var alpha = divisionLevel[division[f]] + (0.3 * Normal(random));
                for (var y = 0; y < years; y++)
                {
                    var r = (f * years) + y;
                    var year = firstYear + y;
                    lnemp[r] = 2.0 + size + (0.1 * Normal(random));
                    age[r] = founded + y;
                    var effect = cohort[f] != 0 && year >= cohort[f] ? 0.05 + (0.01 * (year - cohort[f])) : 0.0;
                    lnva[r] = 11.0 + alpha + (0.8 * lnemp[r]) + ((0.02 + (0.01 * size)) * y) + effect + (0.1 * Normal(random));
                }
            }

            return new Panel(firms, years, firstYear, cohort, division, lnva, lnemp, age);
        }

        /// <summary>Cohort g and the never-treated firms, with covariates of year g − 1 and the outcome of year g.</summary>
        public CovariateTable CohortTable(int g)
        {
            var firms = Enumerable.Range(0, FirmCount).Where(f => Cohort[f] == g || Cohort[f] == 0).ToArray();
            var pre = g - 1 - First;
            var at = g - First;
            double Value(double[] column, int f, int y) => column[(f * YearCount) + y];
            return CovariateTable.Empty
                .AddNumeric("treated", firms.Select(f => Cohort[f] == g ? 1.0 : 0.0))
                .AddNumeric("lnva", firms.Select(f => Value(LnVa, f, at)))
                .AddNumeric("lnva_pre", firms.Select(f => Value(LnVa, f, pre)))
                .AddNumeric("lnemp_pre", firms.Select(f => Value(LnEmp, f, pre)))
                .AddNumeric("age_pre", firms.Select(f => Value(Age, f, pre)))
                .AddCategorical("division", firms.Select(f => (10 + Division[f]).ToString(CultureInfo.InvariantCulture)));
        }

        public DidPanelData DidData()
        {
            var rows = FirmCount * YearCount;
            var ids = new long[rows];
            var periods = new int[rows];
            var first = new int[rows];
            var x = new double[rows * 2];
            for (var r = 0; r < rows; r++)
            {
                var f = r / YearCount;
                ids[r] = 100_000_000L + f;
                periods[r] = First + (r % YearCount);
                first[r] = Cohort[f];
                x[2 * r] = LnEmp[r];
                x[(2 * r) + 1] = Age[r];
            }

            return new DidPanelData(ids, periods, first, LnVa, Matrix.FromRowMajor(rows, 2, x), ["lnemp", "age"]);
        }

        private static double Normal(Random random) =>
            Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }
}
