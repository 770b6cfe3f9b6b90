using System.Diagnostics;
using System.Globalization;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.PeerBench;

/// <summary>
/// The DuckDB peer benchmark. Without <c>engine=</c> it is the parent: for each size it generates the sample if
/// missing (<c>impact sample</c>'s generator, 2009–2023, seed 20240501), runs each engine in a child process of its
/// own (so each peak resident set belongs to one engine), checks that the numbers agree and prints the table.
/// Usage: <c>dotnet run -c Release --project bench/ImpactAnalytics.PeerBench -- [folder=out/peerbench]
/// [sizes=10000,100000,500000] [repeat=1]</c>.
/// </summary>
public static class Program
{
    private const double Tolerance = 1e-9;

    public static int Main(string[] args)
    {
        var options = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return options.TryGetValue("engine", out var engine) ? Child(engine, options["folder"], options["out"]) : Parent(options);
    }

    private static int Child(string engine, string folder, string output)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = engine switch
        {
            "duckdb" => DuckDbEngine.Run(folder),
            "impact" => ImpactEngine.Run(folder),
            _ => throw new ArgumentException($"unknown engine '{engine}'", nameof(engine)),
        };
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = Machine.PeakResidentMiB();
        result.Write(output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {seconds:R} {cpuSeconds:R} {peak:R} {Machine.LoadAverage()}"));
        return 0;
    }

    private static int Parent(Dictionary<string, string> options)
    {
        var folder = Path.GetFullPath(options.GetValueOrDefault("folder", Path.Combine("out", "peerbench")));
        var sizes = options.GetValueOrDefault("sizes", "10000,100000,500000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var repeat = int.Parse(options.GetValueOrDefault("repeat", "1"), CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "machine: " + Machine.Describe(),
            string.Create(CultureInfo.InvariantCulture, $"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; each engine in a child process; best of {repeat}; tolerance {Tolerance:G} relative"),
            string.Empty,
            "| firms | firm-years | rows | accounts.csv.gz | DuckDB s (CPU s) | ImpactAnalytics s (CPU s) | DuckDB / IA | DuckDB peak | IA peak | numbers | load avg (DuckDB, IA) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
        };
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        var failed = false;
        foreach (var firms in sizes)
        {
            var data = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"firms-{firms}"));
            if (!File.Exists(Path.Combine(data, SampleWriter.AccountsFile)))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {firms:N0} firms x 2009-2023 into {data} ..."));
                SampleWriter.Write(new PopulationSettings(firms, 2009, 2023, 20240501), data);
            }

            // The engines take turns (DuckDB, ImpactAnalytics, DuckDB, ...) so that on a shared machine a burst of
            // load from elsewhere falls on both rather than on one engine's repeats.
            var duckRuns = new List<Run>();
            var impactRuns = new List<Run>();
            for (var i = 0; i < repeat; i++)
            {
                duckRuns.Add(Spawn("duckdb", data));
                impactRuns.Add(Spawn("impact", data));
            }

            var duck = Best(duckRuns);
            var impact = Best(impactRuns);
            var disagreement = PeerResult.Compare(PeerResult.Read(duck.Output), PeerResult.Read(impact.Output), Tolerance);
            failed |= disagreement is not null;
            var result = PeerResult.Read(impact.Output);
            var gz = new FileInfo(Path.Combine(data, SampleWriter.AccountsFile)).Length / 1e6;
            var truth = File.ReadAllText(Path.Combine(data, SampleWriter.TruthFile));
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {firms:N0} | {FirmYears(truth):N0} | {CountRows(data):N0} | {gz:F0} MB | {duck.Seconds:F2} ({duck.Cpu:F1}) | {impact.Seconds:F2} ({impact.Cpu:F1}) | {duck.Seconds / impact.Seconds:F2} | {duck.PeakMiB:F0} MiB | {impact.PeakMiB:F0} MiB | {(disagreement is null ? $"agree ({result.Cells.Count:N0} cells, {result.Deltas.Count:N0} deltas)" : "DIFFER")} | {duck.Load}, {impact.Load} |");
            Console.WriteLine(row);
            lines.Add(row);
            if (disagreement is not null)
            {
                Console.Error.WriteLine($"{firms} firms: the engines disagree: {disagreement}");
            }
        }

        File.WriteAllLines(Path.Combine(folder, "peerbench.md"), lines);
        return failed ? 1 : 0;
    }

    private static Run Best(IEnumerable<Run> runs) => runs.ToArray().MinBy(r => r.Seconds)!;

    private static Run Spawn(string engine, string data)
    {
        var output = Path.Combine(data, $"result-{engine}.csv");
        var start = new ProcessStartInfo(Environment.ProcessPath!, [typeof(Program).Assembly.Location, "engine=" + engine, "folder=" + data, "out=" + output])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the {engine} child failed (exit {process.ExitCode}): {stdout}");
        var f = line.Split(' ');
        return new Run(Double(f[1]), Double(f[2]), Double(f[3]), f[4], output);
    }

    private static long FirmYears(string truthJson)
    {
        using var json = System.Text.Json.JsonDocument.Parse(truthJson);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.NameEquals("firm_years"))
            {
                return property.Value.GetInt64();
            }
        }

        return -1;
    }

    private static long CountRows(string data)
    {
        using var file = File.OpenRead(Path.Combine(data, SampleWriter.AccountsFile));
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int n;
        while ((n = gzip.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
        }

        return lines - 1;
    }

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private sealed record Run(double Seconds, double Cpu, double PeakMiB, string Load, string Output);
}
