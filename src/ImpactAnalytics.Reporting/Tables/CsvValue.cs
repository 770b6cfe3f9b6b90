namespace ImpactAnalytics.Reporting.Tables;

/// <summary>One CSV field before formatting. <c>default</c> is an empty field (missing), never NaN.</summary>
public readonly record struct CsvValue
{
    private CsvValue(CsvValueKind kind, string? text, double real, long integer)
    {
        Kind = kind;
        Text = text;
        Real = real;
        Whole = integer;
    }

    public CsvValueKind Kind { get; }

    public string? Text { get; }

    public double Real { get; }

    /// <summary>The value of a whole-number field; also 1/0 for a boolean.</summary>
    public long Whole { get; }

    public static CsvValue Empty => default;

    public static CsvValue Of(string? text) => text is null ? Empty : new(CsvValueKind.Text, text, 0.0, 0);

    /// <summary>A floating-point field; NaN and infinities are programming errors (missing is <see cref="Empty"/>).</summary>
    public static CsvValue Of(double value) => double.IsFinite(value)
        ? new(CsvValueKind.Real, null, value, 0)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A CSV field holds a finite number.");

    public static CsvValue Of(double? value) => value is { } v ? Of(v) : Empty;

    public static CsvValue Of(long value) => new(CsvValueKind.Whole, null, 0.0, value);

    public static CsvValue Of(long? value) => value is { } v ? Of(v) : Empty;

    public static CsvValue Of(bool value) => new(CsvValueKind.Boolean, null, 0.0, value ? 1 : 0);

    public static implicit operator CsvValue(string? text) => Of(text);

    public static implicit operator CsvValue(double value) => Of(value);

    public static implicit operator CsvValue(double? value) => Of(value);

    public static implicit operator CsvValue(long value) => Of(value);

    public static implicit operator CsvValue(int value) => Of((long)value);

    public static implicit operator CsvValue(bool value) => Of(value);
}
