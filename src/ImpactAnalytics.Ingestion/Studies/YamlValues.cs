using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Reads typed values out of single YAML nodes, reporting what was expected and what was found.</summary>
internal static class YamlValues
{
    /// <summary>YAML null: an empty plain value (<c>key:</c>), <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>How a node reads in a message: "a list", "a mapping", "'text'", "nothing".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } s => $"the quoted text '{s.Value}'",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };

    public static bool TryText(YamlNode node, string path, StudyProblemList problems, out string text)
    {
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node))
        {
            text = value;
            return true;
        }

        problems.Add(node.Start, path, StudyProblemCodes.WrongType, $"expected text, found {Describe(node)}");
        text = string.Empty;
        return false;
    }

    public static bool TryInteger(YamlNode node, string path, StudyProblemList problems, out long value)
    {
        if (Plain(node) is { } s && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problems.Add(node.Start, path, StudyProblemCodes.WrongType, $"expected a whole number, found {Describe(node)}");
        value = 0;
        return false;
    }

    public static bool TryNumber(YamlNode node, string path, StudyProblemList problems, out double value)
    {
        if (Plain(node) is { } s
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value))
        {
            return true;
        }

        problems.Add(node.Start, path, StudyProblemCodes.WrongType, $"expected a number, found {Describe(node)}");
        value = 0;
        return false;
    }

    public static bool TryBoolean(YamlNode node, string path, StudyProblemList problems, out bool value)
    {
        var s = Plain(node);
        if (string.Equals(s, "true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (string.Equals(s, "false", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        problems.Add(node.Start, path, StudyProblemCodes.WrongType, $"expected true or false, found {Describe(node)}");
        value = false;
        return false;
    }

    public static bool TryWord<T>(YamlNode node, string path, WordTable<T> words, StudyProblemList problems, out T value)
        where T : notnull
    {
        if (!TryText(node, path, problems, out var text))
        {
            value = default!;
            return false;
        }

        if (words.TryParse(text, out value))
        {
            return true;
        }

        problems.Add(node.Start, path, StudyProblemCodes.UnknownWord, $"expected {words.Expected}; found '{text}'");
        return false;
    }

    public static void OutOfRange(YamlNode node, string path, StudyProblemList problems, string expected, string found) =>
        problems.Add(node.Start, path, StudyProblemCodes.OutOfRange, $"expected {expected}; found {found}");

    // Numbers and booleans must be plain scalars: a quoted "10" is text in YAML.
    private static string? Plain(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { Length: > 0 } v } ? v : null;
}
