using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// The sample study loaded, ingested and evaluated once for <see cref="NotebookNumbersTests"/>, the way the notebooks
/// do it (ImpactAnalytics.Notebooks.SampleStudy), plus the reader of notebooks/expected/.
/// </summary>
public sealed class NotebookSample
{
    public NotebookSample()
    {
        Study = StudyFile.Load(RepoPaths.SampleStudy).Study ?? throw new InvalidOperationException("the sample study does not load");
        var nace = NaceClassifications.Load(Study.Inputs.NaceFolder);
        Panel = Ingest.Run(Study.Inputs, IngestionOptions.For(Study, nace)).Panel;
        Settings = EvaluationMapping.Settings(Study);
        Evaluation = Core.Evaluation.Evaluation.Run(Panel, Settings);
    }

    public Study Study { get; }

    public FirmPanel Panel { get; }

    public EvaluationSettings Settings { get; }

    public EvaluationResult Evaluation { get; }

    /// <summary>The <c>check: key = value</c> lines of notebooks/expected/&lt;notebook&gt;.txt as key → value text.</summary>
    public static IReadOnlyDictionary<string, string> ExpectedChecks(string notebook)
    {
        var path = Path.Combine(RepoPaths.Root, "notebooks", "expected", notebook + ".txt");
        var checks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("check: ", StringComparison.Ordinal)))
        {
            var body = line["check: ".Length..];
            var split = body.IndexOf(" = ", StringComparison.Ordinal);
            checks.Add(body[..split], body[(split + 3)..]);
        }

        return checks;
    }
}
