using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Tests;

/// <summary>A complete report with made-up numbers: every kind of block, and a table long enough to run on.</summary>
internal static class DemoReport
{
    public static readonly DateOnly Date = new(2025, 11, 28);

    public static ReportDocument Build(ReportLanguage language = ReportLanguage.Dutch)
    {
        var metadata = new ReportMetadata
        {
            Title = "Impact van clusterlidmaatschap",
            Subtitle = "Toegevoegde waarde en productiviteit van de leden van de Vlaamse speerpuntclusters",
            Study = "Speerpuntclusters 2014–2022",
            FirstYear = 2014,
            LastYear = 2022,
            Date = Date,
            DataSources = ["NBB Balanscentrale (jaarrekeningen)", "Ledenlijsten van de clusters", "KBO (NACE-codes)"],
            Language = language,
            Creator = "ImpactAnalytics 0.1.0",
        };

        return new ReportDocumentBuilder(metadata)
            .Heading("Kernbevindingen")
            .Bullets(
                "De leden van Catalisti halen een arbeidsproductiviteit die 18,2 % boven hun sectorbenchmark ligt.",
                "Zes van de zeven clusters tonen een positieve premie; bij Blue Cluster is het verschil niet significant.",
                "Na toetreding stijgt de productiviteit met 4,3 % na één jaar en 7,1 % na vier jaar (event study).")
            .Paragraph(
                "Dit rapport vergelijkt de toegevoegde waarde en de arbeidsproductiviteit van de leden van de "
                + "speerpuntclusters met die van hun NACE-sector. De premie is het verschil tussen de productiviteit "
                + "van de leden en wat hun sectoren zouden laten verwachten. Alle bedragen zijn in lopende euro.")
            .Heading("Kerncijfers per cluster", 2)
            .Table(KeyFigures())
            .Chart(DemoCharts.Premium())
            .Chart(DemoCharts.Distribution())
            .Heading("Catalisti", 2)
            .Chart(DemoCharts.Index())
            .Chart(DemoCharts.Flows())
            .Heading("Oorzakelijk effect", 2)
            .Chart(DemoCharts.EventStudy())
            .Chart(DemoCharts.Love(), 0.55)
            .MethodAnnex()
            .Paragraph("Benchmark: de mediaan van de arbeidsproductiviteit in de NACE-klasse (4 cijfers), met "
                + "minstens 10 ondernemingen per cel; anders de groep (3 cijfers) of de afdeling (2 cijfers).")
            .Table(Benchmarks())
            .Build();
    }

    public static ReportTable KeyFigures() => new()
    {
        Id = "cluster_summary",
        Title = "Tabel 1. Kerncijfers per cluster, 2022",
        Unit = "euro; VTE; arbeidsproductiviteit in euro per VTE",
        FirmCount = 1234,
        Columns =
        [
            new("Cluster"),
            new("Leden", CellFormat.WholeNumber),
            new("Toegevoegde waarde", CellFormat.Euro, 0),
            new("VTE", CellFormat.Number, 1),
            new("Productiviteit", CellFormat.Euro, 0),
            new("Premie", CellFormat.SignedPercent, 1),
        ],
        Rows =
        [
            new("Catalisti", 212, 4_812_345_678.0, 31_245.5, 154_019.0, 0.182),
            new("Flux50", 158, 1_234_567_890.0, 10_123.4, 121_955.0, 0.074),
            new("VIL", 301, 2_345_678_901.0, 22_456.7, 104_455.0, 0.031),
            new("Flanders' FOOD", 247, 3_456_789_012.0, 28_901.2, 119_607.0, 0.121),
            new("Blue Cluster", 96, TableCell.Suppressed, 1_234.5, TableCell.Suppressed, -0.052),
            new("MEDVIA", 74, 987_654_321.0, 5_432.1, 181_820.0, 0.236),
            new("SIM", 146, 876_543_210.0, 6_789.0, 129_113.0, 0.097),
            new TableRow([TableCell.Of("Alle clusters"), 1234, 13_713_178_012.0, 106_182.4, 129_147.0, 0.112], IsTotal: true),
        ],
    };

    public static ReportTable Benchmarks()
    {
        var rows = new List<TableRow>();
        for (var i = 0; i < 70; i++)
        {
            var nace = (1000 + (i * 37 % 8000)).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            TableCell median = i % 11 == 5 ? TableCell.Suppressed : 60_000.0 + (i * 1_234.5);
            rows.Add(new TableRow(nace, 2022, 10 + (i * 7 % 200), median, 0.9 + (i % 5 * 0.05)));
        }

        return new ReportTable
        {
            Id = "benchmarks",
            Title = "Tabel A1. Sectorbenchmarks (NACE-klasse), 2022",
            Unit = "euro per VTE",
            Columns =
            [
                new("NACE-code"),
                new("Jaar", CellFormat.Year),
                new("Ondernemingen", CellFormat.WholeNumber),
                new("Mediane productiviteit", CellFormat.Euro, 0),
                new("Verhouding", CellFormat.Number, 2),
            ],
            Rows = rows,
            Notes = ["Verhouding: totale toegevoegde waarde gedeeld door totale VTE, t.o.v. de mediaan."],
        };
    }
}
