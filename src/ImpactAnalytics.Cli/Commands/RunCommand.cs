using System.CommandLine;
using System.Globalization;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Commands;

/// <summary>
/// <c>impact run [STUDY]</c>: the whole evaluation. Reads and validates the inputs, computes the descriptive
/// evaluation, and writes <c>out/&lt;name&gt;/</c> (ARCHITECTURE.md §5) through a staging folder, so a failed run
/// leaves the previous output untouched and nothing half-written.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context, TimeProvider clock)
    {
        var study = new Argument<string?>("STUDY")
        {
            Description = $"The study file (YAML). Default: {StudyLoader.DefaultStudy}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Output folder. Default: out/<study name>.",
        };
        var language = new Option<string?>("--language")
        {
            Description = "Report language, overriding the study file: nl (default) or en.",
        };
        language.AcceptOnlyFromAmong("nl", "en");
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Parse the inputs even when the panel cache (.cache beside the output folder) holds them.",
        };
        var command = new Command("run", "Run the whole evaluation of a study and write the report, tables, charts and manifest.")
        {
            study,
            output,
            language,
            noCache,
        };
        command.SetAction(parse => Execute(
            context, clock, parse.GetValue(study), parse.GetValue(output), parse.GetValue(language), parse.GetValue(noCache)));
        return command;
    }

    // The cache lives beside the output folder (out/.cache for out/sample), keyed by the inputs' hashes and the
    // ingestion options, so a second run with other benchmark settings skips parsing (Ingestion/README.md).
    // A new entry is written on a thread of its own while the run goes on (storing); the panel's values are let go
    // only once it is written. The input hashes the key was computed from serve the manifest.
    private static IngestionResult Cached(
        CliContext context, Study study, IngestOptions options, string target, out Task<string?>? storing, out IReadOnlyDictionary<string, string> hashes)
    {
        var folder = Path.Combine(Path.GetDirectoryName(target) ?? ".", ".cache");
        var cached = Ingest.RunCached(study.Inputs, options, folder, storeInBackground: true);
        if (cached.Note is { } note)
        {
            context.Progress("panel cache: " + note);
        }

        context.Progress(cached.CacheHit ? "panel cache: hit, parsing skipped" : "panel cache: writing an entry for the next run, beside the evaluation");
        storing = cached.Storing;
        hashes = cached.InputHashes;
        return cached.Result;
    }

    // The measures need the rubric values, and so does a cache entry being written: they go when both are done.
    private static void ReleaseValues(FirmMeasures measures, Task<string?>? storing)
    {
        if (storing is null)
        {
            measures.ReleasePanelValues();
            return;
        }

        storing.ContinueWith(
            done =>
            {
                if (done.IsCompletedSuccessfully)
                {
                    measures.ReleasePanelValues();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static void Stored(CliContext context, Task<string?>? storing)
    {
        if (storing is not null)
        {
            var note = storing.GetAwaiter().GetResult();
            context.Progress(note is null ? "panel cache: stored for the next run" : "panel cache: " + note);
        }
    }

    private static int Execute(CliContext context, TimeProvider clock, string? studyPath, string? outPath, string? language, bool noCache)
    {
        var study = StudyLoader.Load(studyPath);
        if (language is not null)
        {
            var lang = language == "en" ? ReportLanguage.English : ReportLanguage.Dutch;
            var title = study.Report.Title == ReportSettings.DefaultTitle(study.Report.Language)
                ? ReportSettings.DefaultTitle(lang)
                : study.Report.Title;
            study = study with { Report = study.Report with { Language = lang, Title = title } };
        }

        using var staging = OutputStaging.Begin(outPath ?? Path.Combine("out", study.Name));
        var ingestion = ProgressDisplay.Run(context, timings =>
        {
            var nace = timings.Run("load NACE classifications", () => NaceLoading.Load(study.Inputs.NaceFolder));
            var options = IngestionOptions.For(study, nace);
            Task<string?>? storing = null;
            IReadOnlyDictionary<string, string> known = new Dictionary<string, string>(StringComparer.Ordinal);
            var ingested = noCache
                ? timings.Run("ingest", () => Ingest.Run(study.Inputs, options))
                : timings.Run("ingest (panel cache)", () => Cached(context, study, options, staging.Target, out storing, out known));
            try
            {
                // The manifest's input hashes, from here on beside the run (the cache key's hashes are not computed again).
                var inputHashes = InputHashes.Start(study, known);
                if (ingested.Panel.RowCount == 0)
                {
                    ValidateCommand.WriteSummary(context.Error, ingested, folder: null);
                    throw CliException.BadInput("no usable firm-years in the inputs: nothing to evaluate (see the issues above)");
                }

                // The measures first; then the evaluation and the counterfactual estimators, which both work from them,
                // side by side. Everything from the measures on works without the rubric values: letting them go (once a
                // cache entry being written has them) keeps the peak memory under 2 GB at 500,000 firms (docs/performance.md).
                var settings = EvaluationMapping.Settings(study);
                var measures = timings.Run("measures", () => MeasureCalculator.Compute(ingested.Panel, settings.Measures, settings.Deflators));
                ReleaseValues(measures, storing);
                var (evaluation, counterfactual) = timings.Run(
                    "evaluate and counterfactual", () => ReportStage.EvaluateAndEstimate(study, ingested, settings, measures));
                Stored(context, storing);
                timings.Run("write report", () => ReportStage.Write(study, ingested, evaluation, counterfactual, clock, staging.Staging));
                timings.Run("write data quality", () =>
                {
                    ingested.WriteDataQuality(staging.PathOf("data_quality.csv"));
                    ingested.WriteQuarantine(staging.PathOf("quarantine"));
                });
                RunManifest.Write(staging.PathOf("manifest.json"), study, ingested, timings, staging.Staging, inputHashes);
                return ingested;
            }
            finally
            {
                // A run that fails after the cache entry began to be written lets the entry finish (or fail) before the
                // command returns, so nothing is still writing into the cache folder behind a finished command. After a
                // successful run the entry is already in place (Stored) and this returns at once.
                storing?.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait();
            }
        });

        staging.Commit();
        var errors = ingestion.Issues.Count(i => i.Severity == Severity.Error);
        var quarantined = ingestion.Files.Sum(f => f.RowsQuarantined);
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {staging.Target}: report.pdf, tables.xlsx, tables/, charts/, manifest.json"));
        if (errors > 0)
        {
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"note: {errors} data error(s), {quarantined} row(s) quarantined — see data_quality.csv and quarantine/"));
        }

        return ExitCodes.Ok;
    }
}
