using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Bench;

/// <summary>
/// The coverage study of the counterfactual issue: on generated populations with a planted effect (+3 % on value added
/// and so on labour productivity from the joining year on), how often does the DiD's 95 % interval of the ln LP effect
/// (simple aggregation, analytic standard error) cover ln 1.03, and how often does the descriptive premium's interval
/// of the same treated firms? And how often do the parallel-trends pre-tests reject at 5 % although parallel trends
/// hold by construction within divisions: the reported test of the event-study estimates of the last three years
/// before joining, and R did's test of every pre-joining ATT(g,t), which over-rejects with small late cohorts.
/// Prints one line per seed, the coverage rates with their binomial standard errors and the rejection rates.
/// Arguments: [seeds = 40] [firms = 5000] [first seed = 1] [effect = 0.03].
/// </summary>
public static class CoverageBench
{
    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var seeds = args.Length > 0 ? int.Parse(args[0], inv) : 40;
        var firms = args.Length > 1 ? int.Parse(args[1], inv) : 5000;
        var firstSeed = args.Length > 2 ? long.Parse(args[2], inv) : 1;
        var effect = args.Length > 3 ? double.Parse(args[3], inv) : 0.03;
        var truth = Math.Log(1 + effect);
        var settings = new ClusterImpactSettings
        {
            Psm = new ImpactPsmSettings { Enabled = false },
            Did = new ImpactDidSettings { Outcomes = [ImpactOutcome.LnLabourProductivity] },
            Bootstrap = new BootstrapSettings { Replicates = 0 },
        };
        var evaluation = new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 999 } };
        Console.WriteLine(string.Create(inv, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        Console.WriteLine(string.Create(inv, $"input: {seeds} seeds from {firstSeed}, {firms:N0} firms, 2014-2023, planted effect {effect:P1} (ln {truth:F4}); DiD {settings.Did.Method}, control {settings.Did.Control}, bootstrap off (analytic SE)"));
        Console.WriteLine("seed  treated  controls  did_ln_lp      se  ci_low  ci_high  covers  premium  ci_low  ci_high  covers  pretest_p (df)  cell_pretest_p (df)");
        int didCovers = 0, premiumCovers = 0, done = 0, pretestRejects = 0, cellRejects = 0;
        var estimates = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var s = 0; s < seeds; s++)
        {
            var seed = firstSeed + s;
            var panel = PopulationGenerator.BuildPanel(new PopulationSettings(firms, 2014, 2023, seed, effect)).Panel;
            var measures = MeasureCalculator.Compute(panel, new MeasureSettings());
            var impact = ClusterImpact.Run(panel, measures, settings);
            var premium = DescriptivePremium.Compute(panel, Evaluation.Run(panel, evaluation), settings);
            if (impact.Simple(ImpactOutcome.LnLabourProductivity) is not { } did)
            {
                Console.WriteLine(string.Create(inv, $"{seed,4}  not estimated: {string.Join("; ", impact.Notes.Select(n => n.Message))}"));
                continue;
            }

            done++;
            estimates.Add(did.Estimate);
            didCovers += did.Covers(truth) ? 1 : 0;
            premiumCovers += premium.Covers(truth) ? 1 : 0;
            var sample = impact.DidSamples[0];
            pretestRejects += sample.PretestP < 0.05 ? 1 : 0;
            cellRejects += sample.CellPretestP < 0.05 ? 1 : 0;
            Console.WriteLine(string.Create(
                inv,
                $"{seed,4}  {sample.TreatedFirms,7}  {sample.ComparisonFirms,8}  {did.Estimate,9:F4}  {did.Se,6:F4}  {did.CiLow,6:F4}  {did.CiHigh,7:F4}  {(did.Covers(truth) ? "yes" : "NO"),6}  {premium.MeanLogRatio,7:F4}  {premium.CiLow,6:F4}  {premium.CiHigh,7:F4}  {(premium.Covers(truth) ? "yes" : "no"),6}  {sample.PretestP,9:F3} ({sample.PretestDf,2})  {sample.CellPretestP,14:F3} ({sample.CellPretestDf,2})"));
        }

        clock.Stop();
        double Rate(int k) => done == 0 ? 0 : (double)k / done;
        double BinomialSe(int k) => done == 0 ? 0 : Math.Sqrt(Rate(k) * (1 - Rate(k)) / done);
        var mean = estimates.Count == 0 ? 0 : estimates.Average();
        var sd = estimates.Count < 2 ? 0 : Math.Sqrt(estimates.Sum(e => (e - mean) * (e - mean)) / (estimates.Count - 1));
        Console.WriteLine(string.Create(inv, $"DiD ln LP: coverage {didCovers}/{done} = {Rate(didCovers):P1} (binomial se {BinomialSe(didCovers):P1}); mean estimate {mean:F4} (truth {truth:F4}, bias {mean - truth:F4}), sd over seeds {sd:F4}"));
        Console.WriteLine(string.Create(inv, $"descriptive premium: coverage {premiumCovers}/{done} = {Rate(premiumCovers):P1}"));
        Console.WriteLine(string.Create(inv, $"pre-test (event study, last {settings.Did.PretestLeads} years) rejects at 5 %: {pretestRejects}/{done} = {Rate(pretestRejects):P1} (binomial se {BinomialSe(pretestRejects):P1}); all pre-joining ATT(g,t): {cellRejects}/{done} = {Rate(cellRejects):P1}"));
        Console.WriteLine(string.Create(inv, $"time: {clock.Elapsed.TotalSeconds:F1} s for {seeds} seeds"));
        return 0;
    }
}
