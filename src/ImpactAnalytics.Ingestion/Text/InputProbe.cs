using System.Text;

namespace ImpactAnalytics.Ingestion.Text;

/// <summary>
/// Looks at the first bytes of an input file (decompressed when it starts with the gzip magic number, whatever its
/// name) and decides whether it is text at all, and in which encoding: a UTF-8 BOM means UTF-8; otherwise valid
/// UTF-8 in the sample means UTF-8, and anything else is read as Windows-1252 (what Excel on a Belgian PC writes).
/// </summary>
internal static class InputProbe
{
    internal const int SampleSize = 1 << 16;

    /// <summary>Windows-1252, registered through <see cref="CodePagesEncodingProvider"/>.</summary>
    internal static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>Strict UTF-8 without BOM emission.</summary>
    internal static Encoding Utf8 { get; } = new UTF8Encoding(false, true);

    /// <summary>
    /// Opens the file, transparently decompressing gzip (with a truncation check) on a read-ahead thread, so that
    /// decompression and parsing run on two cores at once. <paramref name="burstBlocks"/> blocks of 1 MiB may be
    /// decompressed ahead before the first read (see <see cref="ReadAheadStream"/>).
    /// </summary>
    internal static InputStream Open(string path, int burstBlocks = 0)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        var isGzip = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        Stream stream = isGzip ? new ReadAheadStream(new GzipCheckedStream(file), burst: burstBlocks) : file;
        return new InputStream(stream, isGzip);
    }

    /// <summary>Reads the sample from the start of a freshly opened stream and classifies it.</summary>
    internal static ProbeResult Classify(ReadOnlySpan<byte> sample, bool atEnd)
    {
        if (sample.IsEmpty)
        {
            return new ProbeResult(ProbeKind.Empty, Utf8, 0);
        }

        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
        {
            return new ProbeResult(ProbeKind.Utf16, Utf8, 0);
        }

        if (sample.Length >= 4 && sample[0] == (byte)'P' && sample[1] == (byte)'K' && sample[2] == 3 && sample[3] == 4)
        {
            return new ProbeResult(ProbeKind.Zip, Utf8, 0);
        }

        if (sample.Contains((byte)0))
        {
            return new ProbeResult(ProbeKind.Binary, Utf8, 0);
        }

        var bom = sample.StartsWith("\uFEFF"u8) ? 3 : 0;
        var body = sample[bom..];
        if (bom > 0)
        {
            return new ProbeResult(body.IsEmpty ? ProbeKind.Empty : ProbeKind.Text, Utf8, bom);
        }

        // A sample cut mid-character is still UTF-8: ignore up to three trailing bytes of an incomplete sequence.
        var valid = Utf8Check(body, atEnd);
        return new ProbeResult(ProbeKind.Text, valid ? Utf8 : Windows1252, 0);
    }

    private static bool Utf8Check(ReadOnlySpan<byte> body, bool atEnd)
    {
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return true;
        }

        if (atEnd)
        {
            return false;
        }

        for (var cut = 1; cut <= 3 && cut < body.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(body[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
