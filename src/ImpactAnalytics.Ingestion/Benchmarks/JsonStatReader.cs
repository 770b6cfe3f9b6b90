using System.Globalization;
using System.Text.Json;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// Reads a Eurostat JSON-stat 2.0 dataset. <c>value</c> (object or array) is keyed by the row-major flat index over
/// <c>id</c> (the last dimension varies fastest); <c>status</c> holds flags: <c>c</c> confidential → value missing and
/// flagged, <c>b</c> break in series → value kept and flagged. Dimensions: a NACE one (<c>nace_r2</c>), an indicator
/// (<c>indic_sb</c>, <c>indic_sbs</c>, <c>na_item</c>), <c>geo</c>, <c>time</c>, optional <c>unit</c>; any other must
/// have one category (e.g. <c>freq</c>). Issues name the JSON location in the column, with line 0.
/// </summary>
public static class JsonStatReader
{
    /// <summary>Reads a file; <paramref name="rev2"/>, when given, also rejects codes the classification lacks.</summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null)
    {
        var rows = new BenchmarkRows(path, rev2);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            Read(document.RootElement, rows);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            rows.Issue(0, string.Empty, ExternalBenchmarkIssueCodes.FileInvalid, $"expected a readable JSON-stat file; {e.Message}", Severity.Error);
        }

        return rows.Result();
    }

    private static void Read(JsonElement root, BenchmarkRows rows)
    {
        if (JsonStatCube.Create(root, rows) is not { } cube)
        {
            return;
        }

        foreach (var index in cube.ObservationIndices())
        {
            var column = string.Create(CultureInfo.InvariantCulture, $"value[{index}]");
            var at = cube.Coordinates(index);
            var flags = cube.Status(index);
            var raw = cube.Value(index);
            double? value = null;
            if (raw is { ValueKind: JsonValueKind.Number } number && number.TryGetDouble(out var d))
            {
                value = flags.Contains('c', StringComparison.Ordinal) ? null : d;
            }
            else if (raw is { ValueKind: not JsonValueKind.Null } other)
            {
                rows.Issue(0, column, ExternalBenchmarkIssueCodes.ValueNotNumeric, $"expected a number or null; found {other.GetRawText()}", Severity.Error);
                continue;
            }
            else if (!flags.Contains('c', StringComparison.Ordinal))
            {
                rows.Issue(0, column, ExternalBenchmarkIssueCodes.ValueMissing, "no value and no confidentiality flag; kept without a value", Severity.Info);
            }

            if (rows.Year(cube.Code(cube.Time, at), 0, column) is not { } year)
            {
                continue;
            }

            var naceText = cube.Code(cube.Nace, at);
            rows.Accepted.Add(new ExternalBenchmark(
                cube.Source,
                naceText,
                rows.Nace(naceText, 0, column),
                cube.Code(cube.Geo, at),
                year,
                cube.Code(cube.Indicator, at),
                value,
                cube.Unit(at),
                flags));
        }
    }
}
