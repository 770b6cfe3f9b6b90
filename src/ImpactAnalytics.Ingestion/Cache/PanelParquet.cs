using System.Text.Json;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using Parquet;
using Parquet.Schema;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// Writes the tables of a cache entry as Parquet files (<see cref="PanelParquetReader"/> reads them): firms (each
/// name's length; the names themselves are one text in pieces of a few thousand chars, written and read as such
/// instead of half a million small strings, each encoded, compared for statistics and compressed on its own), firm-year
/// rows (firm, year, scheme, months and the presence bits), their rubric values (one double column holding only the
/// present values: see <see cref="PresentValues"/>), memberships, issues and quarantine. Rows are written in row
/// groups of <see cref="RowGroupSize"/> rows, and for row group g the values file holds one row group per rubric that
/// occurs (in rubric order: group g × rubrics + i for the i-th), each a page of at most 2 MB (as format 3's dense
/// columns), so neither writer nor reader buffers more than that per column. Neither side holds a
/// second copy of the panel, and the reader can decode the groups on all cores.
/// </summary>
/// <remarks>
/// Parquet.Net ties a field object to the schema it was built into, so every write builds its fields afresh (the
/// properties below make a new one each time) and every read takes them from the file's own schema, by name.
/// </remarks>
internal static class PanelParquet
{
    public const string Firms = "firms.parquet";
    public const string NamesFile = "names.parquet";
    public const string NaceFile = "nace.parquet";
    public const string RegionFile = "regions.parquet";
    public const string Rows = "rows.parquet";
    public const string Values = "values.parquet";
    public const string Memberships = "memberships.parquet";
    public const string Issues = "issues.parquet";
    public const string Quarantine = "quarantine.parquet";
    public const int RowGroupSize = 1 << 18;
    private const int NamePiece = 4096;

    // The firms and the firm-year rows and values are stored uncompressed: about three times the bytes of Snappy, but Parquet.Net
    // reads a plain page with one copy instead of buffering, copying and decompressing it, which made reading the rows
    // several times slower than the disk. Storing only the present values (about 10 of 18 rubrics a firm-year) keeps
    // the bytes down instead.
    private static readonly ParquetOptions Uncompressed = new() { CompressionMethod = CompressionMethod.None };

    public static DataField<long> FirmId => new("id", false);
    public static DataField<int> FirmNameLength => new("name_length", false);
    public static DataField<string> NamesText => new("names", false);
    public static DataField<int> FirmNace => new("nace", false);
    public static DataField<int> FirmRegion => new("region", false);
    public static DataField<string> NaceTableCode => new("code", false);
    public static DataField<int> NaceTableVersion => new("version", false);
    public static DataField<string> RegionTableName => new("region", false);
    public static DataField<int?> FirmFounded => new("founded", true);
    public static DataField<int> RowFirm => new("firm", false);
    public static DataField<int> RowYear => new("year", false);
    public static DataField<int> RowScheme => new("scheme", false);
    public static DataField<int> RowMonths => new("months", false);
    public static DataField<int> RowPresent => new("present", false);
    public static DataField<double> PresentValue => new("value", false);
    public static DataField<long> SpellFirm => new("firm", false);
    public static DataField<string> SpellCluster => new("cluster", false);
    public static DataField<int> SpellStart => new("start_year", false);
    public static DataField<int?> SpellEnd => new("end_year", true);
    public static DataField<string> TextFile => new("file", false);
    public static DataField<long> TextLine => new("line", false);
    public static DataField<string> TextColumn => new("column", false);
    public static DataField<string> TextCode => new("code", false);
    public static DataField<string> TextMessage => new("message", false);
    public static DataField<int> TextSeverity => new("severity", false);
    public static DataField<string> TextFields => new("fields", false);

