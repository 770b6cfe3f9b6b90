using SkiaSharp;

namespace ImpactAnalytics.Reporting.Fonts;

/// <summary>
/// The one typeface family of every report, chart and PDF: Liberation Sans (SIL OFL 1.1, see LICENSE-OFL.txt),
/// embedded in this assembly. Nothing depends on the fonts of the machine: with the NoDependencies Skia build there
/// are none, ScottPlot would fall back to a serif and the PDF would silently draw no text.
/// </summary>
public static class ReportFonts
{
    /// <summary>
    /// The family name under which the embedded typefaces are registered with ScottPlot. It is deliberately not a
    /// system family name, so that no system font can answer for it.
    /// </summary>
    public const string FamilyName = "ImpactAnalytics Sans";

    private const string ResourcePrefix = "ImpactAnalytics.Reporting.Fonts.";

    private static readonly Lazy<SKTypeface> _regular = new(() => Load("LiberationSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("LiberationSans-Bold.ttf"));
    private static readonly Lazy<bool> _registered = new(RegisterWithScottPlot);

    /// <summary>The regular weight.</summary>
    public static SKTypeface Regular => _regular.Value;

    /// <summary>The bold weight.</summary>
    public static SKTypeface Bold => _bold.Value;

    /// <summary>The typeface of the requested weight.</summary>
    public static SKTypeface Get(bool bold) => bold ? Bold : Regular;

    /// <summary>
    /// Puts the embedded typefaces first in ScottPlot's font resolvers under <see cref="FamilyName"/>. Idempotent and
    /// thread-safe; every chart calls it before it builds a plot.
    /// </summary>
    public static void EnsureRegistered() => _ = _registered.Value;

    private static bool RegisterWithScottPlot()
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    }

    private static SKTypeface Load(string fileName)
    {
        var assembly = typeof(ReportFonts).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(
                $"The embedded font resource '{ResourcePrefix + fileName}' is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        // Skia keeps its own reference to the font bytes, so the typeface outlives the managed SKData handle.
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Skia could not read the embedded font '{fileName}'.");
    }
}
