using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Ingestion.Tests.Cache;

/// <summary>Field-by-field equality of two ingestion results (records hold lists, which compare by reference).</summary>
internal static class PanelAssert
{
    public static void Equal(IngestionResult expected, IngestionResult actual)
    {
        Equal(expected.Panel, actual.Panel);
        Assert.Equal(expected.Issues, actual.Issues);
        Assert.Equal(expected.Files.Count, actual.Files.Count);
        for (var i = 0; i < expected.Files.Count; i++)
        {
            var (e, a) = (expected.Files[i], actual.Files[i]);
            Assert.Equal((e.File, e.RowsRead, e.RowsUsed, e.RowsQuarantined, e.RowsSkipped, e.Dialect), (a.File, a.RowsRead, a.RowsUsed, a.RowsQuarantined, a.RowsSkipped, a.Dialect));
            Assert.Equal(e.Columns, a.Columns);
        }

        Assert.Equal(expected.Quarantine.Count, actual.Quarantine.Count);
        for (var i = 0; i < expected.Quarantine.Count; i++)
        {
            var (e, a) = (expected.Quarantine[i], actual.Quarantine[i]);
            Assert.Equal((e.File, e.Line, e.Code, e.Message), (a.File, a.Line, a.Code, a.Message));
            Assert.Equal(e.Fields, a.Fields);
        }
    }

    public static void Equal(FirmPanel expected, FirmPanel actual)
    {
        Assert.Equal(expected.FirmIds, actual.FirmIds);
        Assert.Equal(expected.FirmNames, actual.FirmNames);
        Assert.Equal(expected.FirmNace, actual.FirmNace);
        Assert.Equal(expected.NaceTable, actual.NaceTable);
        Assert.Equal(expected.FirmRegion, actual.FirmRegion);
        Assert.Equal(expected.RegionTable, actual.RegionTable);
        Assert.Equal(expected.FirmFounded, actual.FirmFounded);
        Assert.Equal(expected.FirmFirstRow, actual.FirmFirstRow);
        Assert.Equal(expected.RowFirm, actual.RowFirm);
        Assert.Equal(expected.RowYear, actual.RowYear);
        Assert.Equal(expected.RowScheme, actual.RowScheme);
        Assert.Equal(expected.RowMonths, actual.RowMonths);
        Assert.Equal(expected.RowPresent, actual.RowPresent);
        Assert.Equal(expected.Memberships, actual.Memberships);
        foreach (var rubric in RubricCodes.All)
        {
            Assert.Equal(expected.Column(rubric) is null, actual.Column(rubric) is null);
            for (var r = 0; r < expected.RowCount; r++)
            {
                // Bit-for-bit: the cache must not round values.
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Value(r, rubric) ?? 0), BitConverter.DoubleToInt64Bits(actual.Value(r, rubric) ?? 0));
                Assert.Equal(expected.Has(r, rubric), actual.Has(r, rubric));
            }
        }
    }
}
