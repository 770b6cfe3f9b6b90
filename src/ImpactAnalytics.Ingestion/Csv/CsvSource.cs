using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;
using ImpactAnalytics.Ingestion.Text;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// An opened delimited text file (plain or gzip) with its sniffed dialect and header, or the reason it cannot be
/// read, reported as a file-level error. Every CSV reader starts here.
/// </summary>
internal sealed class CsvSource : TableSource
{
    private const int BufferSize = 1 << 20;
    private readonly InputStream _input;

    private CsvSource(InputStream input, CsvRecordReader reader, CsvDialect dialect, Encoding encoding, string[] header, FileTally tally, IngestLog log)
        : base(header, tally, log)
    {
        _input = input;
        Reader = reader;
        Dialect = dialect;
        Encoding = encoding;
    }

    public CsvRecordReader Reader { get; }

    public CsvDialect Dialect { get; }

    public Encoding Encoding { get; }

    /// <summary>The byte that ends records: LF, or CR for a CR-only file (Excel for Mac's "CSV (Macintosh)").</summary>
    public byte LineEnd => Reader.LineEnd;

    /// <inheritdoc/>
    public override long Line => Reader.Line;

    /// <summary>
    /// The number of records the whole file probably holds, from the line ends in its first 64 KiB and its length
    /// (a capacity hint, not a count); 0 when unknown (a gzip or short file).
    /// </summary>
    public int EstimatedRecords { get; private init; }

    /// <summary>
    /// Opens and sniffs a file; <c>null</c> (with an error issue) when it is missing, empty or not text.
    /// <paramref name="opened"/>, when given, is the file already opened by <see cref="InputProbe.Open"/> (its
    /// decompression started early); this source owns it from here on.
    /// </summary>
    public static CsvSource? Open(string path, string name, IngestLog log, FileTally tally, InputStream? opened = null)
    {
        if (opened is null && !System.IO.File.Exists(path))
        {
            log.FileError(name, IssueCodes.FileNotFound, $"{name}: file not found at '{path}'");
            return null;
        }

        InputStream? input = null;
        try
        {
            input = opened ?? InputProbe.Open(path);
            var buffer = new byte[BufferSize];
            var count = input.Stream.ReadAtLeast(buffer.AsSpan(0, InputProbe.SampleSize), InputProbe.SampleSize, throwOnEndOfStream: false);
            var probe = InputProbe.Classify(buffer.AsSpan(0, count), count < InputProbe.SampleSize);
            if (Unusable(probe.Kind, name, input.IsGzip) is { } problem)
            {
                log.FileError(name, problem.Code, problem.Message);
                input.Dispose();
                return null;
            }

            var sample = buffer.AsSpan(probe.BomLength, count - probe.BomLength);
            var lineEnd = DialectSniffer.LineEnd(sample, count < InputProbe.SampleSize);
            var separator = DialectSniffer.Separator(sample, lineEnd);
            var decimalComma = DialectSniffer.DecimalComma(buffer, probe.BomLength, count, separator, lineEnd);
            var reader = new CsvRecordReader(input.Stream, separator, buffer, probe.BomLength, count, lineEnd: lineEnd);
            if (!reader.Read())
            {
                log.FileError(name, IssueCodes.FileEmpty, $"{name}: the file holds no header and no rows");
                input.Dispose();
                return null;
            }

            var header = new string[reader.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = Decode(probe.Encoding, reader.Field(i)).Trim();
            }

            if (probe.Encoding.CodePage == 1252)
            {
                log.Issue(name, 0, string.Empty, IssueCodes.FileEncodingFallback,
                    $"{name}: not valid UTF-8; read as Windows-1252", Severity.Info);
            }

            var dialect = new CsvDialect((char)separator, decimalComma, probe.Encoding.WebName);
            tally.Columns = header;
            tally.Dialect = dialect;
            return new CsvSource(input, reader, dialect, probe.Encoding, header, tally, log)
            {
                EstimatedRecords = Estimate(input, sample, count, lineEnd),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            log.FileError(name, e is InvalidDataException ? IssueCodes.FileTruncated : IssueCodes.FileUnreadable, $"{name}: {e.Message}");
            input?.Dispose();
            return null;
        }
    }

    /// <summary>Next record, counting it as read. A read failure (truncated gzip, I/O) becomes a file error and ends the file.</summary>
    public override bool Next()
    {
        try
        {
            if (!Reader.Read())
            {
                if (Tally.Read == 0)
                {
                    Log.FileError(File, IssueCodes.FileHeaderOnly, $"{File}: the file has a header but no data rows");
                }

                return false;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Log.FileError(File, IssueCodes.FileTruncated, string.Create(
                CultureInfo.InvariantCulture,
                $"{File}: reading stopped after line {Reader.Line}: {e.Message}"));
            return false;
        }

        Tally.Read++;
        return true;
    }

    /// <summary>
    /// Checks the current record's shape: an unclosed quote or a field count other than the header's rejects it.
    /// </summary>
    public override bool CheckShape()
    {
        if (ShapeProblem(Reader, Header.Length, File, Dialect.Separator) is not { } problem)
        {
            return true;
        }

        Log.Reject(Tally, Reader.Line, string.Empty, problem.Code, problem.Message, Fields());
        return false;
    }

    /// <summary>Why a record's shape is wrong (unclosed quote, field count other than the header's), or null.</summary>
    internal static (string Code, string Message)? ShapeProblem(CsvRecordReader reader, int headerLength, string file, char separator)
    {
        if (reader.UnclosedQuote)
        {
            return (IssueCodes.RowUnclosedQuote,
                $"{file}: a quoted field opened in the record at line {reader.Line.ToString(CultureInfo.InvariantCulture)} is never closed (is the file truncated?)");
        }

        if (reader.FieldCount != headerLength)
        {
            return (IssueCodes.RowFieldCount, string.Create(
                CultureInfo.InvariantCulture,
                $"expected {headerLength} fields separated by '{Printable(separator)}' as in the header, found {reader.FieldCount}"));
        }

        return null;
    }

    /// <inheritdoc/>
    public override string Text(int i) => i < 0 || i >= Reader.FieldCount ? string.Empty : Decode(Encoding, Reader.Field(i)).Trim();

    /// <inheritdoc/>
    public override bool TryNumber(int i, out double value)
    {
        value = 0;
        return i >= 0 && i < Reader.FieldCount && NumberParser.TryParse(Reader.Field(i), Dialect.DecimalComma, out value);
    }

    /// <summary>
    /// Decodes field i (not trimmed) into <paramref name="destination"/> as <see cref="Text"/> would, without a
    /// string: <c>false</c> when it might not fit. An absent field decodes to nothing.
    /// </summary>
    internal bool TryDecode(int i, Span<char> destination, out int written)
    {
        written = 0;
        if (i < 0 || i >= Reader.FieldCount)
        {
            return true;
        }

        var bytes = Reader.Field(i);
        if (bytes.Length > destination.Length)
        {
            return false;
        }

        if (Encoding.CodePage is 65001 or 1252 && Ascii.IsValid(bytes))
        {
            // ASCII reads the same in UTF-8 and Windows-1252.
            return Ascii.ToUtf16(bytes, destination, out written) == System.Buffers.OperationStatus.Done;
        }

        var encoding = Encoding.CodePage == 65001 && !System.Text.Unicode.Utf8.IsValid(bytes) ? InputProbe.Windows1252 : Encoding;
        if (encoding.GetMaxCharCount(bytes.Length) > destination.Length)
        {
            return false;
        }

        written = encoding.GetChars(bytes, destination);
        return true;
    }

    /// <summary>Every field of the current record, decoded (for quarantine).</summary>
    public override string[] Fields() => Fields(Reader, Encoding);

    /// <summary>Every field of a reader's current record, decoded.</summary>
    internal static string[] Fields(CsvRecordReader reader, Encoding encoding)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Decode(encoding, reader.Field(i));
        }

        return fields;
    }

