using ImpactAnalytics.Simulation;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class SampleIngestionTests
{
    [Fact]
    public void A_generated_sample_ingests_without_errors_and_every_row_is_accounted_for()
    {
        using var dir = new TempFolder();
        var folder = Path.Combine(dir.Path, "sample");
        SampleWriter.Write(new PopulationSettings(300, 2014, 2023, Seed: 11), folder);

        var result = dir.Run(
            Path.Combine(folder, SampleWriter.AccountsFile),
            Path.Combine(folder, SampleWriter.RegisterFile),
            Path.Combine(folder, SampleWriter.MembershipsFile),
            new IngestOptions { FirstYear = 2014, LastYear = 2023 });

        NoErrors(result);
        Assert.Equal(300, result.Panel.FirmCount);
        Assert.True(result.Panel.RowCount > 300);
        Assert.NotEmpty(result.Panel.Memberships);
        foreach (var file in result.Files)
        {
            Assert.Equal(file.RowsRead, file.RowsUsed + file.RowsQuarantined);
            Assert.Equal(0, file.RowsQuarantined);
        }

        var accounts = Accounting(result, SampleWriter.AccountsFile);
        Assert.Equal(0, accounts.RowsSkipped);
        Assert.Equal(accounts.RowsRead, result.Panel.RowPresent.Sum(p => (long)System.Numerics.BitOperations.PopCount(p)));
    }
}
