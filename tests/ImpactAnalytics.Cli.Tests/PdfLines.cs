using UglyToad.PdfPig;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>A PDF's text as lines per page: PdfPig's words grouped by baseline, top to bottom, left to right.</summary>
internal static class PdfLines
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        return document.GetPages()
            .Select(page => (IReadOnlyList<string>)page.GetWords()
                .Where(w => w.Letters.Count > 0)
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
                .OrderByDescending(g => g.Key)
                .Select(g => Normalise(string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
                .ToArray())
            .ToArray();
    }

    /// <summary>No-break spaces as spaces (PdfPig splits words at them), runs of white space as one space.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
