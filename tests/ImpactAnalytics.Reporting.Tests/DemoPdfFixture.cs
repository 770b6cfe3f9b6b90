using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Pdf;
using UglyToad.PdfPig;

namespace ImpactAnalytics.Reporting.Tests;

/// <summary>The demo report written once per language for all PDF tests (writing it takes seconds).</summary>
public sealed class DemoPdfFixture
{
    public DemoPdfFixture()
    {
        Dutch = new DemoPdf(ReportLanguage.Dutch);
        English = new DemoPdf(ReportLanguage.English);
    }

    public DemoPdf Dutch { get; }

    public DemoPdf English { get; }
}

/// <summary>One written demo report: its bytes, reported page count and the text of each page.</summary>
public sealed class DemoPdf
{
    public DemoPdf(ReportLanguage language)
    {
        using var stream = new MemoryStream();
        ReportedPages = PdfReportWriter.Write(DemoReport.Build(language), stream);
        Bytes = stream.ToArray();
        using var document = PdfDocument.Open(Bytes);
        // Words joined by one space; a no-break space counts as a space, since PdfPig splits words at it.
        PageTexts = document.GetPages()
            .Select(page => Normalise(string.Join(' ', page.GetWords().Select(w => w.Text))))
            .ToArray();
    }

    public int ReportedPages { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> PageTexts { get; }

    public string AllText => string.Join('\n', PageTexts);

    public static string Normalise(string text) => text.Replace(ReportCulture.NoBreakSpace, ' ');
}
