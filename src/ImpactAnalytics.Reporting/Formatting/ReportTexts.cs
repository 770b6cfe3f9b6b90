using System.Globalization;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Reporting.Formatting;

/// <summary>
/// The fixed strings of a report in one language: labels of the title page, page numbers, table and chart captions,
/// axis titles. Texts that depend on results (headings, findings) come from the report model, not from here.
/// </summary>
public sealed class ReportTexts
{
    private ReportTexts()
    {
    }

    /// <summary>The Dutch texts.</summary>
    public static ReportTexts Dutch { get; } = new()
    {
        SourceLine = "Bron: NBB Balanscentrale; bewerking ImpactAnalytics",
        PageWord = "p.",
        PageOfWord = "van",
        StudyLabel = "Studie",
        PeriodLabel = "Periode",
        DateLabel = "Datum",
        DataSourcesLabel = "Gegevensbronnen",
        UnitLabel = "Eenheid",
        FirmsWord = "ondernemingen",
        ContinuedSuffix = "(vervolg)",
        SuppressedMark = "x",
        SuppressedFootnote = "x: niet gepubliceerd (te weinig ondernemingen, één dominante onderneming, of ter bescherming van een andere geheime cel)",
        MethodAnnexTitle = "Methodologische bijlage",
        Year = "Jaar",
        Cluster = "Cluster",
        Members = "Leden",
        Sector = "Sector",
        ValueAdded = "Toegevoegde waarde",
        Employment = "Werkgelegenheid (VTE)",
        Staying = "Blijvers",
        New = "Nieuwkomers",
        Exiting = "Uittreders",
        PremiumAxis = "Productiviteitspremie t.o.v. de sector",
        Interval95 = "95 %-betrouwbaarheidsinterval",
        Estimate = "Schatting",
        IndexAxis = "Index (basisjaar {0} = 100)",
        LogRatioAxis = "ln(productiviteit lid / sectorbenchmark)",
        PercentileAxis = "Percentiel van het lid in zijn sector",
        EventTimeAxis = "Jaren t.o.v. toetreding (e)",
        EffectAxis = "Geschat effect",
        SmdAxis = "Gestandaardiseerd verschil in gemiddelden (SMD)",
        BeforeMatching = "Vóór matching",
        AfterMatching = "Na matching",
        Covariate = "Covariaat",
    };

    /// <summary>The English texts.</summary>
    public static ReportTexts English { get; } = new()
    {
        SourceLine = "Source: NBB Central Balance Sheet Office; ImpactAnalytics calculations",
        PageWord = "p.",
        PageOfWord = "of",
        StudyLabel = "Study",
        PeriodLabel = "Period",
        DateLabel = "Date",
        DataSourcesLabel = "Data sources",
        UnitLabel = "Unit",
        FirmsWord = "firms",
        ContinuedSuffix = "(continued)",
        SuppressedMark = "x",
        SuppressedFootnote = "x: not published (too few firms, one dominant firm, or to protect another suppressed cell)",
        MethodAnnexTitle = "Method annex",
        Year = "Year",
        Cluster = "Cluster",
        Members = "Members",
        Sector = "Sector",
        ValueAdded = "Value added",
        Employment = "Employment (FTE)",
        Staying = "Staying",
        New = "New",
        Exiting = "Exiting",
        PremiumAxis = "Productivity premium over the sector",
        Interval95 = "95% confidence interval",
        Estimate = "Estimate",
        IndexAxis = "Index (base year {0} = 100)",
        LogRatioAxis = "ln(member productivity / sector benchmark)",
        PercentileAxis = "Member's percentile in its sector",
        EventTimeAxis = "Years relative to joining (e)",
        EffectAxis = "Estimated effect",
        SmdAxis = "Standardised mean difference (SMD)",
        BeforeMatching = "Before matching",
        AfterMatching = "After matching",
        Covariate = "Covariate",
    };

    /// <summary>The texts of a report language.</summary>
    public static ReportTexts For(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    /// <summary>The source line under every chart and table.</summary>
    public required string SourceLine { get; init; }

    public required string PageWord { get; init; }
    public required string PageOfWord { get; init; }
    public required string StudyLabel { get; init; }
    public required string PeriodLabel { get; init; }
    public required string DateLabel { get; init; }
    public required string DataSourcesLabel { get; init; }
    public required string UnitLabel { get; init; }
    public required string FirmsWord { get; init; }

    /// <summary>Appended to a table title when the table goes on on the next page.</summary>
    public required string ContinuedSuffix { get; init; }

    /// <summary>What a suppressed cell shows instead of its value.</summary>
    public required string SuppressedMark { get; init; }

    /// <summary>The footnote under a table with at least one suppressed cell.</summary>
    public required string SuppressedFootnote { get; init; }

    public required string MethodAnnexTitle { get; init; }
    public required string Year { get; init; }
    public required string Cluster { get; init; }
    public required string Members { get; init; }
    public required string Sector { get; init; }
    public required string ValueAdded { get; init; }
    public required string Employment { get; init; }
    public required string Staying { get; init; }
    public required string New { get; init; }
    public required string Exiting { get; init; }
    public required string PremiumAxis { get; init; }
    public required string Interval95 { get; init; }
    public required string Estimate { get; init; }

    /// <summary>Axis title of index charts; {0} is the base year.</summary>
    public required string IndexAxis { get; init; }

    public required string LogRatioAxis { get; init; }
    public required string PercentileAxis { get; init; }
    public required string EventTimeAxis { get; init; }
    public required string EffectAxis { get; init; }
    public required string SmdAxis { get; init; }
    public required string BeforeMatching { get; init; }
    public required string AfterMatching { get; init; }
    public required string Covariate { get; init; }

    /// <summary>The page label of the footer: "p. 3 van 12" or "p. 3 of 12".</summary>
    public string PageLabel(int page, int pageCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{PageWord} {page} {PageOfWord} {pageCount}");

    /// <summary>The unit line under a table or chart title: "Eenheid: euro per VTE".</summary>
    public string UnitLine(string unit) => UnitLabel + ": " + unit;

    /// <summary>The line that says how many firms stand behind a table or chart: "N = 1.234 ondernemingen".</summary>
    public string FirmCountLine(long n, ReportCulture culture) => "N = " + culture.WholeNumber(n) + " " + FirmsWord;

    /// <summary>The index axis title for a base year.</summary>
    public string IndexAxisFor(int baseYear) =>
        string.Format(CultureInfo.InvariantCulture, IndexAxis, ReportCulture.Year(baseYear));
}
