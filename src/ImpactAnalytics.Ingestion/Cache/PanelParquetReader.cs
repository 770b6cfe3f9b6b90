using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using Parquet;
using Parquet.Schema;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// Reads a cache entry written by <see cref="PanelParquet"/> back into a result. The entry holds the panel in panel
/// order, so the columns are decoded straight into the panel's own arrays and handed to
/// <see cref="SortedPanelColumns"/>, which checks the order instead of sorting. The firm-year row groups are
/// decoded on every core, each worker with its own readers taking the next group of rows and its groups of packed
/// values, one per rubric (scattered into the rubric columns by the presence bits), while the firms and the small tables are
/// read beside them.
/// </summary>
internal static class PanelParquetReader
{
    /// <summary>Reads an entry; throws (any exception) when a file is unreadable or breaks the panel's rules.</summary>
    public static async Task<IngestionResult> ReadAsync(string folder, CacheManifest manifest)
    {
        var rowsTask = Task.Run(() => ReadRowsAsync(folder, manifest));
        var firmsTask = ReadFirmsAsync(folder, manifest.FirmCount);
        var spellsTask = Task.Run(() => ReadSpellsAsync(Path.Combine(folder, PanelParquet.Memberships)));
        var issuesTask = Task.Run(() => ReadIssuesAsync(Path.Combine(folder, PanelParquet.Issues)));
        var quarantineTask = Task.Run(() => ReadQuarantineAsync(Path.Combine(folder, PanelParquet.Quarantine)));
        await Task.WhenAll(rowsTask, firmsTask, spellsTask, issuesTask, quarantineTask);
        var rows = await rowsTask;
        var firms = await firmsTask;
        var panel = SortedPanelColumns.Create(
            firms.Ids, firms.Names, firms.Nace, firms.NaceTable, firms.Region, firms.RegionTable, firms.Founded,
            rows.Firm, rows.Year, rows.Scheme, rows.Months, rows.Present, rows.Columns, await spellsTask);
        if (panel.FirmCount != manifest.FirmCount || panel.RowCount != manifest.RowCount)
        {
            throw new InvalidDataException("the cached panel's size differs from its manifest");
        }

        return new IngestionResult(panel, await issuesTask, manifest.Files.ToArray(), await quarantineTask);
    }

    private static async Task<RowColumns> ReadRowsAsync(string folder, CacheManifest manifest)
    {
        var n = manifest.RowCount;
        var rows = new RowColumns(new int[n], new int[n], new FilingScheme[n], new byte[n], new uint[n], new double[]?[RubricCodes.Count]);
        foreach (var r in manifest.Rubrics)
        {
            rows.Columns[r] = new double[n];
        }

        var path = Path.Combine(folder, PanelParquet.Rows);
        var valuesPath = Path.Combine(folder, PanelParquet.Values);
        int[] start;
        await using (var stream = File.OpenRead(path))
        await using (var reader = await ParquetReader.CreateAsync(stream))
        await using (var valueStream = File.OpenRead(valuesPath))
        await using (var valueReader = await ParquetReader.CreateAsync(valueStream))
        {
            if (valueReader.RowGroupCount != reader.RowGroupCount * manifest.Rubrics.Count)
            {
                throw new InvalidDataException("the cached values differ in row groups from the rows");
            }

            start = new int[reader.RowGroupCount + 1];
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                start[g + 1] = checked(start[g] + (int)reader.RowGroups[g].RowCount);
            }
        }

        if (start[^1] != n)
        {
            throw new InvalidDataException("the cached rows differ in number from the manifest");
        }

        var withColumn = 0u;
        foreach (var r in manifest.Rubrics)
        {
            withColumn |= 1u << r;
        }

