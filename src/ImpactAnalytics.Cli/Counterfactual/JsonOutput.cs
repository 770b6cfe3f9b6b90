using System.Text.Encodings.Web;
using System.Text.Json;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// Writes a command's results as JSON: indented, LF line ends, properties in the order the writer emits them,
/// numbers in their shortest round-trip invariant form. A value that is not finite is written as null, never NaN.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes the document to <paramref name="path"/> in one go; an unwritable path is bad usage (exit 2).</summary>
    public static void Write(string path, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep + and ' readable
        }))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(path, buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot write --json '{path}': {e.Message}");
        }
    }

    /// <summary>The opening of every command's document: the command's name and the table it read.</summary>
    public static void Header(this Utf8JsonWriter json, string command, TidyTable data)
    {
        json.WriteString("command", command);
        json.WriteStartObject("data");
        json.WriteString("file", data.File);
        json.WriteNumber("rows", data.RowCount);
        json.WriteEndObject();
    }

    /// <summary>A number, or null when it is missing or not finite.</summary>
    public static void Number(this Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Strings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void Integers(this Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
