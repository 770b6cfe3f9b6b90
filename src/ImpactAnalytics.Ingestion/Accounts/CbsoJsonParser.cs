using System.Text;
using System.Text.Json;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Reads the fields the engine needs from an NBB CBSO JSON filing — ReferenceNumber, EnterpriseNumber, DepositDate,
/// ModelType, ExerciseDates (startDate, endDate) and Rubrics (Code, Period, Value) — property names in any case,
/// keeping the line of each rubric entry for issues. Other properties are skipped.
/// </summary>
internal static class CbsoJsonParser
{
    /// <summary>Parses the file's bytes; throws <see cref="JsonException"/> when they are not the expected JSON.</summary>
    public static CbsoFiling Parse(ReadOnlySpan<byte> json, string file, FileTally tally)
    {
        var filing = new CbsoFiling(file, tally);
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a filing must be one JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Key(reader.GetString());
            reader.Read();
            switch (name)
            {
                case "referencenumber" or "reference":
                    filing.Reference = Scalar(ref reader);
                    break;
                case "enterprisenumber" or "companynumber" or "enterpriseid":
                    filing.EnterpriseNumber = Scalar(ref reader);
                    break;
                case "depositdate":
                    filing.DepositDate = Scalar(ref reader);
                    break;
                case "modeltype" or "model":
                    filing.ModelType = Scalar(ref reader);
                    break;
                case "exercisedates":
                    ExerciseDates(ref reader, filing);
                    break;
                case "rubrics":
                    Rubrics(ref reader, json, lines, filing);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return filing;
    }

    private static void ExerciseDates(ref Utf8JsonReader reader, CbsoFiling filing)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("ExerciseDates must be an object with startDate and endDate");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Key(reader.GetString());
            reader.Read();
            if (name == "startdate")
            {
                filing.StartDate = Scalar(ref reader);
            }
            else if (name == "enddate")
            {
                filing.EndDate = Scalar(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void Rubrics(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, LineCounter lines, CbsoFiling filing)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Rubrics must be an array of {Code, Period, Value} objects");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var line = lines.LineAt(json, reader.TokenStartIndex);
            string code = string.Empty, period = string.Empty, value = string.Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Key(reader.GetString());
                reader.Read();
                switch (name)
                {
                    case "code":
                        code = Scalar(ref reader);
                        break;
                    case "period":
                        period = Scalar(ref reader);
                        break;
                    case "value":
                        value = Scalar(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            filing.Rubrics.Add(new CbsoRubric(line, code, period, value));
        }
    }

    private static string Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString() ?? string.Empty;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return string.Empty;
            default:
                reader.Skip();
                return string.Empty;
        }
    }

    private static string Key(string? name) => (name ?? string.Empty).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Turns byte offsets (ascending) into 1-based line numbers by counting line feeds once.</summary>
    private sealed class LineCounter
    {
        private long _offset;
        private long _line = 1;

        public long LineAt(ReadOnlySpan<byte> json, long offset)
        {
            _line += json[(int)_offset..(int)offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
