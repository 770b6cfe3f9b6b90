using System.Text.Json;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using Parquet;
using Parquet.Schema;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// Writes and reads the tables of a cache entry as Parquet files: firms, firm-year rows (one double column per
/// rubric that occurs; absent values are 0 and masked by the presence bits), memberships, issues and quarantine.
/// Rows are written in row groups of <see cref="RowGroupSize"/> so neither side holds a second copy of the panel.
/// </summary>
/// <remarks>
/// Parquet.Net ties a field object to the schema it was built into, so every write builds its fields afresh (the
/// properties below make a new one each time) and every read takes them from the file's own schema, by name.
/// </remarks>
internal static class PanelParquet
{
    public const string Firms = "firms.parquet";
    public const string Rows = "rows.parquet";
    public const string Memberships = "memberships.parquet";
    public const string Issues = "issues.parquet";
    public const string Quarantine = "quarantine.parquet";
    private const int RowGroupSize = 1 << 18;

    private static DataField<long> FirmId => new("id", false);
    private static DataField<string> FirmName => new("name", false);
    private static DataField<string> FirmNace => new("nace", false);
    private static DataField<int> FirmNaceVersion => new("nace_version", false);
    private static DataField<string> FirmRegion => new("region", false);
    private static DataField<int?> FirmFounded => new("founded", true);
    private static DataField<int> RowFirm => new("firm", false);
    private static DataField<int> RowYear => new("year", false);
    private static DataField<int> RowScheme => new("scheme", false);
    private static DataField<int> RowMonths => new("months", false);
    private static DataField<int> RowPresent => new("present", false);
    private static DataField<long> SpellFirm => new("firm", false);
    private static DataField<string> SpellCluster => new("cluster", false);
    private static DataField<int> SpellStart => new("start_year", false);
    private static DataField<int?> SpellEnd => new("end_year", true);
    private static DataField<string> TextFile => new("file", false);
    private static DataField<long> TextLine => new("line", false);
    private static DataField<string> TextColumn => new("column", false);
    private static DataField<string> TextCode => new("code", false);
    private static DataField<string> TextMessage => new("message", false);
    private static DataField<int> TextSeverity => new("severity", false);
    private static DataField<string> TextFields => new("fields", false);

