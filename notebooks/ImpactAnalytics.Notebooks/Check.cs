using System.Globalization;

namespace ImpactAnalytics.Notebooks;

/// <summary>
/// Prints the <c>check: &lt;key&gt; = &lt;value&gt;</c> lines that .ci/run compares with notebooks/expected/ and that
/// NotebookNumbersTests recomputes through the engine. Values use the invariant culture: whole numbers as they are,
/// fractions with a fixed number of decimals ("F4" by default), so both sides can compare the text exactly.
/// </summary>
public static class Check
{
    /// <summary>The prefix every check line starts with.</summary>
    public const string Prefix = "check: ";

    /// <summary>Prints a whole-number check, e.g. <c>check: members.ALL.2023 = 412</c>.</summary>
    public static void Print(string key, long value) =>
        Console.WriteLine(Prefix + key + " = " + value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Prints a fractional check rounded to <paramref name="decimals"/> decimals; a missing value prints "none".</summary>
    public static void Print(string key, double? value, int decimals = 4) =>
        Console.WriteLine(Prefix + key + " = " + Format(value, decimals));

    /// <summary>The text a fractional check prints: "F{decimals}" in the invariant culture, or "none".</summary>
    public static string Format(double? value, int decimals = 4) =>
        value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "none";
}
