using System.CommandLine;
using System.Globalization;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion;

namespace ImpactAnalytics.Cli.Commands;

/// <summary>
/// <c>impact validate [STUDY]</c>: ingestion and validation only. Prints the row accounting and the data-quality
/// summary, writes <c>data_quality.csv</c> and <c>quarantine/</c>, and exits 1 when an error-level issue exists.
/// </summary>
public static class ValidateCommand
{
    /// <summary>How many issues the summary prints before pointing to data_quality.csv.</summary>
    private const int IssuesShown = 20;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var study = new Argument<string?>("STUDY")
        {
            Description = $"The study file (YAML). Default: {StudyLoader.DefaultStudy}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Folder for data_quality.csv and quarantine/. Default: out/<study name>-validate.",
        };
        var command = new Command("validate", "Read and validate a study's inputs: data-quality report and quarantine files; exit 1 on errors.")
        {
            study,
            output,
        };
        command.SetAction(parse => Execute(context, parse.GetValue(study), parse.GetValue(output)));
        return command;
    }

    private static int Execute(CliContext context, string? studyPath, string? outPath)
    {
        var study = StudyLoader.Load(studyPath);
        using var staging = OutputStaging.Begin(outPath ?? Path.Combine("out", study.Name + "-validate"));
        var result = ProgressDisplay.Run(context, timings =>
        {
            var nace = timings.Run("load NACE classifications", () => NaceLoading.Load(study.Inputs.NaceFolder));
            return timings.Run("ingest", () => Ingest.Run(study.Inputs, IngestionOptions.For(study, nace)));
        });

        result.WriteDataQuality(staging.PathOf("data_quality.csv"));
        result.WriteQuarantine(staging.PathOf("quarantine"));
        staging.Commit();
        WriteSummary(context.Out, result, staging.Target);
        return result.HasErrors ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>
    /// Prints the accounting per file and the issue summary; <paramref name="folder"/> is where data_quality.csv was
    /// written, <c>null</c> when nothing was written.
    /// </summary>
    public static void WriteSummary(TextWriter output, IngestionResult result, string? folder)
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max(4, result.Files.Max(f => (int?)f.File.Length) ?? 4);
        output.WriteLine(string.Create(c, $"{"file".PadRight(width)}  {"read",10}  {"used",10}  {"quarantined",11}  {"skipped",10}"));
        foreach (var f in result.Files)
        {
            output.WriteLine(string.Create(
                c, $"{f.File.PadRight(width)}  {f.RowsRead,10}  {f.RowsUsed,10}  {f.RowsQuarantined,11}  {f.RowsSkipped,10}"));
        }

        var panel = result.Panel;
        output.WriteLine(string.Create(c, $"panel: {panel.FirmCount} firms, {panel.RowCount} firm-years, {panel.Memberships.Length} membership spells"));
        var errors = result.Issues.Count(i => i.Severity == Severity.Error);
        var warnings = result.Issues.Count(i => i.Severity == Severity.Warning);
        var infos = result.Issues.Count - errors - warnings;
        output.WriteLine(string.Create(c, $"issues: {errors} error(s), {warnings} warning(s), {infos} note(s)"));
        foreach (var issue in result.Issues.OrderByDescending(i => i.Severity).Take(IssuesShown))
        {
            output.WriteLine(string.Create(
                c, $"  {issue.Severity.ToString().ToLowerInvariant()} {issue.File}:{issue.Line}:{issue.Column}: {issue.Message} [{issue.Code}]"));
        }

        if (result.Issues.Count > IssuesShown)
        {
            output.WriteLine(string.Create(c, $"  … and {result.Issues.Count - IssuesShown} more"));
        }

        output.WriteLine(folder is null
            ? "data quality report: not written (the run stopped before writing any output)"
            : $"data quality report: {Path.Combine(folder, "data_quality.csv")}");
    }
}