    public static async Task WriteAsync(string folder, IngestionResult result)
    {
        var panel = result.Panel;
        var (id, name, nace, version, region, founded) = (FirmId, FirmName, FirmNace, FirmNaceVersion, FirmRegion, FirmFounded);
        await WriteTableAsync(Path.Combine(folder, Firms), new ParquetSchema(id, name, nace, version, region, founded), async group =>
        {
            await group.WriteAsync<long>(id, panel.FirmIds.Select(f => f.Value).ToArray().AsMemory());
            await group.WriteAsync(name, panel.FirmNames);
            await group.WriteAsync(nace, panel.FirmNace.Select(i => panel.NaceTable[i].Code).ToArray());
            await group.WriteAsync<int>(version, panel.FirmNace.Select(i => (int)panel.NaceTable[i].Version).ToArray().AsMemory());
            await group.WriteAsync(region, panel.FirmRegion.Select(i => panel.RegionTable[i]).ToArray());
            await group.WriteAsync<int>(founded, (ReadOnlyMemory<int?>)panel.FirmFounded.AsMemory());
        });
        await WriteRowsAsync(Path.Combine(folder, Rows), panel);
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

    /// <summary>Reads an entry back into a result; throws (any exception) when a file is unreadable.</summary>
    public static async Task<IngestionResult> ReadAsync(string folder, CacheManifest manifest)
    {
        var builder = new FirmPanelBuilder();
        var firmIds = new List<EnterpriseNumber>(manifest.FirmCount);
        await ReadTableAsync(Path.Combine(folder, Firms), async group =>
        {
            var n = (int)group.RowCount;
            var ids = await ReadAsync(group, FirmId, n);
            var names = await ReadTextAsync(group, FirmName, n);
            var nace = await ReadTextAsync(group, FirmNace, n);
            var versions = await ReadAsync(group, FirmNaceVersion, n);
            var regions = await ReadTextAsync(group, FirmRegion, n);
            var founded = await ReadNullableAsync(group, FirmFounded, n);
            for (var i = 0; i < n; i++)
            {
                var id = EnterpriseNumber.FromValue(ids[i]).Value;
                builder.AddFirm(id, names[i], NaceCode.ParseExact(nace[i], (NaceVersion)versions[i]), regions[i], founded[i]);
                firmIds.Add(id);
            }
        });
        await ReadRowsAsync(Path.Combine(folder, Rows), manifest, builder);
        await ReadTableAsync(Path.Combine(folder, Memberships), async group =>
        {
            var n = (int)group.RowCount;
            var firms = await ReadAsync(group, SpellFirm, n);
            var clusters = await ReadTextAsync(group, SpellCluster, n);
            var starts = await ReadAsync(group, SpellStart, n);
            var ends = await ReadNullableAsync(group, SpellEnd, n);
            for (var i = 0; i < n; i++)
            {
                builder.AddMembership(MembershipSpell.Create(EnterpriseNumber.FromValue(firms[i]).Value, clusters[i], starts[i], ends[i]).Value);
            }
        });
        var issues = new List<DataIssue>();
        await ReadTableAsync(Path.Combine(folder, Issues), async group =>
        {
            var n = (int)group.RowCount;
            var files = await ReadTextAsync(group, TextFile, n);
            var lines = await ReadAsync(group, TextLine, n);
            var columns = await ReadTextAsync(group, TextColumn, n);
            var codes = await ReadTextAsync(group, TextCode, n);
            var messages = await ReadTextAsync(group, TextMessage, n);
            var severities = await ReadAsync(group, TextSeverity, n);
            for (var i = 0; i < n; i++)
            {
                issues.Add(new DataIssue(files[i], lines[i], columns[i], codes[i], messages[i], (Severity)severities[i]));
            }
        });
        var quarantine = new List<QuarantinedRow>();
        await ReadTableAsync(Path.Combine(folder, Quarantine), async group =>
        {
            var n = (int)group.RowCount;
            var files = await ReadTextAsync(group, TextFile, n);
            var lines = await ReadAsync(group, TextLine, n);
            var codes = await ReadTextAsync(group, TextCode, n);
            var messages = await ReadTextAsync(group, TextMessage, n);
            var fields = await ReadTextAsync(group, TextFields, n);
            for (var i = 0; i < n; i++)
            {
                var values = JsonSerializer.Deserialize<string[]>(fields[i]) ?? throw new InvalidDataException("quarantine fields are not a JSON array");
                quarantine.Add(new QuarantinedRow(files[i], lines[i], codes[i], messages[i], values));
            }
        });
        var panel = builder.Build();
        if (panel.FirmCount != manifest.FirmCount || panel.RowCount != manifest.RowCount)
        {
            throw new InvalidDataException("the cached panel's size differs from its manifest");
        }

        return new IngestionResult(panel, issues.ToArray(), manifest.Files.ToArray(), quarantine.ToArray());
    }

    private static DataField<double> RubricField(int rubric) => new("r" + ((Rubric)rubric).Code(), false);

    private static async Task WriteRowsAsync(string path, FirmPanel panel)
    {
        var rubrics = Enumerable.Range(0, RubricCodes.Count).Where(r => panel.Column((Rubric)r) is not null).ToArray();
        var (firm, year, scheme, months, present) = (RowFirm, RowYear, RowScheme, RowMonths, RowPresent);
        var values = rubrics.Select(RubricField).ToArray();
        var fields = new List<Field> { firm, year, scheme, months, present };
        fields.AddRange(values);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        var buffer = new int[Math.Min(RowGroupSize, panel.RowCount)];
        for (var from = 0; from < panel.RowCount || from == 0; from += RowGroupSize)
        {
            var n = Math.Min(RowGroupSize, panel.RowCount - from);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(firm, panel.RowFirm.AsMemory(from, n));
            await group.WriteAsync<int>(year, panel.RowYear.AsMemory(from, n));
            await group.WriteAsync<int>(scheme, Widen(panel.RowScheme.AsSpan(from, n), buffer, s => (int)s));
            await group.WriteAsync<int>(months, Widen(panel.RowMonths.AsSpan(from, n), buffer, m => m));
            await group.WriteAsync<int>(present, Widen(panel.RowPresent.AsSpan(from, n), buffer, p => unchecked((int)p)));
            for (var i = 0; i < rubrics.Length; i++)
            {
                await group.WriteAsync<double>(values[i], panel.Column((Rubric)rubrics[i])!.AsMemory(from, n));
            }

            if (n == 0)
            {
                break;
            }
        }
    }

    private static async Task ReadRowsAsync(string path, CacheManifest manifest, FirmPanelBuilder builder)
    {
        builder.EnsureRowCapacity(manifest.RowCount);
        var row = 0;
        var groups = 0;
        await ReadTableAsync(path, async group =>
        {
            var n = (int)group.RowCount;
            var firms = await ReadAsync(group, RowFirm, n);
            var years = await ReadAsync(group, RowYear, n);
            var schemes = await ReadAsync(group, RowScheme, n);
            var months = await ReadAsync(group, RowMonths, n);
            var present = await ReadAsync(group, RowPresent, n);
            for (var i = 0; i < n; i++)
            {
                builder.AddFirmYear(firms[i], years[i], (FilingScheme)schemes[i], months[i]);
            }

            var values = new double[n];
            foreach (var r in manifest.Rubrics)
            {
                await group.Reader.ReadAsync(group.Field(RubricField(r)), values.AsMemory());
                var bit = 1u << r;
                for (var i = 0; i < n; i++)
                {
                    if (((uint)present[i] & bit) != 0)
                    {
                        builder.SetValue(row + i, (Rubric)r, values[i]);
                    }
                }
            }

            row += n;
            if (++groups % 4 == 0)
            {
                // Parquet.Net's page buffers are large objects, collected only by a full collection; without one every
                // few row groups they pile up beside the panel being built.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            }
        });
    }

    private static ReadOnlyMemory<int> Widen<T>(ReadOnlySpan<T> source, int[] buffer, Func<T, int> widen)
    {
        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = widen(source[i]);
        }

        return buffer.AsMemory(0, source.Length);
    }

    private static async Task WriteTableAsync(string path, ParquetSchema schema, Func<ParquetRowGroupWriter, Task> write)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        await write(group);
    }