        var next = -1;
        var workers = Math.Clamp(start.Length - 1, 1, Environment.ProcessorCount);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            await using var valueStream = File.OpenRead(valuesPath);
            await using var valueReader = await ParquetReader.CreateAsync(valueStream);
            var buffer = Array.Empty<int>();
            var packed = Array.Empty<double>();
            for (var g = Interlocked.Increment(ref next); g < start.Length - 1; g = Interlocked.Increment(ref next))
            {
                var (from, count) = (start[g], start[g + 1] - start[g]);
                if (buffer.Length < count)
                {
                    buffer = new int[count];
                }

                using (var group = reader.OpenRowGroupReader(g))
                {
                    await ReadRowGroupAsync(new RowGroup(group, reader.Schema), rows, from, buffer.AsMemory(0, count));
                }

                PresentValues.RequireColumns(rows.Present.AsSpan(from, count), withColumn);
                for (var i = 0; i < manifest.Rubrics.Count; i++)
                {
                    using var values = valueReader.OpenRowGroupReader((g * manifest.Rubrics.Count) + i);
                    var present = values.RowCount <= count ? (int)values.RowCount
                        : throw new InvalidDataException("the cached values outnumber their rows");
                    if (packed.Length < present)
                    {
                        packed = new double[Math.Max(present, count)];
                    }

                    var rubric = manifest.Rubrics[i];
                    await values.ReadAsync(new RowGroup(values, valueReader.Schema).Field(PanelParquet.PresentValue), packed.AsMemory(0, present));
                    PresentValues.Scatter(packed.AsSpan(0, present), rubric, rows.Present.AsSpan(from, count), rows.Columns[rubric]!, from);
                }
            }
        })));
        return rows;
    }

    // One row group into the rows [from, from + buffer.Length) of the panel's columns; the narrow columns go through
    // the buffer.
    private static async Task ReadRowGroupAsync(RowGroup group, RowColumns rows, int from, Memory<int> buffer)
    {
        var count = buffer.Length;
        await group.Reader.ReadAsync(group.Field(PanelParquet.RowFirm), rows.Firm.AsMemory(from, count));
        await group.Reader.ReadAsync(group.Field(PanelParquet.RowYear), rows.Year.AsMemory(from, count));
        await group.Reader.ReadAsync(group.Field(PanelParquet.RowScheme), buffer);
        Schemes(buffer.Span, rows.Scheme.AsSpan(from, count));
        await group.Reader.ReadAsync(group.Field(PanelParquet.RowMonths), buffer);
        Months(buffer.Span, rows.Months.AsSpan(from, count));
        await group.Reader.ReadAsync(group.Field(PanelParquet.RowPresent), buffer);
        MemoryMarshal.Cast<int, uint>(buffer.Span).CopyTo(rows.Present.AsSpan(from, count));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Schemes(ReadOnlySpan<int> source, Span<FilingScheme> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = (FilingScheme)source[i];
        }
    }

    // Months out of a byte's range become 0, which the panel refuses.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Months(ReadOnlySpan<int> source, Span<byte> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = (uint)source[i] <= byte.MaxValue ? (byte)source[i] : (byte)0;
        }
    }

    // Every firm column is read by its own reader, side by side; the NACE and region tables are the panel's own.
    private static async Task<FirmColumns> ReadFirmsAsync(string folder, int firmCount)
    {
        var path = Path.Combine(folder, PanelParquet.Firms);
        var ids = new long[firmCount];
        var names = Array.Empty<string>();
        var nace = new int[firmCount];
        var region = new int[firmCount];
        var founded = new int?[firmCount];
        var codes = new List<string>();
        var versions = new List<int>();
        var regions = new List<string>();
        await Task.WhenAll(
            Task.Run(async () =>
            {
                var lengths = new int[firmCount];
                await ReadColumnAsync(path, (group, from, n) => group.Reader.ReadAsync(group.Field(PanelParquet.FirmNameLength), lengths.AsMemory(from, n)));
                var text = new List<string>();
                await ReadTableAsync(Path.Combine(folder, PanelParquet.NamesFile), async group =>
                    text.AddRange(await ReadTextAsync(group, PanelParquet.NamesText, (int)group.RowCount)));
                names = SplitNames(string.Concat(text), lengths);
            }),
            Task.Run(async () =>
            {
                await ReadColumnAsync(path, (group, from, n) => group.Reader.ReadAsync(group.Field(PanelParquet.FirmId), ids.AsMemory(from, n)));
                await ReadColumnAsync(path, (group, from, n) => group.Reader.ReadAsync(group.Field(PanelParquet.FirmNace), nace.AsMemory(from, n)));
                await ReadColumnAsync(path, (group, from, n) => group.Reader.ReadAsync(group.Field(PanelParquet.FirmRegion), region.AsMemory(from, n)));
                await ReadColumnAsync(path, (group, from, n) => group.Reader.ReadAsync(group.Field(PanelParquet.FirmFounded), founded.AsMemory(from, n)));
                await ReadTableAsync(Path.Combine(folder, PanelParquet.NaceFile), async group =>
                {
                    codes.AddRange(await ReadTextAsync(group, PanelParquet.NaceTableCode, (int)group.RowCount));
                    versions.AddRange(await ReadAsync(group, PanelParquet.NaceTableVersion, (int)group.RowCount));
                });
                await ReadTableAsync(Path.Combine(folder, PanelParquet.RegionFile), async group =>
                    regions.AddRange(await ReadTextAsync(group, PanelParquet.RegionTableName, (int)group.RowCount)));
            }));
        var firmIds = new EnterpriseNumber[firmCount];
        for (var i = 0; i < firmCount; i++)
        {
            firmIds[i] = EnterpriseNumber.FromValue(ids[i]).Value;
        }

        var naceTable = codes.Select((code, i) => NaceCode.ParseExact(code, (NaceVersion)versions[i])).ToArray();
        return new FirmColumns(
            firmIds, names, nace, naceTable, region, [.. regions], founded);
    }

    // The firms' names out of their concatenation, by their lengths (in UTF-16 chars).
    private static string[] SplitNames(string text, int[] lengths)
    {
        var names = new string[lengths.Length];
        var at = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            var length = lengths[i];
            if (length < 0 || length > text.Length - at)
            {
                throw new InvalidDataException("the cached name lengths exceed the names");
            }

            names[i] = text.Substring(at, length);
            at += length;
        }

        return at == text.Length ? names : throw new InvalidDataException("the cached names are longer than their lengths");
    }

    // Reads one column of every row group of a file into consecutive rows, through its own reader; throws when the
    // file holds another number of rows than the destination.
    private static async Task ReadColumnAsync(string path, Func<RowGroup, int, int, ValueTask> read)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var from = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            await read(new RowGroup(group, reader.Schema), from, n);
            from += n;
        }
    }

    private static async Task<MembershipSpell[]> ReadSpellsAsync(string path)
    {
        var spells = new List<MembershipSpell>();
        await ReadTableAsync(path, async group =>
        {
            var n = (int)group.RowCount;
            var firms = await ReadAsync(group, PanelParquet.SpellFirm, n);
            var clusters = await ReadTextAsync(group, PanelParquet.SpellCluster, n);
            var starts = await ReadAsync(group, PanelParquet.SpellStart, n);
            var ends = new int?[n];
            await group.Reader.ReadAsync(group.Field(PanelParquet.SpellEnd), ends.AsMemory());
            for (var i = 0; i < n; i++)
            {
                spells.Add(MembershipSpell.Create(EnterpriseNumber.FromValue(firms[i]).Value, clusters[i], starts[i], ends[i]).Value);
            }
        });
        return [.. spells];
    }

    private static async Task<DataIssue[]> ReadIssuesAsync(string path)
    {
        var issues = new List<DataIssue>();
        await ReadTableAsync(path, async group =>
        {
            var n = (int)group.RowCount;
            var files = await ReadTextAsync(group, PanelParquet.TextFile, n);
            var lines = await ReadAsync(group, PanelParquet.TextLine, n);
            var columns = await ReadTextAsync(group, PanelParquet.TextColumn, n);
            var codes = await ReadTextAsync(group, PanelParquet.TextCode, n);
            var messages = await ReadTextAsync(group, PanelParquet.TextMessage, n);
            var severities = await ReadAsync(group, PanelParquet.TextSeverity, n);
            for (var i = 0; i < n; i++)
            {
                issues.Add(new DataIssue(files[i], lines[i], columns[i], codes[i], messages[i], (Severity)severities[i]));
            }
        });
        return [.. issues];
    }

    private static async Task<QuarantinedRow[]> ReadQuarantineAsync(string path)
    {
        var quarantine = new List<QuarantinedRow>();
        await ReadTableAsync(path, async group =>
        {
            var n = (int)group.RowCount;
            var files = await ReadTextAsync(group, PanelParquet.TextFile, n);
            var lines = await ReadAsync(group, PanelParquet.TextLine, n);
            var codes = await ReadTextAsync(group, PanelParquet.TextCode, n);
            var messages = await ReadTextAsync(group, PanelParquet.TextMessage, n);
            var fields = await ReadTextAsync(group, PanelParquet.TextFields, n);
            for (var i = 0; i < n; i++)
            {
                var values = JsonSerializer.Deserialize<string[]>(fields[i]) ?? throw new InvalidDataException("quarantine fields are not a JSON array");
                quarantine.Add(new QuarantinedRow(files[i], lines[i], codes[i], messages[i], values));
            }
        });
        return [.. quarantine];
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

    private static async Task<string[]> ReadTextAsync(RowGroup group, DataField<string> field, int n)
    {
        var values = new string?[n];
        await group.Reader.ReadAsync(group.Field(field), values.AsMemory());
        return Array.ConvertAll(values, v => v ?? string.Empty);
    }

    /// <summary>The firm-year columns of the panel being read, in panel order.</summary>
    private sealed record RowColumns(int[] Firm, int[] Year, FilingScheme[] Scheme, byte[] Months, uint[] Present, double[]?[] Columns);

    /// <summary>The firm columns of the panel being read, with the NACE and region tables they index.</summary>
    private sealed record FirmColumns(
        EnterpriseNumber[] Ids, string[] Names, int[] Nace, NaceCode[] NaceTable, int[] Region, string[] RegionTable, int?[] Founded);

    /// <summary>A row group being read, with the file's schema to find its fields in.</summary>
    private readonly record struct RowGroup(ParquetRowGroupReader Reader, ParquetSchema Schema)
    {
        public long RowCount => Reader.RowCount;

        public DataField Field(DataField like) =>
            Schema.FindDataField(like.Name) ?? throw new InvalidDataException($"the cache file has no column '{like.Name}'");
    }
}
