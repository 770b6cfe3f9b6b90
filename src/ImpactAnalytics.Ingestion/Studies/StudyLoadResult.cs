namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// The outcome of <see cref="StudyFile.Load"/>: a validated <see cref="Study"/> when the file has no problem,
/// otherwise every problem found (the loader does not stop at the first), in file order.
/// </summary>
public sealed record StudyLoadResult
{
    private StudyLoadResult(Study? study, IReadOnlyList<StudyProblem> problems)
    {
        Study = study;
        Problems = problems;
    }

    /// <summary>The study; <c>null</c> when <see cref="Problems"/> is not empty.</summary>
    public Study? Study { get; }

    /// <summary>Every problem, ordered by line and column; empty on success.</summary>
    public IReadOnlyList<StudyProblem> Problems { get; }

    /// <summary><c>true</c> when the study loaded.</summary>
    public bool Success => Study is not null;

    internal static StudyLoadResult Ok(Study study) => new(study, []);

    internal static StudyLoadResult Fail(IReadOnlyList<StudyProblem> problems) => new(null, problems);
}
