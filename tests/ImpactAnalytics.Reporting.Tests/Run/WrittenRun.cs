using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Counterfactual;
using ImpactAnalytics.Simulation;
using UglyToad.PdfPig;

namespace ImpactAnalytics.Reporting.Tests.Run;

/// <summary>
/// A generated population, its evaluation, and the run's files written by <see cref="Report.Write"/> into a temporary
/// folder; the folder is deleted on dispose.
/// </summary>
public sealed class WrittenRun : IDisposable
{
    public static readonly DateOnly Date = new(2025, 11, 28);

    public WrittenRun(
        SimulatedPopulation population, EvaluationSettings settings, EvaluationResult result, ReportLanguage language,
        CounterfactualSection? counterfactual = null)
    {
        Population = population;
        Result = result;
        Folder = Path.Combine(Path.GetTempPath(), "ia-report-" + Guid.NewGuid().ToString("N"));
        Files = Report.Write(Input(population, settings, result, language, counterfactual), Folder);
        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(Folder, "report.pdf")));
        PageTexts = document.GetPages()
            .Select(page => DemoPdf.Normalise(string.Join(' ', page.GetWords().Select(w => w.Text))))
            .ToArray();
    }

    public SimulatedPopulation Population { get; }

    public EvaluationResult Result { get; }

    public string Folder { get; }

    public ReportFiles Files { get; }

    public IReadOnlyList<string> PageTexts { get; }

    public string PdfText => string.Join('\n', PageTexts);

    public static ReportInput Input(
        SimulatedPopulation population, EvaluationSettings settings, EvaluationResult result, ReportLanguage language,
        CounterfactualSection? counterfactual = null) => new()
        {
            Language = language,
            Title = "Economische impact van de speerpuntclusters",
            Study = "generated",
            Date = Date,
            DataSources = ["NBB Balanscentrale (synthetisch)", "Ledenlijsten (synthetisch)"],
            Settings = settings,
            Result = result,
            Counts = new InputCounts(population.Panel.FirmCount, population.Panel.RowCount),
            Counterfactual = counterfactual,
        };

    /// <summary>Bootstrap shortened to 200 replicates: the tests check the report, not the interval's precision.</summary>
    public static EvaluationSettings Settings { get; } = new() { Bootstrap = new BootstrapSettings { Replicates = 200 } };

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
