using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// Reads fields of a <see cref="TableSource"/>'s current record without a string per field where it can. A column
/// with few distinct values (a NACE code, a region, a year) costs one string per distinct text: on a CSV source the
/// field's bytes are decoded into a reused buffer and looked up, so only a text not seen before allocates. The texts and
/// the issues are exactly those of <see cref="TableSource.Text"/> and <see cref="FieldChecks.Enterprise"/>.
/// </summary>
internal sealed class FieldReader
{
    private const int BufferChars = 256;

    // Beyond this many distinct texts (a column that is not categorical after all) new texts are no longer kept.
    private const int MaxShared = 4096;

    private readonly TableSource _source;
    private readonly CsvSource? _csv;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Reused for every field (a stackalloc would be cleared on every call).
    private readonly char[] _chars = new char[BufferChars];

    public FieldReader(TableSource source)
    {
        _source = source;
        _csv = source as CsvSource;
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The trimmed text of field <paramref name="column"/> (empty when absent), shared with equal earlier texts.</summary>
    public string Shared(int column)
    {
        if (_csv is null || !_csv.TryDecode(column, _chars, out var written))
        {
            return Share(_source.Text(column));
        }

        var text = _chars.AsSpan(0, written).Trim();
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return Share(text.ToString());
    }

    /// <summary>Parses an enterprise number in any accepted spelling, or rejects the row (as <see cref="FieldChecks.Enterprise"/>).</summary>
    public bool Enterprise(int column, out EnterpriseNumber id)
    {
        if (_csv is not null && column >= 0 && column < _csv.Reader.FieldCount)
        {
            // The plain spellings (digits, BE prefix, dots, spaces, hyphens) straight from the bytes; anything else,
            // valid or not, goes through the text parse for its exact message.
            var digits = LongFormFields.EnterpriseDigits(_csv.Reader.Field(column));
            if (digits >= 0 && EnterpriseNumber.FromValue(digits) is { Success: true } parsed)
            {
                id = parsed.Value;
                return true;
            }
        }

        return FieldChecks.Enterprise(_source, column, out id);
    }

    /// <summary>Parses a year as <see cref="FieldChecks.Year"/> does (same issue when malformed), on the shared text.</summary>
    public bool Year(int column, bool required, out int? year)
    {
        year = null;
        var text = Shared(column);
        if (text.Length == 0 && !required)
        {
            return true;
        }

        if (FieldChecks.TryYear(text, out var y))
        {
            year = y;
            return true;
        }

        _source.Reject(column, IssueCodes.YearMalformed, FieldChecks.YearMessage(_source.ColumnName(column), text));
        return false;
    }

    private string Share(string text)
    {
        if (text.Length > 0 && _texts.Count < MaxShared && !_texts.TryAdd(text, text))
        {
            return _texts[text];
        }

        return text;
    }
}
