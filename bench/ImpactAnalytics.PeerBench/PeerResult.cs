using System.Globalization;

namespace ImpactAnalytics.PeerBench;

/// <summary>
/// What both engines compute, in a form the parent compares: class-level benchmark cells (NACE Rev. 2 class without
/// dots, year, n, median LP, ΣVA/ΣFTE) and member deltas (enterprise number, year, benchmark median, LP − median),
/// each sorted by its key. Written by a child as CSV with round-trip doubles.
/// </summary>
internal sealed record PeerResult(IReadOnlyList<PeerCell> Cells, IReadOnlyList<PeerDelta> Deltas)
{
    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var c in Cells.OrderBy(c => c.Class, StringComparer.Ordinal).ThenBy(c => c.Year))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C,{c.Class},{c.Year},{c.N},{c.Median:R},{c.Ratio:R}"));
        }

        foreach (var d in Deltas.OrderBy(d => d.Firm).ThenBy(d => d.Year))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"D,{d.Firm},{d.Year},{d.Benchmark:R},{d.DeltaAbs:R}"));
        }
    }

    public static PeerResult Read(string path)
    {
        var cells = new List<PeerCell>();
        var deltas = new List<PeerDelta>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(',');
            if (f[0] == "C")
            {
                cells.Add(new PeerCell(f[1], Int(f[2]), Int(f[3]), Double(f[4]), Double(f[5])));
            }
            else
            {
                deltas.Add(new PeerDelta(long.Parse(f[1], CultureInfo.InvariantCulture), Int(f[2]), Double(f[3]), Double(f[4])));
            }
        }

        return new PeerResult(cells, deltas);
    }

    /// <summary>The first disagreement beyond <paramref name="tolerance"/> (relative), or <c>null</c> when they agree.</summary>
    public static string? Compare(PeerResult a, PeerResult b, double tolerance)
    {
        if (a.Cells.Count != b.Cells.Count || a.Deltas.Count != b.Deltas.Count)
        {
            return $"sizes differ: {a.Cells.Count} vs {b.Cells.Count} cells, {a.Deltas.Count} vs {b.Deltas.Count} member deltas";
        }

        for (var i = 0; i < a.Cells.Count; i++)
        {
            var (x, y) = (a.Cells[i], b.Cells[i]);
            if (x.Class != y.Class || x.Year != y.Year || x.N != y.N || !Close(x.Median, y.Median, x.Median, tolerance) || !Close(x.Ratio, y.Ratio, x.Ratio, tolerance))
            {
                return $"cell {i}: {x} vs {y}";
            }
        }

        for (var i = 0; i < a.Deltas.Count; i++)
        {
            var (x, y) = (a.Deltas[i], b.Deltas[i]);
            // LP − B cancels when LP is close to B, so its error is judged against the size of B.
            if (x.Firm != y.Firm || x.Year != y.Year || !Close(x.Benchmark, y.Benchmark, x.Benchmark, tolerance) || !Close(x.DeltaAbs, y.DeltaAbs, x.Benchmark, tolerance))
            {
                return $"member delta {i}: {x} vs {y}";
            }
        }

        return null;
    }

    private static bool Close(double x, double y, double scale, double tolerance) =>
        Math.Abs(x - y) <= tolerance * Math.Max(1.0, Math.Max(Math.Abs(scale), Math.Max(Math.Abs(x), Math.Abs(y))));

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

/// <summary>A class-level benchmark cell.</summary>
internal sealed record PeerCell(string Class, int Year, int N, double Median, double Ratio);

/// <summary>A member firm-year against its class median.</summary>
internal sealed record PeerDelta(long Firm, int Year, double Benchmark, double DeltaAbs);