    public static async Task WriteAsync(string folder, IngestionResult result, int rowGroupSize = RowGroupSize)
    {
        var panel = result.Panel;
        var (id, nameLength, nace, region, founded) = (FirmId, FirmNameLength, FirmNace, FirmRegion, FirmFounded);
        await WriteTableAsync(Path.Combine(folder, Firms), new ParquetSchema(id, nameLength, nace, region, founded), async group =>
        {
            await group.WriteAsync<long>(id, panel.FirmIds.Select(f => f.Value).ToArray().AsMemory());
            await group.WriteAsync<int>(nameLength, panel.FirmNames.Select(n => n.Length).ToArray().AsMemory());
            await group.WriteAsync<int>(nace, panel.FirmNace.AsMemory());
            await group.WriteAsync<int>(region, panel.FirmRegion.AsMemory());
            await group.WriteAsync<int>(founded, (ReadOnlyMemory<int?>)panel.FirmFounded.AsMemory());
        }, Uncompressed);
        var names = NamesText;
        await WriteTableAsync(Path.Combine(folder, NamesFile), new ParquetSchema(names), async group =>
            await group.WriteAsync(names, Pieces(string.Concat(panel.FirmNames))), Uncompressed);
        var (naceCode, naceVersion) = (NaceTableCode, NaceTableVersion);
        await WriteTableAsync(Path.Combine(folder, NaceFile), new ParquetSchema(naceCode, naceVersion), async group =>
        {
            await group.WriteAsync(naceCode, panel.NaceTable.Select(c => c.Code).ToArray());
            await group.WriteAsync<int>(naceVersion, panel.NaceTable.Select(c => (int)c.Version).ToArray().AsMemory());
        });
        var regionName = RegionTableName;
        await WriteTableAsync(Path.Combine(folder, RegionFile), new ParquetSchema(regionName), async group =>
            await group.WriteAsync(regionName, panel.RegionTable));
        await WriteRowsAsync(folder, panel, rowGroupSize);
        var spells = panel.Memberships;
        var (firm, cluster, start, end) = (SpellFirm, SpellCluster, SpellStart, SpellEnd);
        await WriteTableAsync(Path.Combine(folder, Memberships), new ParquetSchema(firm, cluster, start, end), async group =>
        {
            await group.WriteAsync<long>(firm, spells.Select(s => s.Firm.Value).ToArray().AsMemory());
            await group.WriteAsync(cluster, spells.Select(s => s.Cluster).ToArray());
            await group.WriteAsync<int>(start, spells.Select(s => s.StartYear).ToArray().AsMemory());
            await group.WriteAsync<int>(end, (ReadOnlyMemory<int?>)spells.Select(s => s.EndYear).ToArray().AsMemory());
        });
        var issues = result.Issues;
        var (file, line, column, code, message, severity) = (TextFile, TextLine, TextColumn, TextCode, TextMessage, TextSeverity);
        await WriteTableAsync(Path.Combine(folder, Issues), new ParquetSchema(file, line, column, code, message, severity), async group =>
        {
            await group.WriteAsync(file, issues.Select(i => i.File).ToArray());
            await group.WriteAsync<long>(line, issues.Select(i => i.Line).ToArray().AsMemory());
            await group.WriteAsync(column, issues.Select(i => i.Column).ToArray());
            await group.WriteAsync(code, issues.Select(i => i.Code).ToArray());
            await group.WriteAsync(message, issues.Select(i => i.Message).ToArray());
            await group.WriteAsync<int>(severity, issues.Select(i => (int)i.Severity).ToArray().AsMemory());
        });
        var rows = result.Quarantine;
        (file, line, code, message) = (TextFile, TextLine, TextCode, TextMessage);
        var fields = TextFields;
        await WriteTableAsync(Path.Combine(folder, Quarantine), new ParquetSchema(file, line, code, message, fields), async group =>
        {
            await group.WriteAsync(file, rows.Select(q => q.File).ToArray());
            await group.WriteAsync<long>(line, rows.Select(q => q.Line).ToArray().AsMemory());
            await group.WriteAsync(code, rows.Select(q => q.Code).ToArray());
            await group.WriteAsync(message, rows.Select(q => q.Message).ToArray());
            await group.WriteAsync(fields, rows.Select(q => JsonSerializer.Serialize(q.Fields)).ToArray());
        });
    }

    private static async Task WriteRowsAsync(string folder, FirmPanel panel, int rowGroupSize)
    {
        var rubrics = Enumerable.Range(0, RubricCodes.Count).Where(r => panel.Column((Rubric)r) is not null).ToArray();
        var (firm, year, scheme, months, present, value) = (RowFirm, RowYear, RowScheme, RowMonths, RowPresent, PresentValue);
        await using var rowStream = File.Create(Path.Combine(folder, Rows));
        await using var rowWriter = await ParquetWriter.CreateAsync(new ParquetSchema(firm, year, scheme, months, present), rowStream, Uncompressed);
        await using var valueStream = File.Create(Path.Combine(folder, Values));
        await using var valueWriter = await ParquetWriter.CreateAsync(new ParquetSchema(value), valueStream, Uncompressed);
        var buffer = new int[Math.Min(rowGroupSize, panel.RowCount)];
        var packed = new double[buffer.Length + 1];
        for (var from = 0; from < panel.RowCount || from == 0; from += rowGroupSize)
        {
            var n = Math.Min(rowGroupSize, panel.RowCount - from);
            using (var group = rowWriter.CreateRowGroup())
            {
                await group.WriteAsync<int>(firm, panel.RowFirm.AsMemory(from, n));
                await group.WriteAsync<int>(year, panel.RowYear.AsMemory(from, n));
                await group.WriteAsync<int>(scheme, Widen(panel.RowScheme.AsSpan(from, n), buffer, s => (int)s));
                await group.WriteAsync<int>(months, Widen(panel.RowMonths.AsSpan(from, n), buffer, m => m));
                await group.WriteAsync<int>(present, Widen(panel.RowPresent.AsSpan(from, n), buffer, p => unchecked((int)p)));
            }

            foreach (var rubric in rubrics)
            {
                var count = PresentValues.Gather(panel.Column((Rubric)rubric)!, rubric, panel.RowPresent.AsSpan(from, n), from, packed);
                using var group = valueWriter.CreateRowGroup();
                await group.WriteAsync<double>(value, packed.AsMemory(0, count));
            }

            if (n == 0)
            {
                break;
            }
        }
    }

    // The names' text in pieces of at most NamePiece chars, never cut inside a surrogate pair (a lone surrogate
    // would not survive UTF-8): Parquet.Net stores a column's smallest and largest value in its statistics, so one
    // value of all names would be stored several times over.
    private static string[] Pieces(string text)
    {
        var pieces = new List<string>();
        for (var at = 0; at < text.Length || at == 0;)
        {
            var length = Math.Min(NamePiece, text.Length - at);
            if (length > 1 && at + length < text.Length && char.IsHighSurrogate(text[at + length - 1]))
            {
                length--;
            }

            pieces.Add(text.Substring(at, length));
            at += length;
            if (length == 0)
            {
                break;
            }
        }

        return [.. pieces];
    }

    private static ReadOnlyMemory<int> Widen<T>(ReadOnlySpan<T> source, int[] buffer, Func<T, int> widen)
    {
        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = widen(source[i]);
        }

        return buffer.AsMemory(0, source.Length);
    }

    private static async Task WriteTableAsync(string path, ParquetSchema schema, Func<ParquetRowGroupWriter, Task> write, ParquetOptions? options = null)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options);
        using var group = writer.CreateRowGroup();
        await write(group);
    }
}
