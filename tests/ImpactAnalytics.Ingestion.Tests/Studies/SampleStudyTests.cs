using ImpactAnalytics.Ingestion.Studies;
using ImpactAnalytics.Ingestion.Tests.Nace;

namespace ImpactAnalytics.Ingestion.Tests.Studies;

public sealed class SampleStudyTests
{
    private static readonly string SampleStudy = Path.Combine(RepositoryData.SampleFolder, "study.yaml");

    private static readonly string[] DataFiles = ["accounts.csv.gz", "register.csv", "memberships.csv"];

    [Fact]
    public void The_sample_study_loads_or_lacks_only_the_generated_data_files()
    {
        var result = StudyFile.Load(SampleStudy);

        var missing = DataFiles.Where(f => !File.Exists(Path.Combine(RepositoryData.SampleFolder, f))).ToArray();
        if (missing.Length == 0)
        {
            Assert.True(result.Success, string.Join("\n", result.Problems));
            Assert.Equal("sample", result.Study!.Name);
            Assert.Equal(new YearRange(2014, 2023), result.Study.Years);
            Assert.Equal("Economische impact van de speerpuntclusters", result.Study.Report.Title);
            Assert.Equal(RepositoryData.NaceFolder, result.Study.Inputs.NaceFolder);
        }
        else
        {
            // Until `impact sample` has written data/sample/, the file itself must still be flawless: the only
            // problems allowed are the data files that are not there yet.
            Assert.All(result.Problems, p => Assert.Equal(StudyProblemCodes.MissingFile, p.Code));
            Assert.Equal(
                missing.Select(f => Path.Combine(RepositoryData.SampleFolder, f)).Order(StringComparer.Ordinal),
                result.Problems.Select(p => p.Message.Split('\'')[^2]).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_study_file_documentation_covers_every_key()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryData.Root, "docs", "study-file.md"));

        var undocumented = StudyKeyPaths.All.Where(k => !doc.Contains($"`{k}`", StringComparison.Ordinal)).ToArray();

        Assert.Empty(undocumented);
    }
}
