namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The words a study-file key accepts and the values they stand for; matching ignores case.</summary>
internal sealed class WordTable<T>(params (string Word, T Value)[] entries)
    where T : notnull
{
    public IReadOnlyList<string> Words { get; } = entries.Select(e => e.Word).ToArray();

    /// <summary>"one of a, b, c" for messages.</summary>
    public string Expected => "one of " + string.Join(", ", Words);

    public bool TryParse(string word, out T value)
    {
        foreach (var (w, v) in entries)
        {
            if (string.Equals(w, word.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The study-file word of a value.</summary>
    public string WordOf(T value)
    {
        foreach (var (w, v) in entries)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return w;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "no study-file word for this value");
    }
}
