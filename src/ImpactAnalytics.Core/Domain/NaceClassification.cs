namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// The codes and labels of one classification edition, as loaded by the ingestion layer from <c>data/nace/</c>.
/// Answers whether a code exists and what it is called.
/// </summary>
public sealed class NaceClassification
{
    private readonly Dictionary<string, string> _labels;

    /// <summary>Builds a classification from normalised codes (see <see cref="NaceCode.Code"/>) and their labels.</summary>
    public NaceClassification(NaceVersion version, IEnumerable<KeyValuePair<string, string>> labels)
    {
        Version = version;
        _labels = new Dictionary<string, string>(labels, StringComparer.Ordinal);
    }

    /// <summary>The edition.</summary>
    public NaceVersion Version { get; }

    /// <summary>Number of codes at every level together.</summary>
    public int Count => _labels.Count;

    /// <summary>Whether the code exists in this edition (same version required).</summary>
    public bool Contains(NaceCode code) => code.Version == Version && _labels.ContainsKey(code.Code);

    /// <summary>The label of a code, or <c>null</c> when the edition does not have it.</summary>
    public string? Label(NaceCode code) =>
        code.Version == Version && _labels.TryGetValue(code.Code, out var label) ? label : null;

    /// <summary>Every code of one level, in code order.</summary>
    public IReadOnlyList<NaceCode> CodesAt(NaceLevel level) => _labels.Keys
        .Select(k => NaceCode.Parse(k, Version))
        .Where(p => p.Success && p.Value.Level == level)
        .Select(p => p.Value)
        .Order()
        .ToArray();
}
