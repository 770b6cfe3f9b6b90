namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// The outcome of parsing untrusted text into a domain value: either the value or a message that says what was
/// expected and what was found. Expected failures are values, not exceptions (NodaTime's ParseResult pattern).
/// </summary>
/// <typeparam name="T">The parsed domain type.</typeparam>
public readonly record struct Parsed<T>
    where T : struct
{
    private readonly T _value;

    private Parsed(T value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The reason parsing failed; <c>null</c> on success.</summary>
    public string? Error { get; }

    /// <summary><c>true</c> when the text was valid.</summary>
    public bool Success => Error is null;

    /// <summary>The parsed value. Throws when parsing failed: check <see cref="Success"/> first.</summary>
    public T Value => Error is null
        ? _value
        : throw new InvalidOperationException($"No value: {Error}");

    /// <summary>A successful parse.</summary>
    public static Parsed<T> Ok(T value) => new(value, null);

    /// <summary>A failed parse with the message to show the user.</summary>
    public static Parsed<T> Fail(string error) => new(default, error);
}
