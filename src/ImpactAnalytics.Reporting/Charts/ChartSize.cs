namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// The size of a chart file: <see cref="Width"/> × <see cref="Height"/> chart units (the sizes of its fonts are in
/// the same units), written to PNG at <see cref="PixelScale"/> pixels per unit. <c>default</c> is not a valid size;
/// use <see cref="Standard"/>.
/// </summary>
public readonly record struct ChartSize(int Width, int Height, int PixelScale)
{
    /// <summary>640 × 400 units, PNG 1280 × 800 pixels: sharp on screen and in print at 16 cm wide.</summary>
    public static ChartSize Standard { get; } = new(640, 400, 2);

    public int PixelWidth => Width * PixelScale;

    public int PixelHeight => Height * PixelScale;
}
