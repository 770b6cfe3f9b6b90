using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Writes a chart, with its captions, to PNG and SVG files (the same drawing as in the PDF).</summary>
public static class ChartFileWriter
{
    /// <summary>Writes a PNG of <see cref="ChartSize.PixelWidth"/> × <see cref="ChartSize.PixelHeight"/> pixels.</summary>
    public static void WritePng(ReportChart chart, ReportCulture culture, Stream output, ChartSize size)
    {
        var info = new SKImageInfo(size.PixelWidth, size.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not create a raster surface for the chart.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(size.PixelScale);
        ChartPainter.Draw(canvas, new SKRect(0, 0, size.Width, size.Height), chart, culture);
        canvas.Flush();
        // Filtered "up" and deflated at level 3 instead of Skia's default (every filter tried, level 6): the same
        // pixels in a file a few per cent larger, written ten times faster. A chart with no translucent pixel (the
        // usual case: it is drawn on white) is written as RGB, without its alpha channel of 255s.
        using var pixels = surface.PeekPixels();
        using var encoded = IsOpaque(pixels) ? pixels.WithAlphaType(SKAlphaType.Opaque) : null;
        using var data = (encoded ?? pixels).Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 3))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        data.SaveTo(output);
    }

    private static bool IsOpaque(SKPixmap pixels)
    {
        // RGBA8888: the alpha byte is the high byte of each little-endian 32-bit pixel.
        var words = MemoryMarshal.Cast<byte, uint>(pixels.GetPixelSpan());
        foreach (var word in words)
        {
            if (word < 0xFF000000u)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes an SVG of <see cref="ChartSize.Width"/> × <see cref="ChartSize.Height"/> units.</summary>
    public static void WriteSvg(ReportChart chart, ReportCulture culture, Stream output, ChartSize size)
    {
        var bounds = new SKRect(0, 0, size.Width, size.Height);
        using (var canvas = SKSvgCanvas.Create(bounds, output))
        {
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(bounds, paint);
            ChartPainter.Draw(canvas, bounds, chart, culture);
        }

        output.Flush();
    }

    /// <summary>
    /// Writes <c>{FileName}.png</c> and <c>{FileName}.svg</c> into <paramref name="directory"/> (created if need be)
    /// and returns their paths.
    /// </summary>
    public static (string PngPath, string SvgPath) WriteFiles(
        ReportChart chart, ReportCulture culture, string directory, ChartSize size)
    {
        // Draw into memory first, so that a chart that cannot be drawn leaves no empty file behind.
        using var png = new MemoryStream();
        WritePng(chart, culture, png, size);
        using var svg = new MemoryStream();
        WriteSvg(chart, culture, svg, size);

        Directory.CreateDirectory(directory);
        var pngPath = Path.Combine(directory, chart.FileName + ".png");
        var svgPath = Path.Combine(directory, chart.FileName + ".svg");
        File.WriteAllBytes(pngPath, png.ToArray());
        File.WriteAllBytes(svgPath, svg.ToArray());
        return (pngPath, svgPath);
    }
}
