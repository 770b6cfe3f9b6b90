using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion;

namespace ImpactAnalytics.Bench;

/// <summary>
/// Ingests a generated NBB long-form accounts file (default 100,000 firms × 10 years, about 8.7 million rows) as
/// plain CSV and as gzip, and prints rows per second, the time, allocations and the peak working set.
/// Usage: <c>ingest [firms] [years]</c>.
/// </summary>
public static class IngestBench
{
    private static readonly string[] FullCodes = ["70", "60", "61", "62", "630", "9901", "9904", "20/58", "22/27", "1003"];
    private static readonly string[] SmallCodes = ["9900", "62", "630", "9901", "9904", "20/58", "22/27", "9087"];

    public static int Run(string[] args)
    {
        var firms = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var years = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var folder = Path.Combine(Path.GetTempPath(), "impact-ingest-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
            var rows = Generate(folder, firms, years);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {firms:N0} firms x {years} years = {rows:N0} account rows"));

            // Warm-up on a small file so the figures measure steady-state code, not the JIT.
            Generate(Path.Combine(folder, "warm"), 1_000, 2);
            Measure("warm-up", Path.Combine(folder, "warm"), "accounts.csv", quiet: true);
            Measure("plain csv", folder, "accounts.csv", quiet: false);
            Measure("gzip", folder, "accounts.csv.gz", quiet: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set (process): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(string label, string folder, string accounts, bool quiet)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Ingest.Run(
            new InputFiles
            {
                Accounts = Path.Combine(folder, accounts),
                Register = Path.Combine(folder, "register.csv"),
                Memberships = Path.Combine(folder, "memberships.csv"),
                NaceFolder = folder,
            },
            new IngestOptions());
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var file = result.Files.Single(f => f.File == accounts);
        if (result.HasErrors || file.RowsQuarantined != 0)
        {
            throw new InvalidOperationException($"the generated input should ingest cleanly: {result.Issues[0].Message}");
        }

        if (quiet)
        {
            return;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(Path.Combine(folder, accounts)).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-10} {file.RowsRead:N0} rows ({bytes / (1024.0 * 1024.0):N0} MiB) in {seconds:N2} s wall = {file.RowsRead / seconds / 1e6:N2} M rows/s " +
            $"(CPU {cpuSeconds:N2} s = {file.RowsRead / cpuSeconds / 1e6:N2} M rows/CPU-s); " +
            $"{result.Panel.RowCount:N0} firm-years; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0):N0} MiB"));
    }

    /// <summary>Writes register.csv, memberships.csv, accounts.csv and accounts.csv.gz; returns the account rows.</summary>
    private static long Generate(string folder, int firms, int years)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20240501);
        var utf8 = new UTF8Encoding(false);
        using var register = new StreamWriter(Path.Combine(folder, "register.csv"), false, utf8, 1 << 16) { NewLine = "\n" };
        using var members = new StreamWriter(Path.Combine(folder, "memberships.csv"), false, utf8, 1 << 16) { NewLine = "\n" };
        using var plain = new StreamWriter(Path.Combine(folder, "accounts.csv"), false, utf8, 1 << 20) { NewLine = "\n" };
        using var gzip = new StreamWriter(
            new GZipStream(File.Create(Path.Combine(folder, "accounts.csv.gz")), CompressionLevel.Fastest), utf8, 1 << 20) { NewLine = "\n" };
        register.Write("enterprise_number,name,nace,nace_version,region,founded\n");
        members.Write("enterprise_number,cluster,start_year,end_year\n");
        const string header = "enterprise_number,year,scheme,code,value\n";
        plain.Write(header);
        gzip.Write(header);
        long rows = 0;
        var line = new StringBuilder(64);
        for (var f = 0; f < firms; f++)
        {
            var id = EnterpriseNumber.FromBody(1_000_000 + f).ToString();
            register.Write(string.Create(CultureInfo.InvariantCulture, $"{id},Firm {f},{10110 + (f % 80 * 100)},NACE-BEL 2008,Antwerpen,{1950 + (f % 70)}\n"));
            if (f % 20 == 0)
            {
                members.Write(string.Create(CultureInfo.InvariantCulture, $"{id},Catalisti,{2017 + (f % 5)},\n"));
            }

            var full = f % 3 == 0;
            var scheme = full ? "VOL" : f % 3 == 1 ? "VKT" : "MIC";
            var size = Math.Exp(random.NextDouble() * 6);
            for (var y = 0; y < years; y++)
            {
                foreach (var code in full ? FullCodes : SmallCodes)
                {
                    line.Clear();
                    line.Append(id).Append(',').Append(2014 + y).Append(',').Append(scheme).Append(',').Append(code).Append(',');
                    if (code is "1003" or "9087")
                    {
                        line.Append(size.ToString("0.0", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        line.Append(((long)(size * 60_000 * (0.5 + random.NextDouble()))).ToString(CultureInfo.InvariantCulture));
                    }

                    line.Append('\n');
                    plain.Write(line);
                    gzip.Write(line);
                    rows++;
                }
            }
        }

        return rows;
    }
}