    public override void Dispose() => _input.Dispose();

    /// <summary>
    /// Decodes a field. The encoding was chosen from the first 64 KiB; a field further on that is not valid UTF-8
    /// is read as Windows-1252 rather than failing.
    /// </summary>
    internal static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        encoding.CodePage == 65001 && !System.Text.Unicode.Utf8.IsValid(bytes)
            ? InputProbe.Windows1252.GetString(bytes)
            : encoding.GetString(bytes);

    private static int Estimate(InputStream input, ReadOnlySpan<byte> sample, int count, byte lineEnd)
    {
        if (input.IsGzip || count < InputProbe.SampleSize || !input.Stream.CanSeek)
        {
            return 0;
        }

        var lines = sample.Count(lineEnd);
        return lines == 0 ? 0 : (int)Math.Min(1 << 28, (double)input.Stream.Length * lines / count);
    }

    internal static string Printable(char separator) => separator == '\t' ? "\\t" : separator.ToString();

    private static (string Code, string Message)? Unusable(ProbeKind kind, string name, bool gzip) => kind switch
    {
        ProbeKind.Empty => (IssueCodes.FileEmpty, $"{name}: the file is empty{(gzip ? " (after decompression)" : string.Empty)}"),
        ProbeKind.Binary => (IssueCodes.FileBinary, $"{name}: this is a binary file, not delimited text (it contains NUL bytes); was another file renamed?"),
        ProbeKind.Zip => (IssueCodes.FileZip, $"{name}: this is a ZIP archive (an XLSX workbook?), not delimited text; save it as CSV or name it .xlsx"),
        ProbeKind.Utf16 => (IssueCodes.FileUtf16, $"{name}: the file is UTF-16 text (Excel 'Unicode text'); save it as CSV UTF-8"),
        _ => null,
    };
}
