using YamlDotNet.Core;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Collects the problems of one study file while it is read.</summary>
internal sealed class StudyProblemList(string file)
{
    private readonly List<StudyProblem> _items = [];

    public string File { get; } = file;

    public int Count => _items.Count;

    public void Add(Mark at, string keyPath, string code, string message) =>
        Add(checked((int)at.Line), checked((int)at.Column), keyPath, code, message);

    public void Add(int line, int column, string keyPath, string code, string message) =>
        _items.Add(new StudyProblem(File, keyPath, line, column, code, message));

    /// <summary>The problems in file order (stable for problems at the same position).</summary>
    public IReadOnlyList<StudyProblem> InFileOrder() =>
        _items.OrderBy(p => p.Line).ThenBy(p => p.Column).ToArray();
}
