using System.Globalization;
using System.Text.Json;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>The dimensions, values and flags of one JSON-stat 2.0 dataset, addressed by row-major flat index.</summary>
internal sealed class JsonStatCube
{
    private readonly int[] _sizes;
    private readonly string[][] _codes;
    private readonly string[][] _labels;
    private readonly JsonElement _value;
    private readonly JsonElement _status;
    private readonly BenchmarkRows _rows;

    private JsonStatCube(JsonElement root, string[] ids, int[] sizes, string[][] codes, string[][] labels, BenchmarkRows rows)
    {
        _sizes = sizes;
        _codes = codes;
        _labels = labels;
        _rows = rows;
        _value = root.GetProperty("value");
        _status = root.TryGetProperty("status", out var status) ? status : default;
        Nace = Array.FindIndex(ids, i => i.StartsWith("nace", StringComparison.OrdinalIgnoreCase));
        Indicator = Array.FindIndex(ids, i => i is "indic_sb" or "indic_sbs" or "na_item" or "indic_bd");
        Geo = Array.IndexOf(ids, "geo");
        Time = Array.IndexOf(ids, "time");
        UnitDimension = Array.IndexOf(ids, "unit");
        var source = Text(root, "source");
        var dataset = root.TryGetProperty("extension", out var ext) ? Text(ext, "id") : string.Empty;
        Source = (source, dataset) switch
        {
            ("", "") => Path.GetFileName(rows.File),
            (_, "") => source,
            ("", _) => dataset,
            _ => $"{source}:{dataset}",
        };
    }

    public int Nace { get; }

    public int Indicator { get; }

    public int Geo { get; }

    public int Time { get; }

    public int UnitDimension { get; }

    public string Source { get; }

    private long Total => _sizes.Aggregate(1L, (a, b) => a * b);

    /// <summary>The cube, or <c>null</c> (with an error issue) when the document is not a usable JSON-stat dataset.</summary>
    public static JsonStatCube? Create(JsonElement root, BenchmarkRows rows)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("size", out var size) || size.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("dimension", out var dimension)
            || !root.TryGetProperty("value", out _)
            || id.GetArrayLength() != size.GetArrayLength())
        {
            rows.Issue(0, string.Empty, ExternalBenchmarkIssueCodes.FileInvalid, "expected a JSON-stat 2.0 dataset with id, size, dimension and value", Severity.Error);
            return null;
        }

        var ids = id.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();
        var sizes = size.EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var codes = new string[ids.Length][];
        var labels = new string[ids.Length][];
        for (var d = 0; d < ids.Length; d++)
        {
            if (!dimension.TryGetProperty(ids[d], out var dim) || !dim.TryGetProperty("category", out var category))
            {
                rows.Issue(0, $"dimension.{ids[d]}", ExternalBenchmarkIssueCodes.FileInvalid, $"expected a category for dimension '{ids[d]}'", Severity.Error);
                return null;
            }

            (codes[d], labels[d]) = Categories(category, sizes[d]);
        }

        var cube = new JsonStatCube(root, ids, sizes, codes, labels, rows);
        var missing = new[] { ("nace_r2", cube.Nace), ("indic_sb", cube.Indicator), ("geo", cube.Geo), ("time", cube.Time) }
            .Where(x => x.Item2 < 0).Select(x => x.Item1).ToArray();
        var extra = ids.Where((dimId, d) => sizes[d] > 1 && d != cube.Nace && d != cube.Indicator && d != cube.Geo && d != cube.Time && d != cube.UnitDimension).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            rows.Issue(0, "id", ExternalBenchmarkIssueCodes.ColumnMissing,
                $"expected dimensions nace_r2, indic_sb, geo, time (and unit, or others of one category); missing [{string.Join(", ", missing)}], unsupported [{string.Join(", ", extra)}]",
                Severity.Error);
            return null;
        }

        return cube;
    }

    /// <summary>Flat indices that carry a value or a status, ascending; malformed keys are reported and skipped.</summary>
    public IEnumerable<long> ObservationIndices()
    {
        var indices = new SortedSet<long>();
        Collect(_value, "value", indices);
        Collect(_status, "status", indices);
        return indices;
    }

    public int[] Coordinates(long index)
    {
        var at = new int[_sizes.Length];
        for (var d = _sizes.Length - 1; d >= 0; d--)
        {
            at[d] = (int)(index % _sizes[d]);
            index /= _sizes[d];
        }

        return at;
    }

    public string Code(int dimension, int[] at) => _codes[dimension][at[dimension]];

    public string Unit(int[] at)
    {
        if (UnitDimension >= 0)
        {
            return Code(UnitDimension, at);
        }

        // Eurostat's older SBS datasets name the unit in the indicator label: "Persons employed - number".
        var label = _labels[Indicator][at[Indicator]];
        var dash = label.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash < 0 ? string.Empty : label[(dash + 3)..].Trim();
    }

    public JsonElement? Value(long index) => Element(_value, index);

    /// <summary>The status flags of an observation: one string for all, an array, or an object keyed by index.</summary>
    public string Status(long index) => _status.ValueKind switch
    {
        JsonValueKind.String => _status.GetString() ?? string.Empty,
        _ => Element(_status, index) is { ValueKind: JsonValueKind.String } s ? s.GetString() ?? string.Empty : string.Empty,
    };

    private static JsonElement? Element(JsonElement container, long index) => container.ValueKind switch
    {
        JsonValueKind.Array when index < container.GetArrayLength() => container[(int)index],
        JsonValueKind.Object when container.TryGetProperty(index.ToString(CultureInfo.InvariantCulture), out var e) => e,
        _ => null,
    };

    private void Collect(JsonElement container, string name, SortedSet<long> indices)
    {
        if (container.ValueKind == JsonValueKind.Array)
        {
            var i = 0L;
            foreach (var e in container.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Null)
                {
                    indices.Add(i);
                }

                i++;
            }
        }
        else if (container.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in container.EnumerateObject())
            {
                if (long.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Total)
                {
                    indices.Add(i);
                }
                else
                {
                    _rows.Issue(0, $"{name}[{p.Name}]", ExternalBenchmarkIssueCodes.FileInvalid,
                        string.Create(CultureInfo.InvariantCulture, $"expected a flat index from 0 to {Total - 1}; found '{p.Name}'"), Severity.Error);
                }
            }
        }
    }

    private static (string[] Codes, string[] Labels) Categories(JsonElement category, int size)
    {
        var codes = new string[size];
        if (category.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var e in index.EnumerateArray().Take(size))
            {
                codes[i++] = e.GetString() ?? string.Empty;
            }
        }
        else if (category.TryGetProperty("index", out index) && index.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in index.EnumerateObject())
            {
                var i = p.Value.GetInt32();
                if (i >= 0 && i < size)
                {
                    codes[i] = p.Name;
                }
            }
        }
        else if (category.TryGetProperty("label", out var only))
        {
            // Without an index a dimension has one category: the label's only key.
            codes[0] = only.EnumerateObject().Select(p => p.Name).FirstOrDefault() ?? string.Empty;
        }

        var labels = new string[size];
        var hasLabels = category.TryGetProperty("label", out var labelObject) && labelObject.ValueKind == JsonValueKind.Object;
        for (var i = 0; i < size; i++)
        {
            codes[i] ??= string.Empty;
            labels[i] = hasLabels && labelObject.TryGetProperty(codes[i], out var l) ? l.GetString() ?? string.Empty : string.Empty;
        }

        return (codes, labels);
    }

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString() ?? string.Empty
            : string.Empty;
}
