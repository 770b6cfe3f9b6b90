using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// What the long-form parse tests share: firms numbered 0, 1, … with valid enterprise numbers, a register of the
/// first n of them, an ingestion of an accounts file with a chosen parallelism, and panels compared to the bit.
/// </summary>
internal static class LongFormFixtures
{
    /// <summary>The enterprise number of test firm <paramref name="firm"/>, ten digits without dots.</summary>
    public static string Number(int firm) =>
        EnterpriseNumber.FromBody(2_000_000 + (firm * 7919)).ToString().Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>A register of firms 0 … <paramref name="firms"/> − 1, all NACE 20.16 in Antwerpen.</summary>
    public static string Register(int firms)
    {
        var text = new StringBuilder("enterprise_number,name,nace,nace_version,region,founded\n");
        for (var f = 0; f < firms; f++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Number(f)},Firm {f},20160,NACE-BEL 2008,Antwerpen,1990\n");
        }

        return text.ToString();
    }

    /// <summary>Ingests <paramref name="accounts"/> (2010–2022) beside a register of <paramref name="firms"/> firms.</summary>
    public static IngestionResult Run(TempFolder dir, string accounts, int firms, LongFormParallelism parallelism)
    {
        var inputs = new InputFiles
        {
            Accounts = accounts,
            Register = dir.Write("register.csv", Register(firms)),
            Memberships = dir.Write("memberships.csv", TempFolder.Memberships),
            NaceFolder = dir.Path,
        };
        return Ingest.RunWith(inputs, new IngestOptions { FirstYear = 2010, LastYear = 2022 }, parallelism);
    }

    /// <summary>The same row accounting per file and the same panel: rows, presence bits and every value to the bit.</summary>
    public static void AssertSamePanel(IngestionResult expected, IngestionResult actual)
    {
        Assert.Equal(expected.Files.Select(f => (f.File, f.RowsRead, f.RowsUsed, f.RowsQuarantined, f.RowsSkipped)),
            actual.Files.Select(f => (f.File, f.RowsRead, f.RowsUsed, f.RowsQuarantined, f.RowsSkipped)));
        var (e, a) = (expected.Panel, actual.Panel);
        Assert.True(e.RowCount > 0);
        Assert.Equal(e.RowFirm, a.RowFirm);
        Assert.Equal(e.RowYear, a.RowYear);
        Assert.Equal(e.RowScheme, a.RowScheme);
        Assert.Equal(e.RowMonths, a.RowMonths);
        Assert.Equal(e.RowPresent, a.RowPresent);
        foreach (var rubric in Enum.GetValues<Rubric>())
        {
            Assert.Equal(Bits(e, rubric), Bits(a, rubric));
        }
    }

    /// <summary>
    /// The issue with its message blanked when it is about the field count: that message names the header's width,
    /// which differs between a file and the same file with a column added to force the general path.
    /// </summary>
    public static DataIssue FieldCountMessageBlanked(DataIssue issue) =>
        issue.Code == IssueCodes.RowFieldCount ? issue with { Message = string.Empty } : issue;

    private static IEnumerable<long> Bits(FirmPanel panel, Rubric rubric) =>
        (panel.Column(rubric) ?? []).Select(BitConverter.DoubleToInt64Bits);
}
