using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Times <see cref="ClusterImpact.Run"/> on a generated population (default 100,000 firms × 10 years): DiD alone (three
/// outcomes, analytic SEs), PSM alone (three outcomes), and both with the default 2,000-replicate multiplier bootstrap.
/// Reports the peak working set and prints the headline estimates beside the planted effect.
/// Arguments: [firms = 100000].
/// </summary>
public static class ImpactBench
{
    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var firms = args.Length > 0 ? int.Parse(args[0], inv) : 100_000;
        var build = Stopwatch.StartNew();
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(firms, 2014, 2023, 20240501));
        var panel = population.Panel;
        var measures = MeasureCalculator.Compute(panel, new MeasureSettings());
        build.Stop();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(inv, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        Console.WriteLine(string.Create(inv, $"input: {panel.FirmCount:N0} firms, {panel.RowCount:N0} firm-years, {panel.Memberships.Length:N0} spells (generated and measured in {build.Elapsed.TotalSeconds:F1} s)"));

        var noBootstrap = new BootstrapSettings { Replicates = 0 };
        var did = Time(() => ClusterImpact.Run(panel, measures, new ClusterImpactSettings { Psm = new ImpactPsmSettings { Enabled = false }, Bootstrap = noBootstrap }));
        Console.WriteLine(string.Create(inv, $"DiD (3 outcomes, analytic SE): {did.Seconds:F1} s"));
        var psm = Time(() => ClusterImpact.Run(panel, measures, new ClusterImpactSettings { Did = new ImpactDidSettings { Enabled = false } }));
        Console.WriteLine(string.Create(inv, $"PSM (3 outcomes): {psm.Seconds:F1} s"));
        var both = Time(() => ClusterImpact.Run(panel, measures, new ClusterImpactSettings()));
        process.Refresh();
        Console.WriteLine(string.Create(inv, $"DiD + PSM, 2,000 bootstrap replicates: {both.Seconds:F1} s"));
        Console.WriteLine(string.Create(inv, $"peak working set: {peakBefore / 1048576.0:F0} MiB before, {process.PeakWorkingSet64 / 1048576.0:F0} MiB after"));

        var r = both.Result;
        Console.WriteLine(string.Create(inv, $"treated {r.Counts.Treated:N0}, already members {r.Counts.AlreadyMembers:N0}, pool {r.Counts.ComparisonPool:N0}; planted ln effect {population.Truth.LogEffect:F4}"));
        foreach (var s in r.DidSamples)
        {
            var simple = r.Did.First(d => d.Outcome == s.Outcome && d.Estimand == DidEstimand.Simple);
            Console.WriteLine(string.Create(inv, $"DiD {s.Outcome}: {simple.Estimate:F4} ({simple.CiLow:F4}, {simple.CiHigh:F4}); {s.TreatedFirms:N0} treated, {s.ComparisonFirms:N0} controls, pre-test p {s.PretestP:F3}"));
        }

        foreach (var p in r.PsmEstimates)
        {
            Console.WriteLine(string.Create(inv, $"PSM {p.Outcome} {p.Method.Name()}: {p.Estimate:F4} ({p.CiLow:F4}, {p.CiHigh:F4}); {p.NTreatedMatched:N0} matched, {p.NTreatedUnmatched:N0} unmatched"));
        }

        foreach (var n in r.Notes)
        {
            Console.WriteLine($"note: {n.Message}");
        }

        return 0;
    }

    private static (double Seconds, ClusterImpactResult Result) Time(Func<ClusterImpactResult> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        return (clock.Elapsed.TotalSeconds, result);
    }
}
