using System.Runtime.CompilerServices;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Notebooks;

/// <summary>
/// Loads a study and ingests its inputs exactly as <c>impact run</c> does (the same study-to-options mapping), so a
/// notebook's numbers are the command's numbers. 01-quickstart spells these steps out; the later notebooks call this.
/// </summary>
public static class SampleStudy
{
    /// <summary>Loads data/sample/study.yaml of the repository that holds the calling notebook.</summary>
    public static LoadedStudy Load([CallerFilePath] string callerFile = "")
    {
        var root = Repository.Root(callerFile);
        return Load(root, Repository.SampleStudy(root));
    }

    /// <summary>Loads <paramref name="studyFile"/>; throws with every problem listed when the file does not validate.</summary>
    public static LoadedStudy Load(string root, string studyFile)
    {
        var loaded = StudyFile.Load(studyFile);
        var study = loaded.Study ?? throw new InvalidOperationException(
            $"{studyFile} does not validate:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", loaded.Problems.Select(p => p.ToString())));
        var nace = NaceClassifications.Load(study.Inputs.NaceFolder);
        return new LoadedStudy(root, study, Ingest.Run(study.Inputs, IngestionOptions.For(study, nace)));
    }
}
