using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Tests;

/// <summary>One chart of each kind with made-up numbers, Dutch titles.</summary>
internal static class DemoCharts
{
    public static PremiumChart Premium() => new()
    {
        Title = "Productiviteitspremie van de leden t.o.v. hun sector, 2022",
        Unit = "% boven de sectorbenchmark (arbeidsproductiviteit)",
        FirmCount = 1234,
        FileName = "premium",
        Points =
        [
            new("Catalisti", 0.182, 0.101, 0.270, 212),
            new("Flux50", 0.074, -0.012, 0.161, 158),
            new("VIL", 0.031, -0.044, 0.112, 301),
            new("Flanders' FOOD", 0.121, 0.064, 0.183, 247),
            new("Blue Cluster", -0.052, -0.171, 0.066, 96),
            new("MEDVIA", 0.236, 0.088, 0.402, 74),
            new("SIM", 0.097, 0.020, 0.176, 146),
        ],
    };

    public static DistributionChart Distribution() => new()
    {
        Title = "Positie van de leden in hun sector, 2022",
        Unit = "percentiel (50 = sectormediaan)",
        FirmCount = 1234,
        FileName = "distribution",
        Measure = DistributionMeasure.Percentile,
        Boxes =
        [
            new("Catalisti", 212, 21, 44, 66, 84, 94),
            new("Flux50", 158, 15, 35, 57, 78, 91),
            new("VIL", 301, 12, 31, 52, 74, 89),
            new("Flanders' FOOD", 247, 18, 40, 61, 80, 92),
            new("Blue Cluster", 96, 8, 25, 47, 70, 88),
            new("MEDVIA", 74, 24, 48, 71, 88, 97),
            new("SIM", 146, 17, 38, 59, 79, 92),
        ],
    };

    public static IndexChart Index() => new()
    {
        Title = "Toegevoegde waarde en werkgelegenheid, Catalisti en sector",
        Unit = "index, 2014 = 100",
        FirmCount = 212,
        FileName = "index_catalisti",
        BaseYear = 2014,
        Points = Enumerable.Range(2014, 9)
            .Select(year =>
            {
                var t = year - 2014;
                return new IndexPoint(
                    year,
                    1000.0 * Math.Pow(1.052, t),
                    50_000.0 * Math.Pow(1.031, t),
                    800.0 * Math.Pow(1.021, t),
                    40_000.0 * Math.Pow(1.008, t));
            })
            .ToArray(),
    };

    public static FlowChart Flows() => new()
    {
        Title = "Blijvers, nieuwkomers en uittreders per jaar, Catalisti",
        Unit = "aantal ondernemingen",
        FirmCount = 212,
        FileName = "flows_catalisti",
        Points =
        [
            new(2015, 150, 22, 9),
            new(2016, 165, 18, 7),
            new(2017, 172, 25, 11),
            new(2018, 186, 14, 11),
            new(2019, 189, 19, null),
            new(2020, 197, 12, 8),
            new(2021, 201, 16, 8),
            new(2022, 205, 17, 12),
        ],
    };

    public static EventStudyChart EventStudy() => new()
    {
        Title = "Effect van toetreding op de arbeidsproductiviteit (event study)",
        Unit = "% verschil t.o.v. controlegroep",
        FirmCount = 612,
        FileName = "event_study",
        ValuesAreShares = true,
        Points =
        [
            new(-4, 0.008, -0.031, 0.047),
            new(-3, -0.006, -0.040, 0.028),
            new(-2, 0.004, -0.026, 0.034),
            new(-1, 0.0, null, null),
            new(0, 0.021, -0.006, 0.048),
            new(1, 0.043, 0.011, 0.075),
            new(2, 0.058, 0.019, 0.097),
            new(3, 0.066, 0.017, 0.115),
            new(4, 0.071, 0.009, 0.133),
        ],
    };

    public static LovePlotChart Love() => new()
    {
        Title = "Balans van de covariaten vóór en na matching",
        Unit = "gestandaardiseerd verschil in gemiddelden",
        FirmCount = 612,
        FileName = "love_plot",
        Rows =
        [
            new("ln(arbeidsproductiviteit), t−1", 0.42, 0.03),
            new("ln(VTE), t−1", 0.61, 0.05),
            new("Groei toegevoegde waarde, t−2 → t−1", 0.18, -0.02),
            new("Leeftijd van de onderneming", 0.27, 0.06),
            new("Solvabiliteit", -0.14, 0.01),
            new("Exporteur", 0.35, -0.04),
        ],
    };

    public static IReadOnlyList<ReportChart> All() =>
        [Premium(), Distribution(), Index(), Flows(), EventStudy(), Love()];
}
