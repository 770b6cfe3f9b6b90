using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// One mapping of the study file with its key path and known keys. Construction reports unknown keys (with the
/// nearest known one); the getters read typed values, report problems and fall back to the default.
/// </summary>
internal sealed class YamlSection
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);

    public YamlSection(YamlMappingNode node, string path, StudyProblemList problems, IReadOnlyList<string> known)
    {
        Node = node;
        Path = path;
        Problems = problems;
        foreach (var (key, value) in node.Children)
        {
            var name = key is YamlScalarNode { Value: { } k } ? k : null;
            if (name is null || !known.Contains(name))
            {
                ReportUnknown(key, name, known);
                continue;
            }

            _keys[name] = key;
            if (!YamlValues.IsNull(value))
            {
                _values[name] = value;
            }
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public StudyProblemList Problems { get; }

    public Mark Start => Node.Start;

    public string KeyPath(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>The value of a key; <c>null</c> when absent or YAML null.</summary>
    public YamlNode? Value(string key) => _values.GetValueOrDefault(key);

    /// <summary>The value of a required key; reports it missing (at this mapping's start) when absent.</summary>
    public YamlNode? Required(string key)
    {
        if (_values.TryGetValue(key, out var node))
        {
            return node;
        }

        var where = _keys.TryGetValue(key, out var k) ? k.Start : Start;
        var place = Path.Length == 0 ? "the study file" : $"'{Path}'";
        Problems.Add(where, KeyPath(key), StudyProblemCodes.MissingKey, $"expected key '{key}' in {place}; found none");
        return null;
    }

    /// <summary>A nested mapping; <c>null</c> when absent (or not a mapping, which is reported).</summary>
    public YamlSection? Section(string key, IReadOnlyList<string> known)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlSection(mapping, KeyPath(key), Problems, known);
        }

        Problems.Add(node.Start, KeyPath(key), StudyProblemCodes.WrongType, $"expected a mapping of keys, found {YamlValues.Describe(node)}");
        return null;
    }

    public bool Boolean(string key, bool fallback) =>
        Value(key) is { } node && YamlValues.TryBoolean(node, KeyPath(key), Problems, out var value) ? value : fallback;

    public T Word<T>(string key, T fallback, WordTable<T> words)
        where T : notnull =>
        Value(key) is { } node && YamlValues.TryWord(node, KeyPath(key), words, Problems, out var value) ? value : fallback;

    public string Text(string key, string fallback) =>
        Value(key) is { } node && YamlValues.TryText(node, KeyPath(key), Problems, out var value) ? value : fallback;

    /// <summary>A whole number in [min, max].</summary>
    public int Integer(string key, int fallback, int min, int max)
    {
        if (Value(key) is not { } node || !YamlValues.TryInteger(node, KeyPath(key), Problems, out var value))
        {
            return fallback;
        }

        if (value < min || value > max)
        {
            var expected = max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"a whole number ≥ {min}")
                : string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
            YamlValues.OutOfRange(node, KeyPath(key), Problems, expected, value.ToString(CultureInfo.InvariantCulture));
            return fallback;
        }

        return (int)value;
    }

    /// <summary>A number in the range that <paramref name="inRange"/> accepts and <paramref name="expected"/> describes.</summary>
    public double? Number(string key, Func<double, bool> inRange, string expected)
    {
        if (Value(key) is not { } node || !YamlValues.TryNumber(node, KeyPath(key), Problems, out var value))
        {
            return null;
        }

        if (!inRange(value))
        {
            YamlValues.OutOfRange(node, KeyPath(key), Problems, expected, value.ToString("R", CultureInfo.InvariantCulture));
            return null;
        }

        return value;
    }

    /// <summary>The items of a list value with their key paths; <c>null</c> when absent (or not a list, which is reported).</summary>
    public IReadOnlyList<(YamlNode Node, string Path)>? Items(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problems.Add(node.Start, KeyPath(key), StudyProblemCodes.WrongType, $"expected a list, found {YamlValues.Describe(node)}");
            return null;
        }

        return sequence.Children
            .Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{KeyPath(key)}[{i}]")))
            .ToArray();
    }

    /// <summary>A list of words; <c>null</c> when absent or when any item is wrong (each is reported).</summary>
    public IReadOnlyList<T>? Words<T>(string key, WordTable<T> words)
        where T : notnull
    {
        if (Items(key) is not { } items)
        {
            return null;
        }

        var result = new List<T>();
        var ok = true;
        foreach (var (node, path) in items)
        {
            if (!YamlValues.TryWord(node, path, words, Problems, out var value))
            {
                ok = false;
            }
            else if (result.Contains(value))
            {
                Problems.Add(node.Start, path, StudyProblemCodes.Conflict, $"expected each word once; found '{words.WordOf(value)}' again");
                ok = false;
            }
            else
            {
                result.Add(value);
            }
        }

        if (ok && result.Count == 0)
        {
            Problems.Add(Value(key)!.Start, KeyPath(key), StudyProblemCodes.OutOfRange, $"expected at least one of {string.Join(", ", words.Words)}; found an empty list");
            return null;
        }

        return ok ? result : null;
    }

    private void ReportUnknown(YamlNode key, string? name, IReadOnlyList<string> known)
    {
        if (name is null)
        {
            Problems.Add(key.Start, Path, StudyProblemCodes.WrongType, $"expected a key name, found {YamlValues.Describe(key)}");
            return;
        }

        var place = Path.Length == 0 ? "at the top level" : $"in '{Path}'";
        var nearest = KeySuggestion.Nearest(name, known);
        var hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        Problems.Add(
            key.Start,
            KeyPath(name),
            StudyProblemCodes.UnknownKey,
            $"unknown key '{name}' {place}{hint} (known keys: {string.Join(", ", known)})");
    }
}
