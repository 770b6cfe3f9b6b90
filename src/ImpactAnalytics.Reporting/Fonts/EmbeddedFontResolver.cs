using ScottPlot;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Fonts;

/// <summary>Answers ScottPlot's requests for <see cref="ReportFonts.FamilyName"/> with the embedded typefaces.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Matches(fontName) ? ReportFonts.Get(bold) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        Matches(fontName) ? ReportFonts.Get(weight >= FontWeight.SemiBold) : null;

    private static bool Matches(string fontName) =>
        string.Equals(fontName, ReportFonts.FamilyName, StringComparison.OrdinalIgnoreCase);
}