    private static async Task ReadTableAsync(string path, Func<RowGroup, Task> read)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            await read(new RowGroup(group, reader.Schema));
        }
    }

    private static async Task<T[]> ReadAsync<T>(RowGroup group, DataField<T> field, int n)
        where T : struct
    {
        var values = new T[n];
        await group.Reader.ReadAsync(group.Field(field), values.AsMemory());
        return values;
    }

    private static async Task<int?[]> ReadNullableAsync(RowGroup group, DataField<int?> field, int n)
    {
        var values = new int?[n];
        await group.Reader.ReadAsync(group.Field(field), values.AsMemory());
        return values;
    }

    private static async Task<string[]> ReadTextAsync(RowGroup group, DataField<string> field, int n)
    {
        var values = new string?[n];
        await group.Reader.ReadAsync(group.Field(field), values.AsMemory());
        return Array.ConvertAll(values, v => v ?? string.Empty);
    }

    /// <summary>A row group being read, with the file's schema to find its fields in.</summary>
    private readonly record struct RowGroup(ParquetRowGroupReader Reader, ParquetSchema Schema)
    {
        public long RowCount => Reader.RowCount;

        public DataField Field(DataField like) =>
            Schema.FindDataField(like.Name) ?? throw new InvalidDataException($"the cache file has no column '{like.Name}'");
    }
}
