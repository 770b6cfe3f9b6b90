using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// Streams CSV fields as UTF-8 through one pooled buffer into a stream, formatting numbers straight into the buffer:
/// the bytes of <see cref="CsvTableWriter"/> (invariant culture, RFC 4180 quoting, LF line ends) without a string
/// per field or a text of the whole file. Fields are separated by commas; <see cref="EndRow"/> ends a line.
/// </summary>
/// <remarks>
/// The per-field methods are compiled fully optimised at their first call: tables are written while the report
/// stage keeps compiling new code, which holds small hot methods in unoptimised (tier-0) code for the length of a
/// table of firm-years otherwise (measured: about 0.2 CPU s of a 500,000-firm run's report stage).
/// </remarks>
internal sealed class CsvStreamWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    // Room for any number: "F6" of ±1.8e308 is 316 characters.
    private const int NumberRoom = 400;
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The fast path of fixed decimals: up to 6 decimals of values under 1e8 (scaled, under 1e14 < 2^53).
    private const int FastDecimals = 7;
    private const double FastLimit = 1e8;
    private static readonly double[] _powers = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;
    private bool _rowStarted;

    public CsvStreamWriter(Stream output) => _output = output;

    public void Header(IReadOnlyList<CsvColumn> columns)
    {
        foreach (var column in columns)
        {
            Text(column.Name);
        }

        EndRow();
    }

    /// <summary>A field as <see cref="CsvTableWriter"/> formats it for <paramref name="column"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Value(CsvValue value, CsvColumn column)
    {
        switch (value.Kind)
        {
            case CsvValueKind.Empty:
                Empty();
                break;
            case CsvValueKind.Text:
                Text(value.Text ?? string.Empty);
                break;
            case CsvValueKind.Whole:
                Whole(value.Whole);
                break;
            case CsvValueKind.Boolean:
                Text(value.Whole != 0 ? "true" : "false");
                break;
            default:
                Real(value.Real, column.Decimals);
                break;
        }
    }

    public void Empty() => Separator();

    /// <summary>A text field, quoted when it holds a comma, quote or line break or starts or ends with a space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(string field)
    {
        Separator();
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        var text = needsQuotes ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
        Ensure(_utf8.GetMaxByteCount(text.Length));
        _used += _utf8.GetBytes(text, _buffer.AsSpan(_used));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Whole(long value)
    {
        Separator();
        Ensure(NumberRoom);
        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>A whole number with at least <paramref name="digits"/> digits, zero-padded (a custom format such as "0000000000", or the faster standard "D10").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Whole(long value, string digits)
    {
        Separator();
        Ensure(NumberRoom);
        value.TryFormat(_buffer.AsSpan(_used), out var written, digits, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>
    /// A finite double: rounded half away from zero to fixed <paramref name="decimals"/> ("F2"), or with
    /// <c>null</c> the shortest text that reads back to the same double ("R"). Negative zero is written as zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Real(double value, int? decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A CSV field holds a finite number.");
        }

        Separator();
        Ensure(NumberRoom);
        var target = _buffer.AsSpan(_used);
        int written;
        if (decimals is { } d)
        {
            var rounded = Math.Round(value, d, MidpointRounding.AwayFromZero);
            // -0.001 rounded to two decimals must not print "-0.00".
            rounded = rounded == 0.0 ? 0.0 : rounded;
            written = d is >= 0 and < FastDecimals && Math.Abs(rounded) < FastLimit
                ? Fixed(rounded, d, target)
                : rounded.TryFormat(target, out var n, FixedFormat(d), CultureInfo.InvariantCulture) ? n : 0;
        }
        else
        {
            (value == 0.0 ? 0.0 : value).TryFormat(target, out written, "R", CultureInfo.InvariantCulture);
        }

        _used += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Real(double? value, int? decimals)
    {
        if (value is { } v)
        {
            Real(v, decimals);
        }
        else
        {
            Empty();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndRow()
    {
        Ensure(1);
        _buffer[_used++] = (byte)'\n';
        _rowStarted = false;
    }

    public void Flush()
    {
        _output.Write(_buffer, 0, _used);
        _used = 0;
        _output.Flush();
    }

    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Separator()
    {
        if (_rowStarted)
        {
            Ensure(1);
            _buffer[_used++] = (byte)',';
        }

        _rowStarted = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Ensure(int room)
    {
        if (_buffer.Length - _used >= room)
        {
            return;
        }

        _output.Write(_buffer, 0, _used);
        _used = 0;
        if (room > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(room);
        }
    }

    /// <summary>
    /// "F<paramref name="decimals"/>" of a value already rounded to that many decimals, from its scaled whole number:
    /// below <see cref="FastLimit"/> the scaled value is exact (under 2^53) and the nearest double to it, so the digits
    /// are those of the exact decimal, as "F" prints them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Fixed(double rounded, int decimals, Span<byte> target)
    {
        var scaled = (long)Math.Round(rounded * _powers[decimals]);
        var at = 0;
        if (scaled < 0)
        {
            target[at++] = (byte)'-';
            scaled = -scaled;
        }

        var unit = (long)_powers[decimals];
        (scaled / unit).TryFormat(target[at..], out var whole, default, CultureInfo.InvariantCulture);
        at += whole;
        if (decimals == 0)
        {
            return at;
        }

        target[at++] = (byte)'.';
        var fraction = scaled % unit;
        for (var i = at + decimals - 1; i >= at; i--)
        {
            target[i] = (byte)('0' + (int)(fraction % 10));
            fraction /= 10;
        }

        return at + decimals;
    }

    private static string FixedFormat(int decimals) => decimals switch
    {
        2 => "F2",
        6 => "F6",
        _ => "F" + decimals.ToString(CultureInfo.InvariantCulture),
    };
}
